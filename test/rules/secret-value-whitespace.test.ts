import rule from '../../rules/secret-value-whitespace.js';
import { secret, secretRuleTester } from './secret-helpers.js';

const ceph = (type = 'ceph'): string => `<usage type='${type}'>\n    <name>client.vol15</name>\n  </usage>`;

secretRuleTester.run(rule, {
  valid: [
    { name: 'flags and usage written exactly', code: secret(ceph(), " ephemeral='no' private='yes'") },
    { name: 'no flags, no usage', code: secret('<description>spare</description>') },
    { name: 'white space in the usage name is the name', code: secret("<usage type='tls'>\n    <name> tls key </name>\n  </usage>") },
  ],
  invalid: [
    {
      name: "ephemeral=' yes'",
      code: secret(ceph(), " ephemeral=' yes'"),
      errors: [{ near: "ephemeral='| yes'", message: "<secret ephemeral=' yes'> has white space around 'yes': libvirt compares the value exactly and refuses the secret. Write ephemeral='yes'" }],
      output: secret(ceph(), " ephemeral='yes'"),
    },
    { name: "private='no '", code: secret(ceph(), " private='no '"), errors: [{ near: "private='|no '", message: /^<secret private='no '> has white space around 'no'/ }], output: secret(ceph(), " private='no'") },
    { name: "usage type 'ceph '", code: secret(ceph('ceph ')), errors: [{ near: "type='|ceph '", message: /^<usage type='ceph '> has white space around 'ceph'/ }], output: secret(ceph()) },
    { name: 'both flags', code: secret('', " ephemeral='no\t' private=' yes '"), errors: 2 },
  ],
});
