import { addressFieldRange, formatPci, pciAddress } from '../src/model/address.js';
import { controllerIndexes, deviceAddresses } from '../src/model/controllers.js';
import type { AddressField, Controller } from '../src/model/index.js';
import { isI440fx, isQemuDomain } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

/** Controllers that provide a single slot (0): PCIe ports. */
const SINGLE_SLOT = new Set(['pcie-root-port', 'pcie-switch-downstream-port']);
/** PCI bridges whose slot 0 is reserved: devices start at slot 1 (verified with libvirt 9.0). */
const NO_SLOT_ZERO = new Set(['pci-bridge', 'pcie-to-pci-bridge']);

export default defineRule({
  meta: {
    id: 'pci-address-range',
    description: 'PCI addresses outside what the bus offers: domain other than 0, slot > 31, function > 7, slot other than 0 behind a PCIe port, slot 0 behind a PCI bridge',
    defaultSeverity: 'error',
    libvirtMessages: [
      'Invalid PCI address %s. Only PCI domain 0 is available',
      "Invalid PCI address slot='%s', must be <= 0x1F",
      'Invalid PCI address function=%s, must be <= 7',
      'Invalid PCI address %s. slot must be <= %zu',
      'Invalid PCI address %s. slot must be >= %zu',
    ],
  },
  check(domain, context) {
    let busModels: Map<number, Controller> | undefined;
    const i440fx = isI440fx(domain) && isQemuDomain(domain);
    for (let i = 0, list = deviceAddresses(domain); i < list.length; i++) {
      const { address } = list[i]!;
      const p = pciAddress(address);
      if (!p) continue;
      const bad = (field: AddressField, what: string): void =>
        context.report({ range: addressFieldRange(address, field), message: `PCI address ${formatPci(p)}: ${what}: libvirt refuses this domain` });
      if (p.domain !== 0) bad('domain', 'only PCI domain 0 exists for QEMU guests');
      if (p.slot > 31) bad('slot', `slot 0x${p.slot.toString(16)} is past the last slot of a PCI bus (0x1f)`);
      if (p.function > 7) bad('function', `function ${p.function} is past the last function of a slot (7)`);
      if (p.slot > 31) continue;
      if (!busModels) {
        busModels = new Map();
        const indexes = controllerIndexes(domain);
        for (const c of domain.devices.controllers) if (c.type?.value === 'pci') busModels.set(indexes.get(c)!, c);
      }
      const written = busModels.get(p.bus)?.model?.value;
      // On i440fx, libvirt makes every PCI bus above 0 without a model (or without any controller) a pci-bridge.
      const model = written ?? (p.bus > 0 && i440fx ? 'pci-bridge' : undefined);
      if (model && SINGLE_SLOT.has(model) && p.slot !== 0) {
        bad('slot', `bus ${p.bus} is a ${model}, which has only slot 0; use slot='0x00'`);
      } else if (model && NO_SLOT_ZERO.has(model) && p.slot === 0) {
        const what = written ? `is a ${model}` : busModels.has(p.bus) ? 'is a pci-bridge (the default model here)' : 'has no controller, so libvirt adds a pci-bridge for it';
        bad('slot', `bus ${p.bus} ${what}, whose slot 0 is reserved; use a slot from 0x01 to 0x1f`);
      }
    }
  },
});
