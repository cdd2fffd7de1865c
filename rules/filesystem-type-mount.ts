import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'filesystem-type-mount',
    description: "<filesystem> of a type other than mount in a QEMU domain",
    defaultSeverity: 'error',
    libvirtMessages: ['only supports mount filesystem type'],
  },
  check(domain, context) {
    const dt = domain.type?.value;
    if (dt !== 'qemu' && dt !== 'kvm') return;
    for (let i = 0, list = domain.devices.filesystems; i < list.length; i++) {
      const d = list[i]!;
      const type = d.type;
      if (type && type.value !== 'mount') {
        context.report({ range: type.range, message: `QEMU shares host directories only (type='mount'), not '${type.value}' filesystems: libvirt refuses this domain` });
      }
    }
  },
});
