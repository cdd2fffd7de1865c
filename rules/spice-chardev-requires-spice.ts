import { characterDevices } from '../src/model/index.js';
import { hasSpiceDisplay } from './spice-display.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'spice-chardev-requires-spice',
    description: "spicevmc/spiceport channels, serials, redirdevs or smartcards while the domain has no <graphics type='spice'>",
    defaultSeverity: 'error',
    libvirtMessages: ["chardev '%s' not supported without spice graphics"],
  },
  check(domain, context) {
    if (hasSpiceDisplay(domain)) return;
    for (let i = 0, list = characterDevices(domain); i < list.length; i++) {
      const c = list[i]!;
      const type = c.type;
      if (type?.value !== 'spicevmc' && type?.value !== 'spiceport') continue;
      context.report({
        range: type.range,
        message: `this <${c.kind}> is carried by a SPICE connection (type '${type.value}'), but the domain has no <graphics type='spice'>: libvirt refuses this domain. Remove the device (virt-manager adds them for SPICE) or add a SPICE display`,
      });
    }
  },
});
