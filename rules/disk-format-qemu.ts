import { diskName } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';

/** Image formats libvirt's QEMU driver refuses in <driver type>, with what to use instead (verified with libvirt 9.0). */
const REFUSED: Readonly<Record<string, string>> = {
  cow: "QEMU cannot open 'cow' images at all. Convert the image (qemu-img convert -O qcow2) and use type='qcow2'",
  dir: "'dir' is a storage pool format, not an image format. For a directory shown to the guest as a disk, use <disk type='dir'> with <driver type='fat'/>",
  iso: "QEMU reads ISO images as plain data. Use type='raw'",
  host_device: "'host_device' is QEMU's block driver, not a format libvirt knows. Use type='raw' (a block device is <disk type='block'>)",
  luks: "libvirt does not take 'luks' as a driver format. Use type='raw' with an <encryption format='luks'> element, or type='qcow2' with encryption",
  none: "'none' is not an image format. Use type='raw' (or leave <driver type> out to let libvirt probe it)",
  parallels: "the QEMU driver does not open 'parallels' images through libvirt. Convert them (qemu-img convert) to qcow2 or raw",
};

export default defineRule({
  meta: {
    id: 'disk-format-qemu',
    description: "a disk <driver type> QEMU cannot open as given: cow, dir, iso and formats libvirt does not know (luks, none, …), 'fat' off a <disk type='dir'> or writable",
    defaultSeverity: 'error',
    libvirtMessages: [
      "'cow' storage format is not supported",
      "'directory' storage format is not directly supported by QEMU, use 'dir' disk type instead",
      "storage format '%s' is not directly supported by QEMU, use 'raw' instead",
      "unknown driver format value '%s'",
      "storage format 'fat' is supported only with 'dir' storage type",
      "virtual FAT storage can't be accessed in read-write mode",
    ],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const format = disk.driver?.type;
      if (!format) continue;
      const advice = Object.hasOwn(REFUSED, format.value) ? REFUSED[format.value] : undefined;
      if (advice) {
        context.report({ range: format.range, message: `${diskName(disk)}: image format '${format.value}' is refused by libvirt for QEMU: ${advice}` });
      } else if (format.value === 'fat') {
        if (disk.type?.value !== 'dir') {
          context.report({ range: format.range, message: `${diskName(disk)}: format 'fat' (a virtual FAT disk made from a host directory) needs <disk type='dir'> with <source dir>, not type '${disk.type?.value ?? 'file'}': libvirt refuses this domain` });
        } else if (!disk.readonly) {
          context.report({ range: format.range, message: `${diskName(disk)}: a virtual FAT disk cannot be written: libvirt refuses it without <readonly/>. Add <readonly/>` });
        }
      }
    }
  },
});
