import rule from '../../rules/network-dhcp-one-per-family.js';
import { ipWithDhcp, network, networkRuleTester } from './network-helpers.js';

const A = ipWithDhcp("address='192.168.9.1' prefix='24'", "<range start='192.168.9.2' end='192.168.9.9'/>");
const B = ipWithDhcp("address='192.168.10.1' prefix='24'", "<range start='192.168.10.2' end='192.168.10.9'/>");
const V6A = ipWithDhcp("family='ipv6' address='fd00::1' prefix='64'", "<range start='fd00::2' end='fd00::9'/>");
const V6B = ipWithDhcp("family='ipv6' address='fd01::1' prefix='64'", "<range start='fd01::2' end='fd01::9'/>");

networkRuleTester.run(rule, {
  valid: [
    { name: 'DHCP on one IPv4 and one IPv6 address', code: network(`${A}\n  ${V6A}`) },
    { name: 'a second IPv4 address without DHCP', code: network(`${A}\n  <ip address='192.168.10.1' prefix='24'/>`) },
    { name: 'near miss: a second IPv4 address with an empty <dhcp/>', code: network(`${A}\n  <ip address='192.168.10.1' prefix='24'>\n    <dhcp/>\n  </ip>`) },
  ],
  invalid: [
    {
      name: 'ranges on two IPv4 addresses',
      code: network(`${A}\n  ${B}`),
      errors: [{ near: '<|dhcp', nth: 2, message: 'a second IPv4 <ip> with DHCP: libvirt serves DHCP on one IPv4 address per network (here already on 192.168.9.1) and refuses the network. Move these ranges and hosts there, or drop this <dhcp>' }],
    },
    { name: 'a static host on the second IPv4 address', code: network(`${A}\n  ${ipWithDhcp("address='192.168.10.1' prefix='24'", "<host mac='52:54:00:00:00:01' ip='192.168.10.5'/>")}`), errors: [{ near: '<|dhcp', nth: 2 }] },
    { name: 'ranges on two IPv6 addresses', code: network(`${V6B}\n  ${V6A}`), errors: [{ near: '<|dhcp', nth: 2, message: /a second IPv6 <ip> with DHCP: .* \(here already on fd01::1\)/ }] },
    { name: 'three IPv4 addresses with DHCP: the second and the third', code: network(`${A}\n  ${B}\n  ${ipWithDhcp("address='192.168.11.1' prefix='24'", "<range start='192.168.11.2' end='192.168.11.9'/>")}`), errors: [{ near: '<|dhcp', nth: 2 }, { near: '<|dhcp', nth: 3 }] },
  ],
});
