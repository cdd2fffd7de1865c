import rule from '../../rules/network-dns-records.js';
import { network, networkRuleTester } from './network-helpers.js';

const dns = (body: string): string => network(`<dns>\n    ${body}\n  </dns>\n  <ip address='192.168.9.1' prefix='24'/>`);

networkRuleTester.run(rule, {
  valid: [
    { name: 'an SRV record with target, port, priority and weight', code: dns("<srv service='ldap' protocol='tcp' domain='example.com' target='a.example.com' port='389' priority='1' weight='10'/>") },
    { name: 'an SRV record with neither target nor port', code: dns("<srv service='ldap' protocol='tcp'/>") },
    { name: "near miss: a service of _-+/* and 16 characters", code: dns("<srv service='ab_c-d+e/f*ghijkl' protocol='udp'/>") },
    { name: 'near miss: port 1, priority and weight 0', code: dns("<srv service='ldap' protocol='tcp' target='a' port='1' priority='0' weight='0'/>") },
    { name: 'forwarders with addr, domain, or both', code: dns("<forwarder addr='8.8.8.8'/>\n    <forwarder domain='example.com'/>\n    <forwarder domain='lab' addr='192.168.9.53'/>") },
  ],
  invalid: [
    {
      name: 'an SRV port without a target',
      code: dns("<srv service='ldap' protocol='tcp' port='389'/>"),
      errors: [{ near: "protocol='tcp' |port", message: "port on an SRV record without a target: the port, priority and weight describe the target host, so libvirt refuses the network. Add target='host.example.com', or remove port" }],
    },
    { name: 'priority and weight without a target', code: dns("<srv service='ldap' protocol='tcp' priority='1' weight='2'/>"), errors: [{ near: '|priority', message: /^priority on an SRV/ }, { near: '|weight', message: /^weight on an SRV/ }] },
    { name: "port='0'", code: dns("<srv service='ldap' protocol='tcp' target='a' port='0'/>"), errors: [{ near: "port='|0'", message: "port='0' on an SRV record: libvirt takes ports 1 to 65535 and refuses the network. Write the service's port" }] },
    { name: 'a dot in the service name', code: dns("<srv service='ld.ap' protocol='tcp'/>"), errors: [{ near: "service='|ld.ap'", message: /^SRV service name 'ld\.ap' has characters/ }] },
    {
      name: 'a forwarder with neither addr nor domain',
      code: dns('<forwarder/>'),
      errors: [{ near: '<|forwarder', message: "a <forwarder> with neither addr nor domain forwards nothing: libvirt refuses the network. Add addr='…' (the server to ask), domain='…' (the queries to send it), or both" }],
    },
  ],
});
