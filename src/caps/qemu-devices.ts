/**
 * Which QEMU device (QOM type) libvirt creates for a model or bus written in domain XML. A list means
 * "any of these will do" (libvirt picks by machine, primary/secondary role or arch); `undefined` means
 * virtlint does not know the mapping and a rule stays silent; an empty list means QEMU has no such
 * device at all (the value belongs to another hypervisor, e.g. video 'vbox' or disk bus 'xen').
 */

import { ownEntry } from '../own-entry.js';

export type VirtioTransport = 'pci' | 'ccw' | 'device';

const virtio = (base: string, transport: VirtioTransport): string => `${base}-${transport}`;

export function qomForDiskBus(bus: string, transport: VirtioTransport): readonly string[] | undefined {
  switch (bus) {
    case 'virtio':
      return [virtio('virtio-blk', transport)];
    case 'ide':
      return ['ide-hd', 'ide-cd'];
    case 'sata':
      return ['ich9-ahci'];
    case 'scsi':
      return ['scsi-hd', 'scsi-cd', 'scsi-block'];
    case 'usb':
      return ['usb-storage', 'usb-bot'];
    case 'fdc':
      return ['isa-fdc', 'sysbus-fdc'];
    case 'sd':
      return ['sd-card'];
    case 'xen':
    case 'uml':
      return [];
    default:
      return undefined;
  }
}

export function qomForNicModel(model: string, transport: VirtioTransport): readonly string[] | undefined {
  switch (model) {
    case 'virtio':
      return [virtio('virtio-net', transport)];
    case 'virtio-transitional':
      return ['virtio-net-pci-transitional'];
    case 'virtio-non-transitional':
      return ['virtio-net-pci-non-transitional'];
    default:
      // libvirt hands any other model name to QEMU as the device name.
      return /^[A-Za-z0-9_-]+$/.test(model) ? [model] : undefined;
  }
}

const SCSI_CONTROLLERS: Readonly<Record<string, readonly string[]>> = {
  lsilogic: ['lsi53c895a'],
  lsisas1068: ['mptsas1068'],
  lsisas1078: ['megasas'],
  vmpvscsi: ['pvscsi'],
  ibmvscsi: ['spapr-vscsi'],
  am53c974: ['am53c974'],
  dc390: ['dc390'],
  'virtio-transitional': ['virtio-scsi-pci-transitional'],
  'virtio-non-transitional': ['virtio-scsi-pci-non-transitional'],
};

const USB_CONTROLLERS: Readonly<Record<string, readonly string[]>> = {
  'piix3-uhci': ['piix3-usb-uhci'],
  'piix4-uhci': ['piix4-usb-uhci'],
  ehci: ['usb-ehci'],
  'ich9-ehci1': ['ich9-usb-ehci1'],
  'ich9-uhci1': ['ich9-usb-uhci1'],
  'ich9-uhci2': ['ich9-usb-uhci2'],
  'ich9-uhci3': ['ich9-usb-uhci3'],
  'vt82c686b-uhci': ['vt82c686b-usb-uhci'],
  'pci-ohci': ['pci-ohci'],
  'nec-xhci': ['nec-usb-xhci'],
  'qemu-xhci': ['qemu-xhci'],
};

/**
 * The QEMU devices each PCI controller model can be (its `<model name>`). Without a name libvirt
 * picks one the emulator has (pcie-root-port before ioh3420); pci-root and pcie-root are the
 * machine's own buses, with no device of their own to look for.
 */
export const PCI_CONTROLLER_DEVICES: Readonly<Record<string, readonly string[]>> = {
  'pci-bridge': ['pci-bridge'],
  'dmi-to-pci-bridge': ['i82801b11-bridge'],
  'pcie-root-port': ['pcie-root-port', 'ioh3420'],
  'pcie-switch-upstream-port': ['x3130-upstream'],
  'pcie-switch-downstream-port': ['xio3130-downstream'],
  'pci-expander-bus': ['pxb'],
  'pcie-expander-bus': ['pxb-pcie'],
  'pcie-to-pci-bridge': ['pcie-pci-bridge'],
};

/**
 * The QEMU devices, any of which will do, behind a controller; `modelName` is a PCI controller's
 * `<model name>`, the one device libvirt then asks for (a name that does not fit the model is
 * pci-controller-options' to report).
 */
export function qomForController(type: string, model: string | undefined, transport: VirtioTransport, modelName?: string): readonly string[] | undefined {
  if (type === 'pci' && model) {
    const devices = ownEntry(PCI_CONTROLLER_DEVICES, model);
    return devices && modelName !== undefined && devices.includes(modelName) ? [modelName] : devices;
  }
  if (type === 'scsi' && model) return model === 'virtio-scsi' ? [virtio('virtio-scsi', transport)] : ownEntry(SCSI_CONTROLLERS, model);
  if (type === 'usb' && model) return ownEntry(USB_CONTROLLERS, model);
  if (type === 'sata') return ['ich9-ahci'];
  if (type === 'virtio-serial') return [virtio('virtio-serial', transport)];
  return undefined;
}

export function qomForVideoModel(model: string, transport: VirtioTransport): readonly string[] | undefined {
  switch (model) {
    case 'vga':
      return ['VGA', 'secondary-vga'];
    case 'cirrus':
      return ['cirrus-vga'];
    case 'vmvga':
      return ['vmware-svga'];
    case 'qxl':
      return ['qxl-vga', 'qxl'];
    case 'virtio':
      return transport === 'pci' ? ['virtio-vga', 'virtio-gpu-pci'] : [virtio('virtio-gpu', transport)];
    case 'bochs':
      return ['bochs-display'];
    case 'ramfb':
      return ['ramfb'];
    case 'xen':
    case 'vbox':
    case 'parallels':
    case 'gop':
      return [];
    default:
      return undefined;
  }
}

const SOUND: Readonly<Record<string, readonly string[]>> = {
  sb16: ['sb16'],
  es1370: ['ES1370'],
  ac97: ['AC97'],
  ich6: ['intel-hda'],
  ich9: ['ich9-intel-hda'],
  usb: ['usb-audio'],
  pcspk: ['isa-pcspk'],
  virtio: ['virtio-sound-pci'],
};

const TPM: Readonly<Record<string, readonly string[]>> = {
  'tpm-tis': ['tpm-tis', 'tpm-tis-device'],
  'tpm-crb': ['tpm-crb'],
  'tpm-spapr': ['tpm-spapr'],
  'spapr-tpm-proxy': ['spapr-tpm-proxy'],
};

const WATCHDOG: Readonly<Record<string, readonly string[]>> = {
  i6300esb: ['i6300esb'],
  ib700: ['ib700'],
  diag288: ['diag288'],
};

export function qomForSoundModel(model: string): readonly string[] | undefined {
  return ownEntry(SOUND, model);
}

export function qomForTpmModel(model: string): readonly string[] | undefined {
  return ownEntry(TPM, model);
}

export function qomForWatchdogModel(model: string): readonly string[] | undefined {
  return ownEntry(WATCHDOG, model);
}
