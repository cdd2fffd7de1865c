import type { Address } from '../src/model/devices/common.js';
import type { Controller } from '../src/model/devices/controller.js';
import type { Disk } from '../src/model/devices/disk.js';
import type { Hostdev } from '../src/model/devices/hostdev.js';
import type { Input } from '../src/model/devices/input.js';
import type { OtherDevice } from '../src/model/devices/other.js';
import type { Sound } from '../src/model/devices/sound.js';
import type { Video } from '../src/model/devices/video.js';
import type { Watchdog } from '../src/model/devices/watchdog.js';
import type { Device } from '../src/model/domain.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { isQemuDomain, lacksPciBus, machineOf } from '../src/model/machine.js';
import { unplaceableOnPci } from '../src/model/pci-connection.js';
import { defineRule } from '../src/rule.js';
import type { Range } from '../src/rule.js';

/** Video models QEMU builds as PCI devices (a <video> without a model gets one of them). */
const PCI_VIDEO = new Set(['vga', 'cirrus', 'vmvga', 'qxl', 'virtio', 'bochs']);
const PCI_SOUND = new Set(['ich6', 'ich7', 'ich9', 'ac97', 'es1370']);
/** SCSI controller models that are not PCI cards (ncr53c90 is built into some boards). */
const NON_PCI_SCSI = new Set(['ncr53c90']);

/** Whether a device gets a PCI address: a written one of type 'pci', or none written (libvirt then assigns one). */
const onPci = (a: Address | undefined): boolean => a === undefined || a.type?.value === 'pci';

/**
 * What makes a device written without a non-PCI address a PCI device, or undefined when it is not
 * one (or the rule cannot tell). Only kinds libvirt 9.0 was seen to place on PCI on isapc/microvm.
 */
function pciReason(d: Device): string | undefined {
  // Device's catch-all member (OtherDevice, kind: string) keeps the switch from narrowing: each case names its type.
  switch (d.kind) {
    case 'interface':
      return 'a network interface';
    case 'video': {
      const m = (d as Video).model?.type?.value;
      return m === undefined || PCI_VIDEO.has(m) ? `a ${m ?? 'default'} video device` : undefined;
    }
    case 'controller': {
      const c = d as Controller;
      const t = c.type?.value;
      const m = c.model?.value;
      if (t === 'usb') return m === 'none' ? undefined : 'a USB controller';
      if (t === 'sata' || t === 'virtio-serial') return `a ${t} controller`;
      if (t === 'scsi') return m !== undefined && NON_PCI_SCSI.has(m) ? undefined : 'a SCSI controller';
      return undefined;
    }
    case 'disk':
      return effectiveDiskBus(d as Disk) === 'virtio' ? 'a virtio disk' : undefined;
    case 'hostdev': {
      const h = d as Hostdev;
      return (h.mode?.value ?? 'subsystem') === 'subsystem' && h.type?.value === 'pci' ? 'a PCI host device' : undefined;
    }
    case 'sound': {
      const m = (d as Sound).model?.value;
      return m !== undefined && PCI_SOUND.has(m) ? `a ${m} sound card` : undefined;
    }
    case 'watchdog':
      return (d as Watchdog).model?.value === 'i6300esb' ? 'an i6300esb watchdog' : undefined;
    case 'input':
      return (d as Input).bus?.value === 'virtio' ? 'a virtio input device' : undefined;
    case 'rng':
      return 'a virtio RNG';
    case 'vsock':
      return 'a virtio vsock';
    case 'filesystem':
      return 'a shared filesystem (virtio)';
    case 'shmem':
      return 'an ivshmem device';
    case 'memballoon':
      return (d as OtherDevice).model?.value.startsWith('virtio') ? 'a virtio memory balloon' : undefined;
    default:
      return undefined;
  }
}

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
      const reason = d.address ? `<${d.kind}> with a PCI address` : (pciReason(d) ?? unplaceableOnPci(d));
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
