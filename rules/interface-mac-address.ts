import type { Located } from '../src/model/domain.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'interface-mac-address',
    description: 'interface MAC addresses that are multicast (refused) or used twice (accepted, but the guests collide on the network)',
    defaultSeverity: 'error',
    libvirtMessages: ["expected unicast mac address, found multicast '%s'"],
  },
  check(domain, context) {
    const seen = new Map<string, Located>();
    for (const nic of domain.devices.interfaces) {
      const mac = nic.mac;
      if (!mac || !/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i.test(mac.value)) continue;
      const key = mac.value.toLowerCase();
      if (Number.parseInt(key.slice(0, 2), 16) & 1) {
        context.report({ range: mac.range, message: `MAC ${mac.value} is a multicast address (lowest bit of the first byte set); a NIC needs a unicast one: libvirt refuses this domain. Use e.g. 52:54:00:xx:xx:xx` });
        continue;
      }
      const first = seen.get(key);
      if (!first) {
        seen.set(key, mac);
        continue;
      }
      context.report({
        range: mac.range,
        severity: 'warning',
        message: `MAC ${mac.value} is already used by the interface on line ${first.range.start.line}: libvirt accepts this, but two NICs with one address break ARP and DHCP. Give each interface its own MAC`,
      });
    }
  },
});
