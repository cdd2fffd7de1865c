import rule from '../../rules/network-portgroup-unique.js';
import { network, networkRuleTester } from './network-helpers.js';

const bridged = (groups: string): string => network(`<forward mode='bridge'/>\n  <bridge name='br0'/>\n  ${groups}`);

networkRuleTester.run(rule, {
  valid: [
    { name: 'two port groups, one default', code: bridged("<portgroup name='a' default='yes'/>\n  <portgroup name='b'/>") },
    { name: "near miss: names that differ in case", code: bridged("<portgroup name='a'/>\n  <portgroup name='A'/>") },
    { name: "near miss: default='no' on the second", code: bridged("<portgroup name='a' default='yes'/>\n  <portgroup name='b' default='no'/>") },
  ],
  invalid: [
    { name: 'one name twice', code: bridged("<portgroup name='a'/>\n  <portgroup name='a'/>"), errors: [{ near: "name='|a'", nth: 2, message: "a second <portgroup> named 'a' (the first is on line 5): libvirt refuses the network. Rename or merge one" }] },
    {
      name: 'two defaults',
      code: bridged("<portgroup name='a' default='yes'/>\n  <portgroup name='b' default='yes'/>"),
      errors: [{ near: "default='|yes'", nth: 2, message: "a second default <portgroup> ('b'; 'a' is the default already): libvirt refuses the network. Keep default='yes' on one" }],
    },
  ],
});
