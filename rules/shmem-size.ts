import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'shmem-size',
    description: '<shmem> sizes libvirt refuses: a <size> on ivshmem-doorbell; a size under 1 MiB or not a power of two (libvirt defines it, then refuses to start it)',
    defaultSeverity: 'error',
    libvirtMessages: ["shmem model '%s' does not support size setting", 'shmem size must be a power of two', 'shmem size must be at least 1 MiB (1024 KiB)'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.shmems; i < list.length; i++) {
      const d = list[i]!;
      const size = d.size;
      if (!size) continue;
      if (d.model?.value === 'ivshmem-doorbell') {
        context.report({ range: size.nameRange, message: `an ivshmem-doorbell region gets its size from the ivshmem server, so it takes no <size>: libvirt refuses this domain. Remove <size>` });
        continue;
      }
      const bytes = size.bytes;
      if (bytes === undefined || bytes === 0) continue;
      const at = size.text?.range ?? size.nameRange;
      // libvirt asks for a power of two first, then for 1 MiB.
      if (!Number.isInteger(Math.log2(bytes))) {
        context.report({ range: at, message: `a shmem region of ${bytes} bytes is not a power of two: libvirt defines this domain but refuses to start it. Use a power of two such as 4 MiB` });
      } else if (bytes < 1024 * 1024) {
        context.report({ range: at, message: `a shmem region of ${bytes} bytes is below QEMU's minimum of 1 MiB (a <size> without unit is in bytes): libvirt defines this domain but refuses to start it. Use e.g. <size unit='M'>4</size>` });
      }
    }
  },
});
