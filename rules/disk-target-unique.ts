import type { Disk } from '../src/model/index.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-target-unique',
    description: 'two disks with the same <target dev>',
    defaultSeverity: 'error',
    libvirtMessages: ["target '%s' duplicated for disk sources '%s' and '%s'"],
  },
  check(domain, context) {
    const first = new Map<string, Disk>();
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const dev = disk.target?.dev;
      if (!dev || dev.value === '') continue;
      const earlier = first.get(dev.value);
      if (!earlier) {
        first.set(dev.value, disk);
        continue;
      }
      context.report({
        range: dev.range,
        message: `target '${dev.value}' is already used by the disk on line ${earlier.range.start.line}: libvirt refuses this domain. Give each disk its own target name`,
      });
    }
  },
});
