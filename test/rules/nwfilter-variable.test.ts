import rule from '../../rules/nwfilter-variable.js';
import { nwfilterRuleTester, ruleWith } from './nwfilter-helpers.js';

nwfilterRuleTester.run(rule, {
  valid: [
    { name: 'plain variables', code: ruleWith("<ip srcipaddr='$IP' srcmacaddr='$MAC' protocol='$PROTO'/>") },
    { name: 'an index and iterators up to 1000', code: ruleWith("<tcp srcipaddr='$IP[4294967295]' dstipaddr='$DST[@1000]' srcportstart='$P[@0]'/>") },
    { name: 'spaces inside the brackets and after them', code: ruleWith("<tcp srcipaddr='$IP[ 1 ]' dstipaddr='$IP[@1]  '/>") },
    { name: 'names of digits and _', code: ruleWith("<udp srcportstart='$1' dstportstart='$_'/>") },
    { name: 'a comment with a dollar inside', code: ruleWith("<tcp comment='costs $ 5'/>") },
    { name: 'a comment that is a variable', code: ruleWith("<tcp comment='$NOTE'/>") },
  ],
  invalid: [
    {
      name: 'an iterator id above 1000',
      code: ruleWith("<tcp srcipaddr='$IP[@1001]'/>"),
      errors: [{ near: "srcipaddr='|", message: "srcipaddr='$IP[@1001]' is a variable reference libvirt cannot parse (iterator ids go up to 1000); libvirt refuses the filter. Write it as $NAME, $NAME[index] or $NAME[@iterator], e.g. $IP or $IP[@1]" }],
    },
    { name: 'an index above 4294967295', code: ruleWith("<tcp srcipaddr='$IP[4294967296]'/>"), errors: [{ near: "'|$IP[4", message: /\(an index goes up to 4294967295\)/ }] },
    { name: 'a space after $', code: ruleWith("<tcp dstipaddr='$ IP'/>"), errors: [{ near: "'|$ IP'", message: /\(the variable name must follow the `\$` directly\)/ }] },
    { name: 'a space after the name', code: ruleWith("<mac srcmacaddr='$MAC '/>"), errors: [{ near: "'|$MAC '", message: /\(nothing may follow the variable name "MAC" but an index in brackets\)/ }] },
    { name: 'a comment starting with $ and more text', code: ruleWith("<tcp comment='$ 5 off'/>"), errors: [{ near: "comment='|", message: /^comment='\$ 5 off' is a variable reference libvirt cannot parse/ }] },
    { name: 'in a port', code: ruleWith("<udp dstportstart='$PORT[@2000]'/>"), errors: 1 },
  ],
});
