import { diskName } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';

const GROUPS = ['bytes_sec', 'iops_sec', 'bytes_sec_max', 'iops_sec_max'];

export default defineRule({
  meta: {
    id: 'disk-iotune',
    description: '<iotune> limits that contradict each other: a total together with a read/write limit, a group_name without limits, one throttle group with different limits',
    defaultSeverity: 'error',
    libvirtMessages: ['total and read/write %s cannot be set at the same time', 'group_name can be configured only together with settings', 'different iotunes for disks %s and %s'],
  },
  check(domain, context) {
    // Disks of one throttle group share one set of limits; libvirt wants them written identically.
    const groups = new Map<string, { key: string; disk: string }>();
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const io = disk.iotune;
      if (!io) continue;
      const limit = (tag: string) => io.limits.find((l) => l.tag === tag);
      const group = io.groupName;
      const gname = group?.value;
      if (group && gname) {
        const key = io.limits.map((l) => `${l.tag}=${l.value}`).sort().join(',');
        const first = groups.get(gname);
        if (!first) groups.set(gname, { key, disk: diskName(disk) });
        else if (first.key !== key) {
          context.report({ range: group.nameRange, message: `${diskName(disk)} joins throttle group '${gname}' with other limits than ${first.disk}: libvirt refuses this domain. Give every disk of a group the same <iotune> values` });
        }
      }
      for (let j = 0, inner = GROUPS; j < inner.length; j++) {
        const g = inner[j]!;
        const total = limit(`total_${g}`);
        const rw = limit(`read_${g}`) ?? limit(`write_${g}`);
        if (!total || !rw) continue;
        context.report({
          range: rw.nameRange,
          message: `<${rw.tag}> cannot be combined with <total_${g}> on ${diskName(disk)}: a total limit and per-direction limits exclude each other. libvirt refuses this domain; keep one kind`,
        });
      }
      if (group && io.limits.length === 0) {
        context.report({ range: group.nameRange, message: `<group_name> on ${diskName(disk)} without any limit has nothing to share: libvirt refuses this domain. Add limits or remove <iotune>` });
      }
    }
  },
});
