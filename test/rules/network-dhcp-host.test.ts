import rule from '../../rules/network-dhcp-host.js';
import { ipWithDhcp, network, networkRuleTester } from './network-helpers.js';

const V4 = "address='192.168.9.1' prefix='24'";
const V6 = "family='ipv6' address='fd00::1' prefix='64'";
const DUID = '0:1:0:1:18:aa:62:fe:0:16:3e:44:55:66';
const v4 = (host: string): string => network(ipWithDhcp(V4, host));
const v6 = (host: string): string => network(ipWithDhcp(V6, host));

networkRuleTester.run(rule, {
  valid: [
    { name: 'IPv4: a host by MAC', code: v4("<host mac='52:54:00:00:00:01' ip='192.168.9.5'/>") },
    { name: 'IPv4: a host by name', code: v4("<host name='vm1' ip='192.168.9.5'/>") },
    { name: 'IPv6: a host by DUID', code: v6(`<host id='${DUID}' ip='fd00::5'/>`) },
    { name: 'IPv6: a host by name starting with a digit', code: v6("<host name='9a' ip='fd00::5'/>") },
    { name: 'near miss: a host address outside the subnet (libvirt defines it)', code: v4("<host mac='52:54:00:00:00:01' ip='192.168.10.5'/>") },
  ],
  invalid: [
    {
      name: 'IPv6: a host by MAC',
      code: v6("<host mac='52:54:00:00:00:01' name='a' ip='fd00::5'/>"),
      errors: [{ near: "mac='|52:54", message: "a MAC address on a static host of the IPv6 network fd00::1: DHCPv6 knows hosts by DUID (id) or name, and libvirt refuses the network. Write id='…' or name='…' instead" }],
    },
    { name: 'IPv6: a host by MAC alone (no id or name either)', code: v6("<host mac='52:54:00:00:00:01' ip='fd00::5'/>"), errors: [{ near: '<|host', message: /says neither id nor name/ }, { near: "mac='|52:54" }] },
    {
      name: 'IPv4: a host by DUID only',
      code: v4(`<host id='${DUID}' ip='192.168.9.5'/>`),
      errors: [{ near: '<|host', message: "this static host of the IPv4 network 192.168.9.1 says neither mac nor name, so it matches no client: libvirt refuses the network. Add mac='…' or name='…'" }],
    },
    { name: "a name starting with '-'", code: v4("<host mac='52:54:00:00:00:01' name='-a' ip='192.168.9.5'/>"), errors: [{ near: "name='|-a'", message: "host name '-a' does not start with a letter or digit: libvirt refuses the network. Start it with a letter or digit" }] },
    { name: "a name starting with '_'", code: v4("<host mac='52:54:00:00:00:01' name='_a' ip='192.168.9.5'/>"), errors: [{ near: "name='|_a'" }] },
  ],
});
