import { pciAddress } from './address.js';
import type { Controller } from './devices/controller.js';
import type { Interface } from './devices/interface.js';
import type { OtherDevice } from './devices/other.js';
import type { Device } from './domain.js';

/**
 * What a device is when libvirt 9.0 gives it no PCI connection (its PCI connect flags are 0) yet
 * still looks for a PCI slot for it because it was written without an address (or with the all-zero
 * PCI address that means "assign one"): a usb-net NIC (libvirt assigns PCI slots before USB ports),
 * a xenbus or isa controller, a Xen memory balloon. Undefined for every other device, and for these
 * when an address is written (a USB port, a real PCI slot): libvirt then looks for no slot.
 */
export function unplaceableOnPci(d: Device): string | undefined {
  const a = d.address;
  if (a && (a.type?.value !== 'pci' || pciAddress(a) !== undefined)) return undefined;
  switch (d.kind) {
    case 'interface': {
      const n = d as Interface;
      // A hostdev interface goes through the host-device path, which does not ask.
      return n.model?.value === 'usb-net' && n.type?.value !== 'hostdev' ? 'a usb-net network interface' : undefined;
    }
    case 'controller': {
      const t = (d as Controller).type?.value;
      return t === 'xenbus' ? 'a xenbus controller' : t === 'isa' ? 'an isa controller' : undefined;
    }
    case 'memballoon':
      return (d as OtherDevice).model?.value === 'xen' ? "a memory balloon of model 'xen'" : undefined;
    default:
      return undefined;
  }
}
