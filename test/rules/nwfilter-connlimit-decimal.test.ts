import rule from '../../rules/nwfilter-connlimit-decimal.js';
import { nwfilterRuleTester, ruleWith } from './nwfilter-helpers.js';

nwfilterRuleTester.run(rule, {
  valid: [
    { name: 'decimal', code: ruleWith("<tcp connlimit-above='10'/>") },
    { name: 'a variable', code: ruleWith("<udp connlimit-above='$LIMIT'/>") },
    { name: 'hex elsewhere is fine', code: ruleWith("<tcp dstportstart='0x16' dscp='0x1f'/>") },
  ],
  invalid: [
    { name: 'hex', code: ruleWith("<tcp connlimit-above='0x1f'/>"), errors: [{ near: "connlimit-above='|", message: "connlimit-above='0x1f' is hexadecimal: libvirt reads connlimit-above in decimal only and refuses the filter. Write connlimit-above='31'" }], output: ruleWith("<tcp connlimit-above='31'/>") },
    { name: 'hex on igmp', code: ruleWith("<igmp connlimit-above='0x1'/>"), errors: [{ near: "connlimit-above='|", message: /Write connlimit-above='1'$/ }], output: ruleWith("<igmp connlimit-above='1'/>") },
  ],
});
