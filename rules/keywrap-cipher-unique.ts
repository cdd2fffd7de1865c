import { isQemuDomain, isX86 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'keywrap-cipher-unique',
    description: '<keywrap> naming one <cipher> twice; <keywrap> ciphers on an x86 guest (s390 key wrapping: libvirt defines it, then refuses to start it)',
    defaultSeverity: 'error',
    libvirtMessages: ['A domain definition can have no more than one cipher node with name %s', 'aes-key-wrap is not available with this QEMU binary', 'dea-key-wrap is not available with this QEMU binary'],
  },
  check(domain, context) {
    const ciphers = domain.keywrapCiphers;
    const first = ciphers[0];
    if (first && isQemuDomain(domain) && isX86(domain)) {
      context.report({ range: first.attributeRange, message: `<keywrap> sets the key wrapping of s390's CPACF crypto, which an x86 QEMU does not have: libvirt defines this domain but refuses to start it. Remove <keywrap>` });
    }
    const seen = new Map<string, number>();
    for (let i = 0; i < ciphers.length; i++) {
      const c = ciphers[i]!;
      const first = seen.get(c.value);
      if (first === undefined) seen.set(c.value, c.range.start.line);
      else context.report({ range: c.range, message: `the '${c.value}' cipher is already set on line ${first}: libvirt refuses this domain. Keep one <cipher> per name` });
    }
  },
});
