import rule from '../../rules/nwfilter-ip-ports-protocol.js';
import { nwfilterRuleTester, ruleWith } from './nwfilter-helpers.js';

nwfilterRuleTester.run(rule, {
  valid: [
    { name: 'tcp by name', code: ruleWith("<ip protocol='tcp' dstportstart='22'/>") },
    { name: 'udp and sctp by number, decimal with a leading zero and hex', code: ruleWith("<ip protocol='017' srcportstart='53' srcportend='54'/>") },
    { name: 'sctp in hex', code: ruleWith("<ip protocol='0x84' dstportend='5'/>") },
    { name: 'a number after white space', code: ruleWith("<ip protocol=' 6' dstportstart='22'/>") },
    { name: 'IPv6 with tcp', code: ruleWith("<ipv6 protocol='6' dstportstart='22'/>") },
    { name: 'no ports, any protocol', code: ruleWith("<ip protocol='icmp'/>") },
    { name: 'ports on tcp itself', code: ruleWith("<tcp dstportstart='22'/>") },
    { name: 'white space after the name is nwfilter-value-whitespace\'s', code: ruleWith("<ip protocol='icmp ' dstportstart='22'/>") },
  ],
  invalid: [
    {
      name: 'no protocol',
      code: ruleWith("<ip dstportstart='22'/>"),
      errors: [{ near: '<ip |dstportstart', message: "<ip> with dstportstart has no protocol: libvirt takes ports on an <ip> rule only with protocol tcp, udp, dccp or sctp (6, 17, 33, 132) written out, and refuses the filter. Add protocol='tcp' (or udp/sctp), or use a <tcp> rule" }],
    },
    { name: 'icmp', code: ruleWith("<ip protocol='icmp' srcportend='5'/>"), errors: [{ near: "protocol='|icmp", message: /^<ip> with srcportend has protocol='icmp': / }] },
    { name: 'a variable protocol', code: ruleWith("<ip protocol='$PROTO' dstportstart='22'/>"), errors: [{ near: "protocol='|", message: /has protocol='\$PROTO', a variable libvirt cannot check:/ }] },
    { name: 'udplite by number on IPv6', code: ruleWith("<ipv6 protocol='136' dstportstart='22'/>"), errors: [{ near: "protocol='|", message: /^<ipv6> with dstportstart has protocol='136': .* or use a <tcp-ipv6> rule$/ }] },
    { name: 'a variable port and no protocol', code: ruleWith("<ip srcportstart='$PORT'/>"), errors: 1 },
  ],
});
