import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'keywrap-cipher-unique',
    description: '<keywrap> naming one <cipher> twice',
    defaultSeverity: 'error',
    libvirtMessages: ['A domain definition can have no more than one cipher node with name %s'],
  },
  check(domain, context) {
    const ciphers = domain.keywrapCiphers;
    const seen = new Map<string, number>();
    for (let i = 0; i < ciphers.length; i++) {
      const c = ciphers[i]!;
      const first = seen.get(c.value);
      if (first === undefined) seen.set(c.value, c.range.start.line);
      else context.report({ range: c.range, message: `the '${c.value}' cipher is already set on line ${first}: libvirt refuses this domain. Keep one <cipher> per name` });
    }
  },
});
