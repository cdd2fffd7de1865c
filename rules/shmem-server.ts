import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'shmem-server',
    description: '<shmem> settings that contradict the model: <msi> without a <server>, ivshmem-plain with a server, ivshmem-doorbell without one or with a <size>; a size under 1 MiB or not a power of two (libvirt defines it, then refuses to start it)',
    defaultSeverity: 'error',
    libvirtMessages: ['msi option is only supported with a server', "shmem model '%s' is supported only with server option disabled", "shmem model '%s' is supported only with server option enabled", "shmem model '%s' does not support size setting", 'shmem size must be a power of two', 'shmem size must be at least 1 MiB (1024 KiB)'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.shmems; i < list.length; i++) {
      const d = list[i]!;
      if (d.msi && !d.server) {
        context.report({ range: d.msi.nameRange, message: `<msi> configures the interrupts an ivshmem server sends, and this shmem has no <server>: libvirt refuses this domain. Add <server path='…'/> (model ivshmem-doorbell) or remove <msi>` });
        continue;
      }
      const model = d.model;
      if (model?.value === 'ivshmem-plain' && d.server) {
        context.report({ range: d.server.nameRange, message: `model 'ivshmem-plain' is plain shared memory without a server: libvirt refuses this domain. Use model 'ivshmem-doorbell' or remove <server>` });
      } else if (model?.value === 'ivshmem-doorbell' && !d.server) {
        context.report({ range: model.range, message: `model 'ivshmem-doorbell' talks to an ivshmem server, and this shmem has no <server>: libvirt refuses this domain. Add <server path='…'/> or use 'ivshmem-plain'` });
      } else if (model?.value === 'ivshmem-doorbell' && d.size) {
        context.report({ range: d.size.nameRange, message: `an ivshmem-doorbell region gets its size from the ivshmem server, so it takes no <size>: libvirt refuses this domain. Remove <size>` });
        continue;
      }
      const bytes = d.size?.bytes;
      if (bytes === undefined || bytes === 0) continue;
      const at = d.size!.text?.range ?? d.size!.nameRange;
      // libvirt asks for a power of two first, then for 1 MiB.
      if (!Number.isInteger(Math.log2(bytes))) {
        context.report({ range: at, message: `a shmem region of ${bytes} bytes is not a power of two: libvirt defines this domain but refuses to start it. Use a power of two such as 4 MiB` });
      } else if (bytes < 1024 * 1024) {
        context.report({ range: at, message: `a shmem region of ${bytes} bytes is below QEMU's minimum of 1 MiB (a <size> without unit is in bytes): libvirt defines this domain but refuses to start it. Use e.g. <size unit='M'>4</size>` });
      }
    }
  },
});
