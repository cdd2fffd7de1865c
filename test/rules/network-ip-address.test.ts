import rule from '../../rules/network-ip-address.js';
import { network, networkRuleTester } from './network-helpers.js';

networkRuleTester.run(rule, {
  valid: [
    { name: 'IPv4 without family', code: network("<ip address='192.168.9.1' prefix='24'/>") },
    { name: "IPv4 with family='ipv4'", code: network("<ip family='ipv4' address='192.168.9.1' prefix='24'/>") },
    { name: "IPv6 with family='ipv6'", code: network("<ip family='ipv6' address='fd00::1' prefix='64'/>") },
    { name: "an IPv4-mapped IPv6 address with family='ipv6'", code: network("<ip family='ipv6' address='::ffff:192.168.9.1' prefix='120'/>") },
  ],
  invalid: [
    { name: 'an <ip> without an address', code: network("<ip prefix='24'/>"), errors: [{ near: '<|ip', message: "this <ip> has no address: libvirt refuses the network. Give the host's address on the network, e.g. address='192.168.100.1' prefix='24'" }] },
    {
      name: 'an IPv6 address without family',
      code: network("<ip address='fd00::1' prefix='64'/>"),
      errors: [{ near: "address='|fd00::1'", message: "the IPv6 address 'fd00::1' needs family='ipv6' on its <ip>: without it libvirt reads the <ip> as IPv4 and refuses the network" }],
    },
    { name: "an IPv6 address with family='ipv4'", code: network("<ip family='ipv4' address='fd00::1' prefix='64'/>"), errors: [{ near: "family='|ipv4'", message: /family='ipv4' on the IPv6 address 'fd00::1'/ }] },
    { name: "an IPv4 address with family='ipv6'", code: network("<ip family='ipv6' address='192.168.9.1' prefix='24'/>"), errors: [{ near: "family='|ipv6'", message: /family='ipv6' on the IPv4 address '192\.168\.9\.1'/ }] },
  ],
});
