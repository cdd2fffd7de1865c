import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'blkiotune-device-unique',
    description: '<blkiotune> with two <device> entries for the same path',
    defaultSeverity: 'error',
    libvirtMessages: ["duplicate blkio device path '%s'"],
  },
  check(domain, context) {
    const seen = new Map<string, number>();
    for (let i = 0, list = domain.blkioDevicePaths; i < list.length; i++) {
      const path = list[i]!;
      const first = seen.get(path.value);
      if (first === undefined) seen.set(path.value, path.range.start.line);
      else context.report({ range: path.contentRange, message: `the block device '${path.value}' already has its I/O tuning in the <device> on line ${first}: libvirt refuses this domain. Merge the two entries` });
    }
  },
});
