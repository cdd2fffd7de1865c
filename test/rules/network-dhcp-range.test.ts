import rule from '../../rules/network-dhcp-range.js';
import { ipWithDhcp, network, networkRuleTester } from './network-helpers.js';

const v4 = (ip: string, range: string): string => network(`<forward mode='nat'/>\n  ${ipWithDhcp(ip, range)}`);
const v6 = (range: string): string => network(ipWithDhcp("family='ipv6' address='fd00::1' prefix='64'", range));

networkRuleTester.run(rule, {
  valid: [
    { name: 'a range inside a /24 (libvirt\'s default network)', code: v4("address='192.168.122.1' prefix='24'", "<range start='192.168.122.2' end='192.168.122.254'/>") },
    { name: 'a netmask instead of a prefix', code: v4("address='192.168.9.1' netmask='255.255.255.0'", "<range start='192.168.9.2' end='192.168.9.254'/>") },
    { name: 'no prefix: the class A default (/8) takes 10.0.x.y', code: v4("address='10.0.0.1'", "<range start='10.0.0.2' end='10.0.255.9'/>") },
    { name: 'near miss: 65,000 addresses in a /8 (the last 16 bits differ only)', code: v4("address='10.0.0.1' prefix='8'", "<range start='10.0.0.2' end='10.0.255.9'/>") },
    { name: 'an IPv6 range inside its /64, starting at the subnet address (IPv6 has no network address check)', code: v6("<range start='fd00::' end='fd00::9'/>") },
    { name: 'a class D address without a range (libvirt needs its prefix only to check a range)', code: network("<ip address='224.0.0.1'/>") },
    { name: 'ranges under an <ip> whose prefix network-ip-prefix reports', code: v4("address='192.168.9.1' prefix='33'", "<range start='192.168.10.2' end='192.168.10.9'/>") },
    { name: 'ranges under an IPv6 address without family (network-ip-address reports it)', code: network(ipWithDhcp("address='fd00::1' prefix='64'", "<range start='fd01::2' end='fd01::9'/>")) },
  ],
  invalid: [
    {
      name: 'the range the lead met: outside the /24',
      code: v4("address='192.168.9.1' prefix='24'", "<range start='192.168.10.2' end='192.168.10.9'/>"),
      errors: [{ near: "<range start='|192.168.10.2'", message: 'DHCP range 192.168.10.2 - 192.168.10.9 is not inside the network 192.168.9.1/24 (prefix 24): libvirt refuses the network. Keep both ends in the subnet, or widen the prefix' }],
    },
    {
      name: 'the end outside the subnet of a netmask',
      code: v4("address='192.168.9.1' netmask='255.255.255.0'", "<range start='192.168.9.2' end='192.168.10.9'/>"),
      errors: [{ near: "end='|192.168.10.9'", message: /\(prefix 24, from netmask 255\.255\.255\.0\)/ }],
    },
    {
      name: 'no prefix: the class C default (/24)',
      code: v4("address='192.168.9.1'", "<range start='192.168.9.2' end='192.168.10.9'/>"),
      errors: [{ near: "end='|192.168.10.9'", message: /no prefix or netmask is given, so libvirt takes the address's class/ }],
    },
    { name: "prefix='0' counts as none", code: v4("address='192.168.9.1' prefix='0'", "<range start='192.168.9.2' end='192.168.10.9'/>"), errors: [{ near: "end='|192.168.10.9'", message: /prefix='0' counts as none/ }] },
    { name: 'starting at the network address', code: v4("address='192.168.9.1' prefix='24'", "<range start='192.168.9.0' end='192.168.9.9'/>"), errors: [{ near: "start='|192.168.9.0'", message: /starts at the network address/ }] },
    { name: 'ending at the broadcast address', code: v4("address='192.168.9.1' prefix='24'", "<range start='192.168.9.2' end='192.168.9.255'/>"), errors: [{ near: "end='|192.168.9.255'", message: /ends at the broadcast address/ }] },
    { name: 'reversed', code: v4("address='192.168.9.1' prefix='24'", "<range start='192.168.9.20' end='192.168.9.9'/>"), errors: [{ near: '<|range', message: /ends before it starts/ }] },
    { name: 'more than the last 16 bits', code: v4("address='10.0.0.1' prefix='8'", "<range start='10.0.0.2' end='10.1.0.9'/>"), errors: [{ near: '<|range', message: /more than 65536 addresses/ }] },
    { name: 'an IPv6 range under an IPv4 address', code: v4("address='192.168.9.1' prefix='24'", "<range start='fd00::2' end='fd00::9'/>"), errors: [{ near: "start='|fd00::2'", message: /is IPv6, but its <ip> is the IPv4 network/ }] },
    { name: 'one end IPv4, the other IPv6', code: v4("address='192.168.9.1' prefix='24'", "<range start='192.168.9.2' end='fd00::9'/>"), errors: [{ near: "end='|fd00::9'", message: /mixes IPv4 and IPv6/ }] },
    { name: 'a class D address: no prefix to check the range against', code: v4("address='224.0.0.1'", "<range start='224.0.0.2' end='224.0.0.9'/>"), errors: [{ near: '<|range', message: /a class D or E address has no default prefix/ }] },
    { name: 'a netmask whose one bits are not contiguous', code: v4("address='192.168.9.1' netmask='255.0.255.0'", "<range start='192.168.9.2' end='192.168.9.9'/>"), errors: [{ near: '<|range', message: /netmask 255\.0\.255\.0 is not a run of one bits/ }] },
    { name: 'IPv6: outside the /64', code: v6("<range start='fd01::2' end='fd01::9'/>"), errors: [{ near: "start='|fd01::2'", message: /not inside the network fd00::1\/64/ }] },
    { name: 'IPv6: more than the last 16 bits', code: v6("<range start='fd00::2' end='fd00::1:9'/>"), errors: [{ near: '<|range', message: /more than 65536 addresses/ }] },
    { name: 'IPv6: reversed', code: v6("<range start='fd00::20' end='fd00::9'/>"), errors: [{ near: '<|range', message: /ends before it starts/ }] },
    {
      name: 'each range judged: the good one is not reported',
      code: v4("address='192.168.9.1' prefix='24'", "<range start='192.168.9.2' end='192.168.9.9'/>\n      <range start='192.168.10.2' end='192.168.10.9'/>"),
      errors: [{ near: "start='|192.168.10.2'" }],
    },
  ],
});
