import rule from '../../rules/network-route.js';
import { network, networkRuleTester } from './network-helpers.js';

const V4 = "<ip address='192.168.9.1' prefix='24'/>";
const V6 = "<ip family='ipv6' address='fd00::1' prefix='64'/>";
const routed = (route: string, ips = V4): string => network(`<forward mode='nat'/>\n  ${ips}\n  ${route}`);

networkRuleTester.run(rule, {
  valid: [
    { name: 'an IPv4 route through a gateway on the subnet', code: routed("<route address='10.0.0.0' prefix='8' gateway='192.168.9.7' metric='1'/>") },
    { name: 'an IPv6 route', code: routed("<route family='ipv6' address='fd01::' prefix='64' gateway='fd00::7'/>", `${V4}\n  ${V6}`) },
    { name: 'near miss: the default route (no prefix) from 0.0.0.0', code: routed("<route address='0.0.0.0' gateway='192.168.9.7'/>") },
    { name: 'near miss: a netmask masks bit by bit (not contiguous is fine)', code: routed("<route address='10.0.0.0' netmask='255.0.255.0' gateway='192.168.9.7'/>") },
    { name: 'near miss: the class A default prefix of an <ip> without one reaches 10.200.0.1', code: routed("<route address='172.16.0.0' prefix='12' gateway='10.200.0.1'/>", "<ip address='10.1.2.3'/>") },
    { name: 'near miss: the gateway on the second <ip>', code: routed("<route address='10.0.0.0' prefix='8' gateway='192.168.10.7'/>", `${V4}\n  <ip address='192.168.10.1' prefix='24'/>`) },
  ],
  invalid: [
    {
      name: 'a gateway outside every subnet',
      code: routed("<route address='10.0.0.0' prefix='8' gateway='192.168.10.1'/>"),
      errors: [{ near: "gateway='|192.168.10.1'", message: "gateway 192.168.10.1 is on none of this network's subnets (its <ip> elements), so the host could not reach it: libvirt refuses the network. Use a gateway inside an <ip>'s subnet, or add that <ip>" }],
    },
    { name: 'an IPv6 gateway with only an IPv4 <ip>', code: routed("<route family='ipv6' address='fd01::' prefix='64' gateway='fd00::7'/>"), errors: [{ near: "gateway='|fd00::7'", message: /^gateway fd00::7 is on none/ }] },
    { name: 'a gateway on a class D <ip> (no subnet)', code: routed("<route address='172.16.0.0' prefix='12' gateway='224.0.0.7'/>", "<ip address='224.0.0.1'/>"), errors: [{ near: "gateway='|224" }] },
    {
      name: 'host bits set',
      code: routed("<route address='10.0.0.1' prefix='8' gateway='192.168.9.7'/>"),
      errors: [{ near: "address='|10.0.0.1'", message: "route address 10.0.0.1 has host bits set under prefix 8: libvirt wants the network address of the routed subnet and refuses the network. Write the subnet's first address" }],
    },
    { name: 'no prefix: only 0.0.0.0', code: routed("<route address='10.0.0.0' gateway='192.168.9.7'/>"), errors: [{ near: "address='|10.0.0.0'", message: /under no prefix or netmask \(prefix 0: the default route\).*, and its prefix$/ }] },
    { name: 'host bits under a netmask', code: routed("<route address='10.1.0.0' netmask='255.0.255.0' gateway='192.168.9.7'/>"), errors: [{ near: "address='|10.1.0.0'", message: /under netmask 255\.0\.255\.0/ }] },
    { name: 'an IPv6 address without family', code: routed("<route address='fd01::' prefix='64' gateway='fd00::7'/>", `${V4}\n  ${V6}`), errors: [{ near: "address='|fd01::'", message: /^an IPv6 address in a route with no family \(IPv4\): .*Add family='ipv6'/ }, { near: "prefix='|64'", nth: 2 }, { near: "gateway='|fd00::7'" }] },
    { name: "an IPv6 address with family='ipv4'", code: routed("<route family='ipv4' address='fd01::' prefix='64' gateway='192.168.9.7'/>"), errors: [{ near: "address='|fd01::'", message: /with family='ipv4'/ }, { near: "prefix='|64'" }] },
    { name: 'an IPv6 gateway on an IPv4 route', code: routed("<route address='10.0.0.0' prefix='8' gateway='fd00::7'/>", `${V4}\n  ${V6}`), errors: [{ near: "gateway='|fd00::7'", message: /^an IPv6 gateway in a route/ }] },
    { name: "an IPv4 address with family='ipv6'", code: routed("<route family='ipv6' address='10.0.0.0' prefix='8' gateway='fd00::7'/>", `${V4}\n  ${V6}`), errors: [{ near: "address='|10.0.0.0'", message: /Remove family='ipv6'/ }] },
    { name: 'IPv4 prefix 33', code: routed("<route address='10.0.0.0' prefix='33' gateway='192.168.9.7'/>"), errors: [{ near: "prefix='|33'", message: 'prefix 33 on an IPv4 route: libvirt takes 0 to 32 and refuses the network' }] },
    { name: "metric='0'", code: routed("<route address='10.0.0.0' prefix='8' gateway='192.168.9.7' metric='0'/>"), errors: [{ near: "metric='|0'", message: "metric='0': libvirt takes metrics from 1 and refuses the network. Write 1 or more, or remove metric" }] },
  ],
});
