import { archesServedBy } from './arch.js';
import type { CapabilityProfile, MachineInfo } from './types.js';
import { child, childrenNamed, type XmlElement } from '../xml/tree.js';

/**
 * libvirt flags that record whether QEMU has a device type, with the QOM type(s) behind each.
 * libvirt sets such a flag when `qom-list-types` lists one of the types, so a flag names a device
 * only when it has a single type; when the flag is missing, none of its types exist.
 */
const DEVICE_FLAGS: Readonly<Record<string, readonly string[]>> = {
  e1000: ['e1000'],
  rtl8139: ['rtl8139'],
  'virtio-net': ['virtio-net-pci', 'virtio-net-ccw', 'virtio-net-device'],
  lsi: ['lsi53c895a'],
  megasas: ['megasas'],
  mptsas1068: ['mptsas1068'],
  pvscsi: ['pvscsi'],
  dc390: ['dc390'],
  am53c974: ['am53c974'],
  'virtio-scsi-pci': ['virtio-scsi-pci', 'virtio-scsi-ccw', 'virtio-scsi-device'],
  'ich9-ahci': ['ich9-ahci'],
  'usb-storage': ['usb-storage'],
  'qemu-xhci': ['qemu-xhci'],
  'nec-usb-xhci': ['nec-usb-xhci'],
  'piix3-usb-uhci': ['piix3-usb-uhci'],
  'piix4-usb-uhci': ['piix4-usb-uhci'],
  'usb-ehci': ['usb-ehci'],
  'ich9-usb-ehci1': ['ich9-usb-ehci1'],
  'pci-ohci': ['pci-ohci'],
  VGA: ['VGA'],
  'cirrus-vga': ['cirrus-vga'],
  'vmware-svga': ['vmware-svga'],
  qxl: ['qxl', 'qxl-vga'],
  'virtio-vga': ['virtio-vga'],
  'bochs-display': ['bochs-display'],
  ramfb: ['ramfb'],
  'tpm-tis': ['tpm-tis', 'tpm-tis-device'],
  'tpm-crb': ['tpm-crb'],
  'ich9-intel-hda': ['ich9-intel-hda'],
  'usb-audio': ['usb-audio'],
  'pci-bridge': ['pci-bridge'],
  'dmi-to-pci-bridge': ['i82801b11-bridge'],
  ioh3420: ['ioh3420'],
  'x3130-upstream': ['x3130-upstream'],
  'xio3130-downstream': ['xio3130-downstream'],
  pxb: ['pxb'],
  'pxb-pcie': ['pxb-pcie'],
  'pcie-root-port': ['pcie-root-port'],
  'pcie-pci-bridge': ['pcie-pci-bridge'],
  // Smartcards (host and host-certificates modes, passthrough mode) and USB redirection.
  'ccid-emulated': ['ccid-card-emulated'],
  'ccid-passthru': ['ccid-card-passthru'],
  'usb-redir': ['usb-redir'],
};

/** libvirt releases whose caches virtlint reads absent flags from (checked against libvirt 9.0's cache). */
const VERIFIED_LIBVIRT_MAJOR = 9;

const text = (el: XmlElement | undefined): string | undefined => {
  const t = el?.text.trim();
  return t ? t : undefined;
};
const attrOf = (el: XmlElement, name: string): string | undefined => el.attributes.find((a) => a.name === name)?.value;

/** "7002022" → "7.2.22" (libvirt stores versions as major·10⁶ + minor·10³ + micro). */
export function versionFromNumber(n: number): string {
  return `${Math.floor(n / 1_000_000)}.${Math.floor(n / 1000) % 1000}.${n % 1000}`;
}

/**
 * Reads a libvirt QEMU capabilities cache file (`/var/cache/libvirt/qemu/capabilities/*.xml`,
 * root `<qemuCaps>`): flags, QEMU version, arch and machine types. It records no device property
 * lists; device existence comes from the flags listed above.
 */
export function profileFromQemuCapsCache(root: XmlElement, file: string): CapabilityProfile {
  const flags = childrenNamed(root, 'flag').flatMap((f) => attrOf(f, 'name') ?? []);
  const flagSet = new Set(flags);
  const emulator = text(child(root, 'emulator'));
  const arch = text(child(root, 'arch'));
  const versionNum = Number(text(child(root, 'version')));
  const selfvers = Number(text(child(root, 'selfvers')));
  const libvirtVersion = Number.isInteger(selfvers) && selfvers > 0 ? selfvers : undefined;
  const verified = libvirtVersion !== undefined && Math.floor(libvirtVersion / 1_000_000) === VERIFIED_LIBVIRT_MAJOR;

  const machines = new Map<string, MachineInfo>();
  for (const m of childrenNamed(root, 'machine')) {
    const name = attrOf(m, 'name');
    if (!name || machines.has(name)) continue;
    const alias = attrOf(m, 'alias');
    const maxCpus = Number(attrOf(m, 'maxCpus'));
    machines.set(name, {
      name,
      ...(alias ? { alias } : {}),
      ...(attrOf(m, 'default') === 'yes' ? { isDefault: true } : {}),
      // libvirt writes 0 (or nothing) when QEMU did not say; then the limit is unknown.
      ...(Number.isInteger(maxCpus) && maxCpus > 0 ? { maxCpus } : {}),
    });
  }

  const devices: Record<string, null> = {};
  const absentDevices: string[] = [];
  for (const [flag, types] of Object.entries(DEVICE_FLAGS)) {
    if (flagSet.has(flag)) {
      if (types.length === 1) devices[types[0] as string] = null;
    } else if (verified) {
      absentDevices.push(...types);
    }
  }

  // 'kvm' is set when KVM was usable while libvirt probed, 'tcg' when TCG is; 'hvf' likewise.
  const domainTypes = [...(flagSet.has('tcg') ? ['qemu'] : []), ...(flagSet.has('kvm') ? ['kvm'] : []), ...(flagSet.has('hvf') ? ['hvf'] : [])];
  return {
    origin: 'qemu-caps-cache',
    ...(emulator ? { emulator } : {}),
    ...(Number.isInteger(versionNum) && versionNum > 0 ? { version: versionFromNumber(versionNum) } : {}),
    ...(arch ? { arches: archesServedBy(arch) } : {}),
    domainTypes,
    domainTypesComplete: verified,
    ...(machines.size > 0 ? { machines: [...machines.values()] } : {}),
    devices,
    devicesComplete: false,
    absentDevices,
    libvirtFlags: flags,
    ...(libvirtVersion !== undefined ? { libvirtVersion } : {}),
    sourceDescription: `libvirt QEMU capabilities cache ${file}`,
  };
}
