import { defineNetworkRule } from '../src/rule.js';
import { familyAddress, parsePrefix } from '../src/model/network/index.js';

export default defineNetworkRule({
  meta: {
    id: 'network-ip-prefix',
    description: 'a network <ip> subnet libvirt refuses: an IPv4 prefix above 32, a netmask on an IPv6 address',
    defaultSeverity: 'error',
    reportsOn: ['network/ip@prefix', 'network/ip@netmask'],
    libvirtMessages: ["Invalid IPv4 prefix '%u' in network '%s'", "netmask not allowed for IPv6 address '%s' in network '%s'"],
  },
  check(network, context) {
    for (const ip of network.ips) {
      // Judged only where the address is of its <ip>'s family (network-ip-address reports the others).
      const address = familyAddress(ip);
      if (!address) continue;
      if (address.family === 6) {
        if (ip.netmask) context.report({ range: ip.netmask.attributeRange, message: `netmask is for IPv4 subnets: libvirt refuses it on the IPv6 address '${ip.address!.value}'. Give the subnet as prefix (e.g. prefix='64')` });
        continue;
      }
      const prefix = ip.netmask ? undefined : parsePrefix(ip.prefix?.value);
      if (prefix !== undefined && prefix > 32) {
        context.report({ range: ip.prefix!.range, message: `prefix '${ip.prefix!.value}' is longer than an IPv4 address (0-32): libvirt refuses the network. For a /24 subnet write prefix='24'` });
      }
    }
  },
});
