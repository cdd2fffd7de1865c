import rule from '../../rules/network-forward-mode-elements.js';
import { network, networkRuleTester } from './network-helpers.js';

const IP = "<ip address='192.168.9.1' prefix='24'/>";
const bridged = (body: string, bridge = "<bridge name='br0'/>"): string => network(`<forward mode='bridge'/>\n  ${bridge}\n  ${body}`);
const pooled = (mode: string, body: string): string => network(`<forward mode='${mode}'>\n    <interface dev='eth0'/>\n  </forward>\n  ${body}`);
const routed = (forward: string, body = IP): string => network(`${forward}\n  ${body}`);
const ALL = `<mac address='52:54:00:00:00:01'/>\n  <domain name='example.com'/>\n  <dns>\n    <txt name='a' value='b'/>\n  </dns>\n  <bandwidth>\n    <inbound average='1000'/>\n  </bandwidth>\n  ${IP}`;

networkRuleTester.run(rule, {
  valid: [
    { name: "all of them with forward mode='nat'", code: network(`<forward mode='nat'/>\n  <bridge name='virbr9' stp='on' delay='0'/>\n  <mtu size='9000'/>\n  ${ALL}`) },
    { name: 'all of them in an isolated network (no <forward>), no <ip> needed', code: network(`<bridge name='virbr9' stp='on' delay='5' zone='trusted'/>\n  <mtu size='9000'/>\n  <mac address='52:54:00:00:00:01'/>`) },
    { name: "mode='open' with an <ip> and bridge settings", code: routed("<forward mode='open'/>\n  <bridge name='virbr9' stp='on' delay='0'/>") },
    { name: "mode='nat' with one device listed twice: network-forward-devices' finding, not a second device", code: routed("<forward mode='nat'>\n    <interface dev='eth0'/>\n    <interface dev='eth0'/>\n  </forward>") },
    { name: "near miss: mode='nat' with one forward device, as dev and as <interface>", code: routed("<forward mode='nat' dev='eth0'>\n    <interface dev='eth0'/>\n  </forward>") },
    { name: "near miss: mode='nat' with only an IPv6 <ip>", code: routed("<forward mode='nat'/>", "<ip family='ipv6' address='fd00::1' prefix='64'/>") },
    { name: 'near miss: bridge mode with a DNS forwarder only', code: bridged("<dns>\n    <forwarder addr='8.8.8.8'/>\n  </dns>") },
    { name: "near miss: bridge mode with <dns enable='no'/>", code: bridged("<dns enable='no'/>") },
    { name: 'near miss: bridge mode with a named bridge limits bandwidth', code: bridged("<bandwidth>\n    <inbound average='1000'/>\n  </bandwidth>") },
    { name: "near miss: bridge mode with delay='0' and macTableManager", code: bridged('', "<bridge name='br0' delay='0' macTableManager='libvirt'/>") },
    { name: 'near miss: bridge mode with a forward device and no bridge name', code: network("<forward mode='bridge' dev='eth0'/>") },
  ],
  invalid: [
    {
      name: "mode='nat' without an <ip>",
      code: network("<forward mode='nat'/>"),
      errors: [{ near: '<|forward', message: "forward mode='nat' forwards the traffic of the network's own subnet, and this network has no <ip> to say which: libvirt refuses it. Add an <ip address='…' prefix='…'>, or remove <forward> for an isolated network" }],
    },
    { name: 'a <forward> without mode and without an <ip>', code: network('<forward/>'), errors: [{ near: '<|forward', message: /^a <forward> without mode \(NAT\) forwards/ }] },
    { name: "mode='route' without an <ip>", code: network("<forward mode='route'/>"), errors: [{ near: '<|forward' }] },
    { name: "mode='open' without an <ip>", code: network("<forward mode='open'/>"), errors: [{ near: '<|forward' }] },
    { name: "mode='nat' with two forward devices", code: routed("<forward mode='nat'>\n    <interface dev='eth0'/>\n    <interface dev='eth1'/>\n  </forward>"), errors: [{ near: '<|interface', nth: 2, message: /^a second forward <interface> with forward mode='nat'/ }] },
    { name: "mode='open' with a forward dev", code: routed("<forward mode='open' dev='eth0'/>"), errors: [{ near: "dev='|eth0'", message: /^forward mode='open' puts no limits/ }] },
    { name: "mode='route' with a repeat, then a second device: the second device", code: routed("<forward mode='route'>\n    <interface dev='eth0'/>\n    <interface dev='eth0'/>\n    <interface dev='eth1'/>\n  </forward>"), errors: [{ near: '<|interface', nth: 3, message: /^a second forward <interface> with forward mode='route'/ }] },
    { name: "mode='open' with a forward <interface>", code: routed("<forward mode='open'>\n    <interface dev='eth0'/>\n  </forward>"), errors: [{ near: '<|interface' }] },
    {
      name: 'bridge mode with an <ip>',
      code: bridged(IP),
      errors: [{ near: '<|ip', message: "<ip> (an address libvirt would give its own bridge, with DHCP) in a network with forward mode='bridge', whose guests connect to a host device libvirt does not manage: libvirt refuses the network. Remove <ip>, or use forward mode='nat', 'route' or 'open'" }],
    },
    { name: 'bridge mode with a DNS host record', code: bridged("<dns>\n    <host ip='192.168.9.5'>\n      <hostname>a</hostname>\n    </host>\n  </dns>"), errors: [{ near: '<|dns', message: /^<dns> records/ }] },
    { name: 'bridge mode with <domain>', code: bridged("<domain name='example.com'/>"), errors: [{ near: '<|domain name', message: /^<domain>/ }] },
    { name: 'bridge mode with <mac>', code: bridged("<mac address='52:54:00:00:00:01'/>"), errors: [{ near: '<|mac', message: /^<mac>/ }] },
    { name: 'bridge mode with <mtu>', code: bridged("<mtu size='9000'/>"), errors: [{ near: '<|mtu', message: /^<mtu> in a network with forward mode='bridge'/ }] },
    { name: "bridge mode with stp='off' (any stp)", code: bridged('', "<bridge name='br0' stp='off'/>"), errors: [{ near: "<bridge name='br0' |stp", message: /^stp in a network/ }] },
    { name: 'bridge mode with a delay and a zone', code: bridged('', "<bridge name='br0' delay='5' zone='trusted'/>"), errors: [{ near: '|delay=' }, { near: '|zone=' }] },
    { name: 'bridge mode with a bridge name and a forward <interface>', code: network("<forward mode='bridge'>\n    <interface dev='eth0'/>\n  </forward>\n  <bridge name='br0'/>"), errors: [{ near: '<bridge |name', message: /with both a bridge name and a forward device/ }] },
    { name: 'bridge mode with a bridge name and a forward dev', code: network("<forward mode='bridge' dev='eth0'/>\n  <bridge name='br0'/>"), errors: [{ near: '<bridge |name' }] },
    { name: 'bridge mode with a bridge name and a <pf>', code: network("<forward mode='bridge'>\n    <pf dev='eth0'/>\n  </forward>\n  <bridge name='br0'/>"), errors: [{ near: '<bridge |name' }] },
    { name: 'bridge mode without a bridge name, with <bandwidth>', code: pooled('bridge', "<bandwidth>\n    <inbound average='1000'/>\n  </bandwidth>"), errors: [{ near: '<|bandwidth', message: /Name the bridge/ }] },
    { name: 'private mode with <bandwidth>', code: pooled('private', "<bandwidth>\n    <inbound average='1000'/>\n  </bandwidth>"), errors: [{ near: '<|bandwidth', message: /on the guests' interfaces or a <portgroup>/ }] },
    { name: 'private mode with an <ip>', code: pooled('private', IP), errors: [{ near: '<|ip' }] },
    { name: 'private mode with a bridge name', code: pooled('private', "<bridge name='br0'/>"), errors: [{ near: '<bridge |name', message: /^a bridge name in a network with forward mode='private'/ }] },
    { name: 'private mode with a zone and a macTableManager', code: pooled('private', "<bridge zone='trusted' macTableManager='kernel'/>"), errors: [{ near: '<bridge |zone' }, { near: '|macTableManager' }] },
    { name: 'vepa mode with a TXT record', code: pooled('vepa', "<dns>\n    <txt name='a' value='b'/>\n  </dns>"), errors: [{ near: '<|dns' }] },
    { name: 'passthrough mode with <domain>', code: pooled('passthrough', "<domain name='example.com'/>"), errors: [{ near: '<|domain name' }] },
    { name: 'passthrough mode with <mtu>', code: pooled('passthrough', "<mtu size='9000'/>"), errors: [{ near: '<|mtu' }] },
    { name: 'hostdev mode with an <ip>', code: network("<forward mode='hostdev' managed='yes'>\n    <pf dev='eth0'/>\n  </forward>\n  <ip address='192.168.9.1' prefix='24'/>"), errors: [{ near: '<|ip' }] },
    { name: 'hostdev mode with a bridge name', code: network("<forward mode='hostdev' managed='yes'>\n    <pf dev='eth0'/>\n  </forward>\n  <bridge name='br0'/>"), errors: [{ near: '<bridge |name' }] },
    {
      name: 'every piece reported, in document order',
      code: pooled('vepa', ALL),
      errors: [{ near: '<|mac' }, { near: '<|domain name' }, { near: '<|dns' }, { near: '<|bandwidth' }, { near: '<|ip' }],
    },
  ],
});
