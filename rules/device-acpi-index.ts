import type { Device, Domain } from '../src/model/index.js';
import { isQemuDomain } from '../src/model/machine.js';
import { impliedNonPciAddress, virtioNonPciAddress, virtioNonPciTransport, type VirtioNonPciTransport } from '../src/model/pci-connection.js';
import { defineRule } from '../src/rule.js';

/**
 * An index the grammar takes and libvirt's parser refuses: digits with white space after them (the
 * grammar's unsignedInt collapses white space on both sides, libvirt's strtoul only skips it before).
 * Other values libvirt reads no number from the grammar refuses too: the schema reports those.
 */
const TRAILING_SPACE = /^[ \t\n\r]*([0-9]+)[ \t\n\r]+$/;
const grammarTakesTrailingSpace = (text: string): boolean => {
  const digits = TRAILING_SPACE.exec(text)?.[1];
  return digits !== undefined && Number(digits) <= 0xffffffff;
};

/** The index as written, its tab, newline and carriage return shown as the character references that write them. */
const shown = (text: string): string => text.replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Why libvirt gives the device a place that is not a PCI slot, or undefined. */
function nonPciPlace(domain: Domain, d: Device, virtio: () => VirtioNonPciTransport | undefined): string | undefined {
  if (d.address) {
    const type = d.address.type?.value;
    return type === undefined || type === 'pci' ? undefined : `its <address type='${type}'> is not a PCI slot`;
  }
  const implied = impliedNonPciAddress(d);
  if (implied) return implied;
  const transport = virtio();
  return transport && virtioNonPciAddress(domain, d, transport);
}

export default defineRule({
  meta: {
    id: 'device-acpi-index',
    description: '<acpi index> of 0 or with white space after the number, or on a device that is not plugged into a PCI slot (a written address of another type; a disk, USB device, smartcard or virtio channel that libvirt gives one; a virtio device on s390x or on a virtio-mmio ARM/RISC-V machine)',
    defaultSeverity: 'error',
    libvirtMessages: ["Invalid value for attribute 'index' in element 'acpi': Zero is not permitted", "Invalid value for attribute 'index' in element 'acpi': '%s'. Expected non-negative integer value", 'ACPI index is only supported for PCI devices'],
  },
  check(domain, context) {
    const qemu = isQemuDomain(domain);
    // Computed once, and only when a device without an address has an index.
    let transport: VirtioNonPciTransport | undefined | null = null;
    const virtio = (): VirtioNonPciTransport | undefined => (transport === null ? (transport = virtioNonPciTransport(domain)) : transport);
    for (let i = 0, list = domain.devices.all; i < list.length; i++) {
      const d = list[i]!;
      const index = d.acpiIndex;
      if (index === undefined) continue;
      if (index.value === undefined) {
        if (grammarTakesTrailingSpace(index.text)) context.report({ range: index.range, message: `<acpi index='${shown(index.text)}'> has white space after the number: the grammar allows it, but libvirt's parser takes white space only before a number and refuses the domain. Remove the white space` });
        continue;
      }
      if (index.value === 0) {
        context.report({ range: index.range, message: `<acpi index='${shown(index.text)}'>: ACPI indexes start at 1, and libvirt refuses 0 when it reads the document. Use a number from 1 up, or remove <acpi>` });
        continue;
      }
      if (!qemu) continue;
      const why = nonPciPlace(domain, d, virtio);
      if (why) context.report({ range: index.range, message: `<acpi index> names a PCI slot in the guest's ACPI tables, but this <${d.kind}> has none (${why}): libvirt refuses this domain. Remove <acpi>` });
    }
  },
});
