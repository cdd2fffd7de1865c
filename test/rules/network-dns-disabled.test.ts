import rule from '../../rules/network-dns-disabled.js';
import { network, networkRuleTester } from './network-helpers.js';

const IP = "<ip address='192.168.9.1' prefix='24'/>";
const dns = (attrs: string, body: string): string => network(`<dns${attrs}>\n    ${body}\n  </dns>\n  ${IP}`);

networkRuleTester.run(rule, {
  valid: [
    { name: "<dns enable='no'/> alone", code: network(`<dns enable='no'/>\n  ${IP}`) },
    { name: "near miss: enable='no' with forwardPlainNames (an attribute, not data)", code: network(`<dns enable='no' forwardPlainNames='yes'/>\n  ${IP}`) },
    { name: "near miss: enable='yes' with records", code: dns(" enable='yes'", "<txt name='a' value='b'/>\n    <forwarder addr='8.8.8.8'/>") },
    { name: 'records without enable', code: dns('', "<srv service='ldap' protocol='tcp'/>") },
  ],
  invalid: [
    {
      name: "enable='no' with a TXT record",
      code: dns(" enable='no'", "<txt name='a' value='b'/>"),
      errors: [{ near: "enable='|no'", message: "enable='no' turns the network's DNS server off, yet this <dns> holds a <txt>: libvirt refuses the network rather than ignore them. Remove enable='no', or the <dns> element's children" }],
    },
    { name: "enable='no' with a forwarder", code: dns(" enable='no'", "<forwarder addr='8.8.8.8'/>"), errors: [{ near: "enable='|no'", message: /holds a <forwarder>/ }] },
    { name: "enable='no' with a host record", code: dns(" enable='no'", "<host ip='192.168.9.5'>\n      <hostname>a</hostname>\n    </host>"), errors: [{ near: "enable='|no'", message: /holds a <host>/ }] },
    { name: "enable='no' with an SRV record and a forwarder", code: dns(" enable='no'", "<forwarder domain='example.com'/>\n    <srv service='ldap' protocol='tcp'/>"), errors: [{ near: "enable='|no'", message: /holds 2 forwarders and records \(the first a <forwarder>\)/ }] },
  ],
});
