import { defineNetworkRule } from '../src/rule.js';
import { parseIp } from '../src/model/network/index.js';

export default defineNetworkRule({
  meta: {
    id: 'network-ip-address',
    description: "a network <ip> without an address, or whose address is not of its family (an IPv6 address needs family='ipv6', an IPv4 one must not have it)",
    defaultSeverity: 'error',
    reportsOn: ['network/ip', 'network/ip@address', 'network/ip@family'],
    libvirtMessages: [
      "Missing required address attribute in network '%s'",
      "%s family specified for non-IPv4 address '%s' in network '%s'",
      "Family 'ipv6' specified for non-IPv6 address '%s' in network '%s'",
    ],
  },
  check(network, context) {
    for (const ip of network.ips) {
      if (!ip.address) {
        context.report({ range: ip.nameRange, message: "this <ip> has no address: libvirt refuses the network. Give the host's address on the network, e.g. address='192.168.100.1' prefix='24'" });
        continue;
      }
      const address = parseIp(ip.address.value);
      if (!address) continue; // not a numeric address: the grammar reports it
      const family = ip.family;
      if ((family === undefined || family.value === 'ipv4') && address.family === 6) {
        context.report({
          range: family ? family.range : ip.address.range,
          message: family
            ? `family='ipv4' on the IPv6 address '${ip.address.value}': libvirt refuses the network. Write family='ipv6'`
            : `the IPv6 address '${ip.address.value}' needs family='ipv6' on its <ip>: without it libvirt reads the <ip> as IPv4 and refuses the network`,
        });
      } else if (family?.value === 'ipv6' && address.family === 4) {
        context.report({ range: family.range, message: `family='ipv6' on the IPv4 address '${ip.address.value}': libvirt refuses the network. Remove family (or write 'ipv4')` });
      }
    }
  },
});
