import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'shmem-server',
    description: '<shmem> server settings that contradict the model: <msi> without a <server>, ivshmem-plain with a server, ivshmem-doorbell without one',
    defaultSeverity: 'error',
    libvirtMessages: ['msi option is only supported with a server', "shmem model '%s' is supported only with server option disabled", "shmem model '%s' is supported only with server option enabled"],
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
      }
    }
  },
});
