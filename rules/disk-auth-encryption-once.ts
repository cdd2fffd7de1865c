import { diskName } from '../src/model/describe.js';
import type { Disk, Span } from '../src/model/index.js';
import { defineRule, type RuleContext } from '../src/rule.js';

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
      if (disk.diskAuth && disk.sourceAuth) twice(context, disk, 'auth', disk.diskAuth, disk.sourceAuth);
      if (disk.encryption && disk.sourceEncryption) twice(context, disk, 'encryption', disk.encryption, disk.sourceEncryption);
    }
  },
});

/** Two tests written out, not a loop over a table of tuples made per disk. */
function twice(context: RuleContext, disk: Disk, what: string, outer: Span, inner: Span): void {
  context.report({
    range: outer.nameRange,
    message: `${diskName(disk)} has <${what}> twice: here under <disk> and on line ${inner.range.start.line} under <source>: libvirt refuses this domain. Keep the one under <source> (the current place)`,
  });
}
