import rule from '../../rules/network-forward-mode-elements.js';
import { network, networkRuleTester } from './network-helpers.js';

const bridged = (body: string): string => network(`<forward mode='bridge'/>\n  <bridge name='br0'/>\n  ${body}`);
const pooled = (mode: string, body: string): string => network(`<forward mode='${mode}'>\n    <interface dev='eth0'/>\n  </forward>\n  ${body}`);
const ALL = "<mac address='52:54:00:00:00:01'/>\n  <domain name='example.com'/>\n  <dns>\n    <txt name='a' value='b'/>\n  </dns>\n  <bandwidth>\n    <inbound average='1000'/>\n  </bandwidth>\n  <ip address='192.168.9.1' prefix='24'/>";

networkRuleTester.run(rule, {
  valid: [
    { name: "all of them with forward mode='nat'", code: network(`<forward mode='nat'/>\n  ${ALL}`) },
    { name: 'all of them in an isolated network (no <forward>)', code: network(ALL) },
    { name: "mode='open' with an <ip>", code: network("<forward mode='open'/>\n  <ip address='192.168.9.1' prefix='24'/>") },
    { name: 'near miss: bridge mode with a DNS forwarder only', code: bridged("<dns>\n    <forwarder addr='8.8.8.8'/>\n  </dns>") },
    { name: "near miss: bridge mode with <dns enable='no'/>", code: bridged("<dns enable='no'/>") },
    { name: 'near miss: bridge mode with a named bridge limits bandwidth', code: bridged("<bandwidth>\n    <inbound average='1000'/>\n  </bandwidth>") },
  ],
  invalid: [
    {
      name: 'bridge mode with an <ip>',
      code: bridged("<ip address='192.168.9.1' prefix='24'/>"),
      errors: [{ near: '<|ip', message: "<ip> (an address libvirt would give its own bridge, with DHCP) in a network with forward mode='bridge', whose guests connect to a host device libvirt does not manage: libvirt refuses the network. Remove <ip>, or use forward mode='nat', 'route' or 'open'" }],
    },
    { name: 'bridge mode with a DNS host record', code: bridged("<dns>\n    <host ip='192.168.9.5'>\n      <hostname>a</hostname>\n    </host>\n  </dns>"), errors: [{ near: '<|dns', message: /^<dns> records/ }] },
    { name: 'bridge mode with <domain>', code: bridged("<domain name='example.com'/>"), errors: [{ near: '<|domain name', message: /^<domain>/ }] },
    { name: 'bridge mode with <mac>', code: bridged("<mac address='52:54:00:00:00:01'/>"), errors: [{ near: '<|mac', message: /^<mac>/ }] },
    { name: 'bridge mode without a bridge name, with <bandwidth>', code: pooled('bridge', "<bandwidth>\n    <inbound average='1000'/>\n  </bandwidth>"), errors: [{ near: '<|bandwidth', message: /Name the bridge/ }] },
    { name: 'private mode with <bandwidth>', code: pooled('private', "<bandwidth>\n    <inbound average='1000'/>\n  </bandwidth>"), errors: [{ near: '<|bandwidth', message: /on the guests' interfaces or a <portgroup>/ }] },
    { name: 'private mode with an <ip>', code: pooled('private', "<ip address='192.168.9.1' prefix='24'/>"), errors: [{ near: '<|ip' }] },
    { name: 'vepa mode with a TXT record', code: pooled('vepa', "<dns>\n    <txt name='a' value='b'/>\n  </dns>"), errors: [{ near: '<|dns' }] },
    { name: 'passthrough mode with <domain>', code: pooled('passthrough', "<domain name='example.com'/>"), errors: [{ near: '<|domain name' }] },
    { name: 'hostdev mode with an <ip>', code: network("<forward mode='hostdev' managed='yes'>\n    <pf dev='eth0'/>\n  </forward>\n  <ip address='192.168.9.1' prefix='24'/>"), errors: [{ near: '<|ip' }] },
    {
      name: 'every piece reported, in document order',
      code: pooled('vepa', ALL),
      errors: [{ near: '<|mac' }, { near: '<|domain name' }, { near: '<|dns' }, { near: '<|bandwidth' }, { near: '<|ip' }],
    },
  ],
});
