import { defineRule } from '../src/rule.js';
import { characterDevices } from '../src/model/index.js';

export default defineRule({
  meta: {
    id: 'chardev-reconnect',
    description: "<reconnect enabled='yes'> on a listening (mode='bind') source or a vhost-user interface in server mode, or with timeout 0; a reconnect delay (an NBD disk setting), which libvirt drops from character devices",
    defaultSeverity: 'error',
    libvirtMessages: ['chardev reconnect is possible only for connect mode', "chardev reconnect source timeout cannot be '0'", "'reconnect' attribute unsupported 'server' mode for <interface type='vhostuser'>"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const rc = list[i]!.sourceReconnect;
      if (rc?.enabled?.value === 'yes' && list[i]!.source?.mode?.value === 'server') {
        context.report({ range: rc.nameRange, message: `a vhost-user interface in mode='server' waits for the switch (e.g. Open vSwitch) to connect and cannot reconnect itself: libvirt refuses this domain. Remove <reconnect> or use mode='client'` });
      }
    }
    for (let i = 0, list = characterDevices(domain); i < list.length; i++) {
      const c = list[i]!;
      for (let j = 0, inner = c.sources; j < inner.length; j++) {
        const src = inner[j]!;
        const rc = src.reconnect;
        // libvirt's schema takes <reconnect delay> wherever <reconnect> is allowed (one shared
        // definition), but only NBD disks read it: a character device loses the element.
        if (rc?.delay) {
          context.report({
            range: rc.delay.range,
            severity: 'warning',
            message: `reconnect delay is an NBD disk setting: libvirt drops it from a ${c.kind} source, which then never reconnects. Use <reconnect enabled='yes' timeout='…'/> (seconds between attempts) on a connecting source`,
          });
        }
        if (rc?.enabled?.value !== 'yes' || !rc) continue;
        if (src.mode?.value === 'bind') {
          context.report({ range: rc.nameRange, message: `a listening source (mode='bind') waits for clients and cannot reconnect: libvirt refuses this domain. Remove <reconnect> or use mode='connect'` });
        }
        const timeout = rc.timeout;
        if (timeout?.value === '0') context.report({ range: timeout.range, message: `reconnect timeout 0 would retry without pause: libvirt refuses this domain. Use a number of seconds ≥ 1` });
      }
    }
  },
});
