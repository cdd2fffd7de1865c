import rule from '../../rules/network-ip-prefix.js';
import { network, networkRuleTester } from './network-helpers.js';

networkRuleTester.run(rule, {
  valid: [
    { name: 'prefix 32 on IPv4', code: network("<ip address='192.168.9.1' prefix='32'/>") },
    { name: 'prefix 128 on IPv6', code: network("<ip family='ipv6' address='fd00::1' prefix='128'/>") },
    { name: 'a netmask on IPv4', code: network("<ip family='ipv4' address='192.168.9.1' netmask='255.255.255.0'/>") },
    { name: 'prefix 64 on an IPv6 address without family (network-ip-address reports the family)', code: network("<ip address='fd00::1' prefix='64'/>") },
  ],
  invalid: [
    {
      name: 'prefix 33 on IPv4',
      code: network("<ip address='192.168.9.1' prefix='33'/>"),
      errors: [{ near: "prefix='|33'", message: "prefix '33' is longer than an IPv4 address (0-32): libvirt refuses the network. For a /24 subnet write prefix='24'" }],
    },
    { name: 'prefix 64 on IPv4 with family ipv4', code: network("<ip family='ipv4' address='192.168.9.1' prefix='64'/>"), errors: [{ near: "prefix='|64'" }] },
    {
      name: 'a netmask on IPv6',
      code: network("<ip family='ipv6' address='fd00::1' netmask='255.255.255.0'/>"),
      errors: [{ near: "address='fd00::1' |netmask", message: /netmask is for IPv4 subnets: libvirt refuses it on the IPv6 address 'fd00::1'/ }],
    },
    { name: 'each <ip> judged', code: network("<ip address='192.168.9.1' prefix='24'/>\n  <ip address='192.168.10.1' prefix='40'/>"), errors: [{ near: "prefix='|40'" }] },
  ],
});
