import { diskName } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-auth-encryption-once',
    description: 'a disk with <auth> or <encryption> both under <disk> and under its <source>',
    defaultSeverity: 'error',
    libvirtMessages: ['an <auth> definition already found for disk source', 'an <encryption> definition already found for disk source'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      for (const [what, outer, inner] of [
        ['auth', disk.diskAuth, disk.sourceAuth],
        ['encryption', disk.encryption, disk.sourceEncryption],
      ] as const) {
        if (!outer || !inner) continue;
        context.report({
          range: outer.nameRange,
          message: `${diskName(disk)} has <${what}> twice: here under <disk> and on line ${inner.range.start.line} under <source>: libvirt refuses this domain. Keep the one under <source> (the current place)`,
        });
      }
    }
  },
});
