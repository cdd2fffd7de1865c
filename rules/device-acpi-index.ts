import { isQemuDomain } from '../src/model/machine.js';
import { impliedNonPciAddress } from '../src/model/pci-connection.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'device-acpi-index',
    description: '<acpi index> of 0, or on a device that is not plugged into a PCI slot (a written address of another type, or a disk, USB device, smartcard or virtio channel that libvirt gives one)',
    defaultSeverity: 'error',
    libvirtMessages: ["Invalid value for attribute 'index' in element 'acpi': Zero is not permitted", 'ACPI index is only supported for PCI devices'],
  },
  check(domain, context) {
    const qemu = isQemuDomain(domain);
    for (let i = 0, list = domain.devices.all; i < list.length; i++) {
      const d = list[i]!;
      const index = d.acpiIndex;
      if (index === undefined) continue;
      if (index.value === 0) {
        context.report({ range: index.range, message: "<acpi index='0'>: ACPI indexes start at 1, and libvirt refuses 0 when it reads the document. Use a number from 1 up, or remove <acpi>" });
        continue;
      }
      if (!qemu) continue;
      const type = d.address?.type?.value;
      const why = d.address ? (type === undefined || type === 'pci' ? undefined : `its <address type='${type}'> is not a PCI slot`) : impliedNonPciAddress(d);
      if (why) context.report({ range: index.range, message: `<acpi index> names a PCI slot in the guest's ACPI tables, but this <${d.kind}> has none (${why}): libvirt refuses this domain. Remove <acpi>` });
    }
  },
});
