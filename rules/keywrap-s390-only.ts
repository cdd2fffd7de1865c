import { isQemuDomain, isX86 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'keywrap-s390-only',
    description: '<keywrap> ciphers on an x86 guest (s390 key wrapping: libvirt defines it, then refuses to start it)',
    defaultSeverity: 'error',
    libvirtMessages: ['aes-key-wrap is not available with this QEMU binary', 'dea-key-wrap is not available with this QEMU binary'],
  },
  check(domain, context) {
    const first = domain.keywrapCiphers[0];
    if (first && isQemuDomain(domain) && isX86(domain)) {
      context.report({ range: first.attributeRange, message: `<keywrap> sets the key wrapping of s390's CPACF crypto, which an x86 QEMU does not have: libvirt defines this domain but refuses to start it. Remove <keywrap>` });
    }
  },
});
