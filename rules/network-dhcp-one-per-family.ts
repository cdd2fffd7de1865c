import { defineNetworkRule } from '../src/rule.js';
import { parseIp } from '../src/model/network/index.js';

export default defineNetworkRule({
  meta: {
    id: 'network-dhcp-one-per-family',
    description: 'DHCP (ranges or static hosts) on more than one IPv4 <ip>, or more than one IPv6 <ip>, of a network',
    defaultSeverity: 'error',
    reportsOn: ['ip/dhcp'],
    libvirtMessages: [
      'Multiple IPv4 dhcp sections found -- dhcp is supported only for a single IPv4 address on each network',
      'Multiple IPv6 dhcp sections found -- dhcp is supported only for a single IPv6 address on each network',
    ],
  },
  check(network, context) {
    /** The first <ip> of each family that serves DHCP: its address as written. */
    const first = new Map<4 | 6, string>();
    for (const ip of network.ips) {
      const dhcp = ip.dhcp;
      // An empty <dhcp/> serves nothing: libvirt counts only ranges and hosts.
      if (!dhcp || dhcp.ranges.length + dhcp.hosts.length === 0) continue;
      const address = parseIp(ip.address?.value);
      if (!address) continue;
      const earlier = first.get(address.family);
      if (earlier === undefined) {
        first.set(address.family, ip.address!.value);
        continue;
      }
      context.report({
        range: dhcp.nameRange,
        message: `a second IPv${address.family} <ip> with DHCP: libvirt serves DHCP on one IPv${address.family} address per network (here already on ${earlier}) and refuses the network. Move these ranges and hosts there, or drop this <dhcp>`,
      });
    }
  },
});
