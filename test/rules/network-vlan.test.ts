import rule from '../../rules/network-vlan.js';
import { network, networkRuleTester } from './network-helpers.js';

const VLAN = "<vlan>\n    <tag id='42'/>\n  </vlan>";
const BRIDGE = "<forward mode='bridge'/>\n  <bridge name='br0'/>";
const OVS = "<virtualport type='openvswitch'/>";

networkRuleTester.run(rule, {
  valid: [
    { name: 'hostdev with a network-wide <vlan>', code: network(`<forward mode='hostdev' managed='yes'>\n    <pf dev='eth0'/>\n  </forward>\n  ${VLAN}`) },
    { name: 'passthrough with a <vlan>', code: network(`<forward mode='passthrough'>\n    <interface dev='eth0'/>\n  </forward>\n  ${VLAN}`) },
    { name: 'bridge through Open vSwitch with a trunk', code: network(`${BRIDGE}\n  ${OVS}\n  <vlan trunk='yes'>\n    <tag id='42'/>\n    <tag id='43'/>\n  </vlan>`) },
    { name: "near miss: bridge without a network virtualport, a port group's own openvswitch one and <vlan>", code: network(`${BRIDGE}\n  <portgroup name='a'>\n    ${OVS}\n    ${VLAN}\n  </portgroup>`) },
    { name: 'hostdev with a port group <vlan>', code: network(`<forward mode='hostdev' managed='yes'>\n    <pf dev='eth0'/>\n  </forward>\n  <portgroup name='a'>\n    ${VLAN}\n  </portgroup>`) },
  ],
  invalid: [
    {
      name: 'NAT with a <vlan>',
      code: network(`<forward mode='nat'/>\n  ${VLAN}\n  <ip address='192.168.9.1' prefix='24'/>`),
      errors: [{ near: '<|vlan', message: "a network-wide <vlan> in a network with forward mode='nat': libvirt tags VLANs only with forward mode 'hostdev' or 'passthrough', or 'bridge' through Open vSwitch, and refuses the network. Remove <vlan>, or change the forward mode" }],
    },
    { name: 'an isolated network with a <vlan>', code: network(`${VLAN}\n  <ip address='192.168.9.1' prefix='24'/>`), errors: [{ near: '<|vlan', message: /with no <forward> \(isolated\)/ }] },
    { name: 'bridge without Open vSwitch', code: network(`${BRIDGE}\n  ${VLAN}`), errors: [{ near: '<|vlan', message: /forward mode='bridge' and no openvswitch <virtualport>/ }] },
    { name: 'private mode with a <vlan>', code: network(`<forward mode='private'>\n    <interface dev='eth0'/>\n  </forward>\n  ${VLAN}`), errors: [{ near: '<|vlan' }] },
    { name: "NAT with a port group's <vlan>", code: network(`<forward mode='nat'/>\n  <portgroup name='a'>\n    ${VLAN}\n  </portgroup>\n  <ip address='192.168.9.1' prefix='24'/>`), errors: [{ near: '<|vlan', message: /^port group 'a''s <vlan>/ }] },
    {
      name: "hostdev with a port group's 802.1Qbh virtualport and <vlan>",
      code: network(`<forward mode='hostdev' managed='yes'>\n    <pf dev='eth0'/>\n  </forward>\n  <portgroup name='a'>\n    <virtualport type='802.1Qbh'/>\n    ${VLAN}\n  </portgroup>`),
      errors: [{ near: '<|vlan', message: /^port group 'a' has a <virtualport type='802.1Qbh'> and a <vlan>/ }],
    },
  ],
});
