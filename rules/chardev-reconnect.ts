import { defineRule } from '../src/rule.js';
import { attr, child } from '../src/xml/tree.js';

export default defineRule({
  meta: {
    id: 'chardev-reconnect',
    description: "<reconnect enabled='yes'> on a listening (mode='bind') source, or with timeout 0",
    defaultSeverity: 'error',
    libvirtMessages: ['chardev reconnect is possible only for connect mode', "chardev reconnect source timeout cannot be '0'"],
  },
  check(domain, context) {
    for (const c of domain.chardevs) {
      for (const src of c.sources) {
        const rc = child(src, 'reconnect');
        if (attr(rc, 'enabled')?.value !== 'yes' || !rc) continue;
        if (attr(src, 'mode')?.value === 'bind') {
          context.report({ range: rc.nameRange, message: `a listening source (mode='bind') waits for clients and cannot reconnect: libvirt refuses this domain. Remove <reconnect> or use mode='connect'` });
        }
        const timeout = attr(rc, 'timeout');
        if (timeout?.value === '0') context.report({ range: timeout.valueRange, message: `reconnect timeout 0 would retry without pause: libvirt refuses this domain. Use a number of seconds ≥ 1` });
      }
    }
  },
});
