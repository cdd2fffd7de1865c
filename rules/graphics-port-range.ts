import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'graphics-port-range',
    description: "a VNC display with autoport='no' and a port outside 5900–65535 (or none)",
    defaultSeverity: 'error',
    libvirtMessages: ['vnc port must be in range [5900,65535]'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.graphics; i < list.length; i++) {
      const g = list[i]!;
      if (g.type?.value !== 'vnc') continue;
      const autoport = g.autoport?.value;
      const port = g.port;
      const n = parseDecimal(port?.value);
      // With autoport (or port='-1' and no autoport) libvirt picks the port itself.
      if (autoport === 'yes' || (autoport === undefined && (n === undefined || n === -1))) continue;
      if (n !== undefined && n >= 5900 && n <= 65535) continue;
      if (n === undefined && port) continue;
      context.report({
        range: port?.range ?? g.nameRange,
        message: port
          ? `VNC port ${port.value} is outside 5900–65535 (VNC display N listens on 5900+N): libvirt refuses this domain. Use a port from 5900 up, or autoport='yes'`
          : `autoport='no' without a port leaves the VNC display without a port: libvirt refuses this domain. Add port='5900'… or use autoport='yes'`,
      });
    }
  },
});
