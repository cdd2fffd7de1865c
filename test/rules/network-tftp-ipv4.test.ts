import rule from '../../rules/network-tftp-ipv4.js';
import { network, networkRuleTester } from './network-helpers.js';

const ip = (attrs: string): string => network(`<ip ${attrs}>\n    <tftp root='/srv/tftp'/>\n  </ip>`);

networkRuleTester.run(rule, {
  valid: [
    { name: 'TFTP on IPv4', code: ip("address='192.168.9.1' prefix='24'") },
    { name: 'near miss: IPv6 without <tftp>', code: network("<ip family='ipv6' address='fd00::1' prefix='64'/>") },
    { name: 'TFTP on two IPv4 addresses', code: network("<ip address='192.168.9.1' prefix='24'>\n    <tftp root='/srv/tftp'/>\n  </ip>\n  <ip address='192.168.10.1' prefix='24'>\n    <tftp root='/srv/tftp'/>\n  </ip>") },
  ],
  invalid: [
    {
      name: 'TFTP on IPv6',
      code: ip("family='ipv6' address='fd00::1' prefix='64'"),
      errors: [{ near: '<|tftp', message: "<tftp> under the IPv6 address fd00::1: libvirt's TFTP server (dnsmasq's, for PXE boot) runs on IPv4 only, and it refuses the network. Move <tftp> (and any <bootp>) under an IPv4 <ip>" }],
    },
  ],
});
