import { formatPci, pciAddress } from '../src/model/address.js';
import { controllerIndexes } from '../src/model/controllers.js';
import { archOf, hasPcieRoot, hasPciRoot, isI440fx, isQ35, isS390, machineShown } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

/** Which controller models each PCIe controller can be plugged into (libvirt's connection rules); a Map, since a document may write 'constructor' there. */
const PARENTS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  'pcie-root-port': ['pcie-root', 'pcie-expander-bus'],
  'dmi-to-pci-bridge': ['pcie-root', 'pcie-expander-bus'],
  'pcie-switch-upstream-port': ['pcie-root-port', 'pcie-switch-downstream-port'],
  'pcie-switch-downstream-port': ['pcie-switch-upstream-port'],
  'pcie-to-pci-bridge': ['pcie-root-port', 'pcie-switch-downstream-port'],
}));

/** Controllers whose bus takes a pci-bridge: conventional PCI buses (a q35's pcie-root is not one). */
const TAKES_PCI_BRIDGE = new Set(['pci-root', 'pci-bridge', 'dmi-to-pci-bridge', 'pcie-to-pci-bridge', 'pci-expander-bus']);

export default defineRule({
  meta: {
    id: 'pci-controller-placement',
    description: 'PCI controllers plugged where they cannot go (a root port behind a bridge, a DMI bridge on a root port, …), a pci-bridge whose index is not above its bus (written, or where libvirt places one without an address on q35 or ARM/RISC-V virt), a switch downstream port without any upstream port on q35, a pcie-to-pci-bridge without an address and no root port to plug into (q35, ARM/RISC-V virt, s390x), a pci-expander-bus off i440fx, a pcie-expander-bus on a machine without PCI Express, PCI Express ports and bridges libvirt cannot place on a conventional PCI machine',
    defaultSeverity: 'error',
    libvirtMessages: [
      "The device at PCI address %s cannot be plugged into the PCI controller with index='%d'. It requires a controller that accepts a %s.",
      "PCI controller at index %d (0x%02x) has bus='0x%02x', but index must be larger than bus",
      'pci-expander-bus controllers are only supported on 440fx-based machinetypes',
      'pcie-expander-bus controllers are not supported with this machine type',
      "a PCI slot is needed to connect a PCI controller model='%s', but none is available, and it cannot be automatically added",
      'Cannot automatically add a new PCI bus for a device with connect flags %x',
    ],
  },
  check(domain, context) {
    const pci = domain.devices.controllers.filter((c) => c.type?.value === 'pci');
    if (pci.length === 0) return;
    const indexes = controllerIndexes(domain);
    const modelAt = new Map<number, string>();
    for (const c of pci) {
      const i = indexes.get(c)!;
      if (c.model && !modelAt.has(i)) modelAt.set(i, c.model.value);
    }
    // The root bus exists even when the document does not write its controller.
    if (!modelAt.has(0)) {
      if (hasPcieRoot(domain)) modelAt.set(0, 'pcie-root');
      else if (hasPciRoot(domain)) modelAt.set(0, 'pci-root');
    }
    const machine = machineShown(domain);
    for (let i = 0, list = pci; i < list.length; i++) {
      const c = list[i]!;
      const index = indexes.get(c)!;
      const model = c.model?.value;
      // Expander buses are chipset-specific (pxb on i440fx, pxb-pcie on a PCI Express root).
      if (model === 'pci-expander-bus' && !isI440fx(domain)) {
        context.report({ range: c.model!.range, message: `a pci-expander-bus (pxb) exists on i440fx machines only, not on '${machine}': libvirt refuses this domain. ${hasPcieRoot(domain) ? "Use model='pcie-expander-bus'" : 'Remove it'}` });
      } else if (model === 'pcie-expander-bus' && !hasPcieRoot(domain)) {
        context.report({ range: c.model!.range, message: `a pcie-expander-bus (pxb-pcie) needs a PCI Express root bus, which machine '${machine}' does not have: libvirt refuses this domain. ${isI440fx(domain) ? "Use model='pci-expander-bus' or machine='q35'" : "Use machine='q35'"}` });
      }
      const p = pciAddress(c.address);
      // Without an address libvirt must find a PCIe slot for a port or a DMI/PCIe bridge; an i440fx machine has none.
      if (model && !c.address && PARENTS.has(model) && isI440fx(domain)) {
        context.report({ range: c.model!.range, message: `a ${model} plugs into a PCI Express bus, and machine '${machine}' has only conventional PCI: libvirt refuses this domain (it finds no slot for it). Use machine='q35', or a pci-bridge on i440fx` });
        continue;
      }
      // A switch's downstream port plugs only into an upstream port, which libvirt never adds by itself.
      if (model === 'pcie-switch-downstream-port' && !p && (!c.address || c.address.type?.value === 'pci') && isQ35(domain) && !pci.some((o) => o.model?.value === 'pcie-switch-upstream-port')) {
        context.report({ range: c.model!.range, message: "a pcie-switch-downstream-port plugs only into a pcie-switch-upstream-port, and the document has none (libvirt does not add one): libvirt refuses this domain. Add a pcie-switch-upstream-port, or remove the downstream port" });
        continue;
      }
      // A pcie-to-pci-bridge plugs only into a root port or a switch's downstream port (which sits below a
      // root port), and libvirt adds none for it ('Cannot automatically add a new PCI bus for a device with
      // connect flags 2000', asked of libvirtd 9.0 with q35, aarch64 virt, riscv64 virt and s390x guests;
      // an s390x guest has no PCI Express bus for a root port at all).
      if (model === 'pcie-to-pci-bridge' && !p && (!c.address || c.address.type?.value === 'pci') && (hasPcieRoot(domain) || isS390(domain)) && !pci.some((o) => o.model?.value === 'pcie-root-port')) {
        const fix = hasPcieRoot(domain) ? "Add <controller type='pci' model='pcie-root-port'/>" : 'Use a pci-bridge (an s390x guest has no PCI Express bus to plug a root port into)';
        context.report({ range: c.model!.range, message: `a pcie-to-pci-bridge plugs only into a pcie-root-port (or a switch below one), and the document has none (libvirt adds none for it): libvirt refuses this domain. ${fix}` });
        continue;
      }
      // A pci-bridge left for libvirt to place (no address, or the all-zero one): libvirt 9.0 looks for a
      // slot bus by bus in index order, and the bridge's own bus is one that takes it. On q35 (whose
      // root takes no pci-bridge) it lands there unless a bus with a lower index takes it first; so on ARM and
      // RISC-V virt, whose root is PCI Express too (asked of libvirtd 9.0 with aarch64 and riscv64 guests).
      if (model === 'pci-bridge' && !p && (!c.address || c.address.type?.value === 'pci') && hasPcieRoot(domain) && !pci.some((o) => o.model && TAKES_PCI_BRIDGE.has(o.model.value) && indexes.get(o)! < index)) {
        context.report({
          range: c.model!.range,
          message: `this pci-bridge (index ${index}) has no address, and no controller below index ${index} offers it a conventional PCI slot (the ${isQ35(domain) ? 'q35' : `${archOf(domain)} '${machine}'`} root bus does not), so libvirt places it on its own bus ${index} and refuses this domain. Add a pcie-to-pci-bridge with a lower index, or give the bridge an address on one`,
        });
        continue;
      }
      if (!model || !p) continue;
      if (model === 'pci-bridge' && index <= p.bus) {
        context.report({
          range: c.address!.bus?.range ?? c.address!.nameRange,
          message: `this pci-bridge has index ${index} but sits on bus ${p.bus}; a bridge's index must be larger than the bus it is plugged into: libvirt refuses this domain. Renumber the controllers`,
        });
      }
      const allowed = PARENTS.get(model);
      const parent = modelAt.get(p.bus);
      if (!allowed || !parent || allowed.includes(parent)) continue;
      context.report({
        range: c.address!.nameRange,
        message: `a ${model} cannot be plugged into bus ${p.bus} (${formatPci(p)}), which is a ${parent}; it needs a ${allowed.join(' or ')}: libvirt refuses this domain`,
      });
    }
  },
});
