import type { Disk } from './devices/disk.js';
import type { Interface } from './devices/interface.js';
import type { Domain } from './domain.js';

/** Disk bus as libvirt resolves it: the `bus` attribute, else derived from the target name's prefix. */
export function effectiveDiskBus(disk: Disk): string | undefined {
  const bus = disk.target?.bus?.value;
  if (bus) return bus;
  if (disk.deviceKind === 'floppy') return 'fdc';
  const dev = disk.target?.dev?.value ?? '';
  if (dev.startsWith('hd')) return 'ide';
  if (dev.startsWith('sd')) return 'scsi';
  if (dev.startsWith('vd')) return 'virtio';
  if (dev.startsWith('xvd')) return 'xen';
  if (dev.startsWith('ubd')) return 'uml';
  if (dev.startsWith('fd')) return 'fdc';
  return undefined;
}

const VIRTIO_NET_MODELS = new Set(['virtio', 'virtio-transitional', 'virtio-non-transitional']);

export function isVirtioNetModel(model: string): boolean {
  return VIRTIO_NET_MODELS.has(model);
}

/**
 * The NIC model libvirt uses: the `<model type>`, else the default libvirt picks for QEMU guests
 * (virtio on s390x, ARM/RISC-V `virt` machines; rtl8139 elsewhere). `defaulted` tells which.
 */
export function effectiveNetModel(domain: Domain, nic: Interface): { model: string; defaulted: boolean } {
  if (nic.model) return { model: nic.model.value, defaulted: false };
  const arch = domain.os?.arch?.value ?? '';
  const machine = domain.os?.machine?.value ?? '';
  const virtioDefault = arch === 's390x' || arch.startsWith('riscv') || ((arch === 'aarch64' || arch === 'armv7l') && machine.startsWith('virt'));
  return { model: virtioDefault ? 'virtio' : 'rtl8139', defaulted: true };
}

/** The virtio transport a device's `<address>` selects: pci (default on most arches), ccw (s390x) or mmio. */
export function virtioTransport(domain: Domain, addressType: string | undefined): 'pci' | 'ccw' | 'device' {
  if (addressType === 'ccw') return 'ccw';
  if (addressType === 'virtio-mmio') return 'device';
  if (addressType === 'pci') return 'pci';
  return domain.os?.arch?.value === 's390x' ? 'ccw' : 'pci';
}
