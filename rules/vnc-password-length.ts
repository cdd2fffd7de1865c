import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'vnc-password-length',
    description: 'a VNC passwd longer than 8 characters',
    defaultSeverity: 'error',
    libvirtMessages: ['VNC password is %zu characters long, only 8 permitted'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.graphics; i < list.length; i++) {
      const g = list[i]!;
      const pw = g.passwd;
      if (g.type?.value !== 'vnc' || !pw || [...pw.value].length <= 8) continue;
      context.report({
        range: pw.range,
        message: `the VNC password is ${[...pw.value].length} characters long; the VNC protocol uses at most 8: libvirt refuses this domain. Shorten it (and prefer TLS or a local listen address: 8 characters are weak)`,
      });
    }
  },
});
