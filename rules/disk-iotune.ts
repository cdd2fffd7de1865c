import { diskName } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';
import { child } from '../src/xml/tree.js';

const GROUPS = ['bytes_sec', 'iops_sec', 'bytes_sec_max', 'iops_sec_max'];

export default defineRule({
  meta: {
    id: 'disk-iotune',
    description: '<iotune> limits that contradict each other: a total together with a read/write limit, or a group_name without limits',
    defaultSeverity: 'error',
    libvirtMessages: ['total and read/write %s cannot be set at the same time', 'group_name can be configured only together with settings'],
  },
  check(domain, context) {
    for (const disk of domain.disks) {
      const io = disk.iotune?.element;
      if (!io) continue;
      for (const g of GROUPS) {
        const total = child(io, `total_${g}`);
        const rw = child(io, `read_${g}`) ?? child(io, `write_${g}`);
        if (!total || !rw) continue;
        context.report({
          range: rw.nameRange,
          message: `<${rw.name}> cannot be combined with <total_${g}> on ${diskName(disk)}: a total limit and per-direction limits exclude each other. libvirt refuses this domain; keep one kind`,
        });
      }
      const group = child(io, 'group_name');
      if (group && io.children.every((c) => c.name === 'group_name')) {
        context.report({ range: group.nameRange, message: `<group_name> on ${diskName(disk)} without any limit has nothing to share: libvirt refuses this domain. Add limits or remove <iotune>` });
      }
    }
  },
});
