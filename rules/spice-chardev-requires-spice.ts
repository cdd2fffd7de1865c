import { characterDevices } from '../src/model/index.js';
import { hasSpiceDisplay } from './spice-display.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'spice-chardev-requires-spice',
    description: "spicevmc/spiceport channels, serials, redirdevs or smartcards while the domain has no <graphics type='spice'>, and a spicevmc serial, parallel, console or non-virtio channel",
    defaultSeverity: 'error',
    libvirtMessages: ["chardev '%s' not supported without spice graphics", 'spicevmc device type only supports virtio'],
  },
  check(domain, context) {
    const spice = hasSpiceDisplay(domain);
    for (let i = 0, list = characterDevices(domain); i < list.length; i++) {
      const c = list[i]!;
      const type = c.type;
      // spicevmc is the SPICE agent's virtio port: a serial, parallel or console cannot carry it.
      if (type?.value === 'spicevmc' && (c.kind === 'serial' || c.kind === 'parallel' || c.kind === 'console' || (c.kind === 'channel' && c.target?.type && c.target.type.value !== 'virtio'))) {
        context.report({ range: type.range, message: `a '${type.value}' source is the SPICE agent's virtio port; a ${c.kind === 'channel' ? `'${c.target!.type!.value}' channel` : c.kind} cannot carry it: libvirt refuses this domain. Use <channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel>` });
        continue;
      }
      if (spice) continue;
      if (type?.value !== 'spicevmc' && type?.value !== 'spiceport') continue;
      context.report({
        range: type.range,
        message: `this <${c.kind}> is carried by a SPICE connection (type '${type.value}'), but the domain has no <graphics type='spice'>: libvirt refuses this domain. Remove the device (virt-manager adds them for SPICE) or add a SPICE display`,
      });
    }
  },
});
