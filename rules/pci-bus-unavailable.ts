import type { Address } from '../src/model/devices/common.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { isQemuDomain, lacksPciBus, machineOf } from '../src/model/machine.js';
import { pciSlotReason, unplaceableOnPci } from '../src/model/pci-connection.js';
import { defineRule } from '../src/rule.js';
import type { Range } from '../src/rule.js';

/** Whether a device gets a PCI address: a written one of type 'pci', or none written (libvirt then assigns one). */
const onPci = (a: Address | undefined): boolean => a === undefined || a.type?.value === 'pci';

export default defineRule({
  meta: {
    id: 'pci-bus-unavailable',
    description: 'devices that need a PCI slot on a machine without a PCI bus (isapc, microvm) when no PCI controller is written, including the ones libvirt adds itself (a memory balloon, microvm\'s USB controller, a video card for a display, controllers for virtio channels and SATA/SCSI disks)',
    defaultSeverity: 'error',
    libvirtMessages: ['No PCI buses available'],
  },
  check(domain, context) {
    if (!isQemuDomain(domain) || !lacksPciBus(domain)) return;
    const devices = domain.devices;
    if (devices.controllers.some((c) => c.type?.value === 'pci')) return;
    const machine = machineOf(domain);
    const why = `machine '${machine}' has no PCI bus and the document writes no PCI controller: libvirt refuses this domain`;
    const report = (range: Range, what: string, fix: string): void => context.report({ range, message: `${what} needs a PCI slot, but ${why}. ${fix}` });
    const pciFix = "Remove it, or give it an address of another kind";

    for (let i = 0, list = devices.all; i < list.length; i++) {
      const d = list[i]!;
      if (!onPci(d.address)) continue;
      const reason = d.address ? `<${d.kind}> with a PCI address` : (pciSlotReason(d) ?? unplaceableOnPci(d));
      if (reason) report(d.address?.nameRange ?? d.nameRange, d.address ? reason : reason.replace(/^./, (c) => c.toUpperCase()), pciFix);
    }

    // Devices libvirt adds on its own, each a PCI device here.
    const machineAttr = domain.os?.machine?.range ?? devices.nameRange;
    if (!devices.others.some((d) => d.kind === 'memballoon')) report(machineAttr, 'The virtio memory balloon libvirt adds when <devices> has none', "Add <memballoon model='none'/>");
    const controllersOf = (t: string): boolean => devices.controllers.some((c) => c.type?.value === t);
    if (machine === 'microvm' && !controllersOf('usb')) report(machineAttr, 'The USB controller libvirt adds to a microvm guest when none is written', "Add <controller type='usb' model='none'/>");
    const display = devices.graphics[0];
    if (display && devices.videos.length === 0) report(display.nameRange, 'The video card libvirt adds for this display', "Add <video><model type='none'/></video>, or remove the display");
    const serialPort = [...devices.channels, ...devices.consoles].find((c) => c.target?.type?.value === 'virtio');
    if (serialPort && !controllersOf('virtio-serial')) report(serialPort.nameRange, 'The virtio-serial controller libvirt adds for this virtio port', 'Use a serial target, or remove it');
    for (const bus of ['sata', 'scsi']) {
      const disk = devices.disks.find((d) => effectiveDiskBus(d) === bus);
      if (disk && !controllersOf(bus)) report(disk.nameRange, `The ${bus.toUpperCase()} controller libvirt adds for this disk`, 'Remove it: these machines cannot have one');
    }
  },
});
