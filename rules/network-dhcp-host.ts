import { defineNetworkRule } from '../src/rule.js';
import { parseIp } from '../src/model/network/index.js';

/** libvirt's test of a static host's name: its first character is an ASCII letter or digit. */
const NAME_START = /^[A-Za-z0-9]/;

export default defineNetworkRule({
  meta: {
    id: 'network-dhcp-host',
    description: 'a static DHCP <host> libvirt refuses: a MAC address on an IPv6 network, no mac or name on IPv4 (no id or name on IPv6), a name not starting with a letter or digit',
    defaultSeverity: 'error',
    reportsOn: ['dhcp/host', 'dhcp/host@mac', 'dhcp/host@name', 'dhcp/host@id', 'dhcp/host@ip'],
    libvirtMessages: [
      "Invalid to specify MAC address '%s' in network '%s' IPv6 static host definition",
      "Static host definition in IPv4 network '%s' must have mac or name attribute",
      "Static host definition in IPv6 network '%s' must have id or name attribute",
      "Cannot use host name '%s' in network '%s'",
    ],
  },
  check(network, context) {
    for (const ip of network.ips) {
      const hosts = ip.dhcp?.hosts;
      if (!hosts || hosts.length === 0) continue;
      // libvirt reads a host by the family of its <ip>'s address.
      const address = parseIp(ip.address?.value);
      if (!address) continue;
      const where = `the IPv${address.family} network ${ip.address!.value}`;
      for (const host of hosts) {
        if (address.family === 6 && host.mac) {
          context.report({ range: host.mac.range, message: `a MAC address on a static host of ${where}: DHCPv6 knows hosts by DUID (id) or name, and libvirt refuses the network. Write id='…' or name='…' instead` });
        }
        if (address.family === 4 ? !host.mac && !host.name : !host.id && !host.name) {
          const needs = address.family === 4 ? "mac='…' or name='…'" : "id='…' (the DUID) or name='…'";
          context.report({ range: host.nameRange, message: `this static host of ${where} says neither ${address.family === 4 ? 'mac nor name' : 'id nor name'}, so it matches no client: libvirt refuses the network. Add ${needs}` });
        }
        if (host.name && !NAME_START.test(host.name.value)) {
          context.report({ range: host.name.range, message: `host name '${host.name.value}' does not start with a letter or digit: libvirt refuses the network. Start it with a letter or digit` });
        }
      }
    }
  },
});
