import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'boot-order-unsupported-device',
    description: '<boot order> on a device QEMU cannot boot from: a <filesystem> other than virtiofs',
    defaultSeverity: 'error',
    libvirtMessages: ['boot order is only supported for virtiofs'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.filesystems; i < list.length; i++) {
      const fs = list[i]!;
      if (!fs.bootOrder || fs.driver?.type?.value === 'virtiofs') continue;
      context.report({ range: fs.bootOrder.range, message: `only a virtiofs <filesystem> can be booted from; this one uses ${fs.driver?.type?.value ? `driver '${fs.driver.type.value}'` : 'the default 9p driver'}: libvirt refuses this domain. Use <driver type='virtiofs'/> or remove <boot order>` });
    }
  },
});
