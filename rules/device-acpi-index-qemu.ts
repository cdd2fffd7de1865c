import { pciAddress } from '../src/model/address.js';
import type { Device, Domain } from '../src/model/index.js';
import { isQemuDomain, isX86 } from '../src/model/machine.js';
import { parseCUnsigned } from '../src/model/numbers.js';
import { pciSlotReason } from '../src/model/pci-connection.js';
import { defineRule } from '../src/rule.js';

/** The largest ACPI index QEMU takes (its PCI hotplug code numbers slots in 14 bits). */
const QEMU_MAX = 16383;

/** Whether libvirt passes the device's ACPI index to QEMU: the device sits in a PCI slot, written or assigned. */
const inPciSlot = (d: Device): boolean => (d.address ? d.address.type?.value === 'pci' : pciSlotReason(d) !== undefined);

/** PCI Express ports whose `<target hotplug='off'>` QEMU 7.2 honours by leaving their bus to no hotplug code. */
const PORTS = new Set(['pcie-root-port', 'pcie-switch-downstream-port']);

/** PCI controllers libvirt always puts on the root complex (or on an expander bus there), never below a port. */
const ON_ROOT = new Set(['pci-root', 'pcie-root', 'pcie-root-port', 'pcie-expander-bus', 'pci-expander-bus']);

/**
 * The buses (controller indexes) QEMU's ACPI hotplug code may not see: those of the PCIe ports written
 * with hotplug off, and of every PCI controller below one (a bridge or switch written on such a bus, or
 * one without an address that libvirt may put there). QEMU 7.2 neither checks nor counts the ACPI index
 * of a device on them (it starts a q35 guest with two NICs of index 3, or one of 16384, on a
 * pcie-to-pci-bridge in a hotplug-off root port). Undefined when no port has hotplug off.
 */
function hotplugOffBuses(domain: Domain): Set<number> | undefined {
  const pci = domain.devices.controllers.filter((c) => c.type?.value === 'pci');
  let buses: Set<number> | undefined;
  for (const c of pci) {
    if (c.target?.hotplug?.value !== 'off' || !PORTS.has(c.model?.value ?? '')) continue;
    const index = parseCUnsigned(c.index?.value);
    if (index !== undefined) (buses ??= new Set()).add(index);
  }
  if (!buses) return undefined;
  // Down the tree, to a fixed point (a controller's bus may be written before its parent's).
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of pci) {
      const index = parseCUnsigned(c.index?.value);
      if (index === undefined || buses.has(index) || ON_ROOT.has(c.model?.value ?? '')) continue;
      const slot = pciAddress(c.address);
      if (slot && !buses.has(slot.bus)) continue;
      buses.add(index);
      grew = true;
    }
  }
  return buses;
}

export default defineRule({
  meta: {
    id: 'device-acpi-index-qemu',
    description: 'on an x86 guest with ACPI, two PCI devices with the same <acpi index>, or an index above 16383 (outside PCIe ports with hotplug off): libvirt defines the domain, QEMU refuses to start it',
    defaultSeverity: 'warning',
  },
  check(domain, context) {
    // QEMU checks the index in its ACPI PCI hotplug code (PIIX4 and ICH9): only x86 guests with ACPI on.
    if (!isQemuDomain(domain) || !domain.features?.byName.has('acpi') || !isX86(domain)) return;
    let first: Map<number, Device> | undefined;
    let offBuses: Set<number> | undefined | null = null;
    for (let i = 0, list = domain.devices.all; i < list.length; i++) {
      const d = list[i]!;
      const index = d.acpiIndex;
      // 0, a value libvirt reads no number from, and non-PCI devices are device-acpi-index's (libvirt refuses them).
      if (index?.value === undefined || index.value === 0 || !inPciSlot(d)) continue;
      offBuses = offBuses === null ? hotplugOffBuses(domain) : offBuses;
      if (offBuses) {
        // Below a port with hotplug off QEMU does not look at the index; without a written address libvirt
        // may put the device there (it fills a written empty port first): neither is judged.
        const slot = pciAddress(d.address);
        if (!slot || offBuses.has(slot.bus)) continue;
      }
      if (index.value > QEMU_MAX) {
        context.report({ range: index.range, message: `<acpi index='${index.value}'>: QEMU takes ACPI indexes up to ${QEMU_MAX} and refuses to start the guest with a larger one (libvirt defines it). Use a number from 1 to ${QEMU_MAX}` });
        continue;
      }
      first ??= new Map();
      const earlier = first.get(index.value);
      if (earlier === undefined) first.set(index.value, d);
      else {
        const line = earlier.acpiIndex!.range.start.line;
        context.report({ range: index.range, message: `<acpi index='${index.value}'> is already the index of the <${earlier.kind}> on line ${line}: QEMU refuses to start the guest with two PCI devices of one ACPI index (libvirt defines it). Give each device its own index` });
      }
    }
  },
});
