import rule from '../../rules/network-forward-devices.js';
import { network, networkRuleTester } from './network-helpers.js';

const IP = "<ip address='192.168.9.1' prefix='24'/>";
const PCI = "<address type='pci' domain='0' bus='1' slot='0' function='1'/>";

networkRuleTester.run(rule, {
  valid: [
    { name: 'dev and the first <interface> alike', code: network(`<forward mode='nat' dev='eth0'>\n    <interface dev='eth0'/>\n  </forward>\n  ${IP}`) },
    { name: 'near miss: dev names the first of two', code: network("<forward mode='private' dev='eth1'>\n    <interface dev='eth1'/>\n    <interface dev='eth0'/>\n  </forward>") },
    { name: 'a <pf> without dev', code: network("<forward mode='hostdev' managed='yes'>\n    <pf dev='eth0'/>\n  </forward>") },
    { name: 'a <pf> and an <interface>, no dev', code: network("<forward mode='private'>\n    <pf dev='eth1'/>\n    <interface dev='eth2'/>\n  </forward>") },
  ],
  invalid: [
    {
      name: 'dev and a different first <interface>',
      code: network(`<forward mode='nat' dev='eth0'>\n    <interface dev='eth1'/>\n  </forward>\n  ${IP}`),
      errors: [{ near: "forward mode='nat' dev='|eth0'", message: "<forward dev='eth0'> names another device than the first <interface dev='eth1'/>: libvirt reads dev as the pool's first device and refuses the network. Make them the same, or remove dev" }],
    },
    { name: 'dev matching the second <interface> only', code: network("<forward mode='private' dev='eth0'>\n    <interface dev='eth1'/>\n    <interface dev='eth0'/>\n  </forward>"), errors: [{ near: "dev='|eth0'" }] },
    {
      name: 'dev with a <pf>',
      code: network("<forward mode='hostdev' dev='eth0'>\n    <pf dev='eth1'/>\n  </forward>"),
      errors: [{ near: "'hostdev' |dev", message: '<forward dev> together with a <pf> (whose virtual functions form the pool): libvirt takes the pool from one of them and refuses the network. Remove dev' }],
    },
    { name: 'dev with a PCI <address>', code: network(`<forward mode='hostdev' dev='eth0'>\n    ${PCI}\n  </forward>`), errors: [{ near: "'hostdev' |dev", message: /with PCI <address> elements/ }] },
    { name: 'an <interface> listed twice', code: network("<forward mode='private'>\n    <interface dev='eth0'/>\n    <interface dev='eth1'/>\n    <interface dev='eth0'/>\n  </forward>"), errors: [{ near: "dev='|eth0'", nth: 2, message: "interface 'eth0' is in the forward pool already (line 4): libvirt refuses the network. Remove one" }] },
  ],
});
