import rule from '../../rules/nwfilter-value-whitespace.js';
import { filter, nwfilterRuleTester, ruleWith } from './nwfilter-helpers.js';

nwfilterRuleTester.run(rule, {
  valid: [
    { name: 'no white space', code: ruleWith("<tcp srcportstart='22' dscp='10'/>"), },
    { name: 'white space before numbers (strtol skips it)', code: ruleWith("<tcp srcportstart=' 22' dscp=' 5' connlimit-above='&#10;4'/>") },
    { name: 'before an IP protocol number and a prefix length', code: ruleWith("<ip protocol=' 6' srcipmask=' 24'/>") },
    { name: 'before a filter priority', code: filter("<rule action='accept' direction='in'/>", " priority=' 5'") },
    { name: "around a rule's priority", code: ruleWith('<tcp/>', "action='accept' direction='in' priority=' 5 '") },
    { name: 'around match, gratuitous and a comment', code: ruleWith("<arp match='no ' gratuitous=' yes' comment=' spaced '/>") },
    { name: 'after an index', code: ruleWith("<tcp srcipaddr='$IP[1] '/>") },
  ],
  invalid: [
    {
      name: 'after a port',
      code: ruleWith("<tcp srcportstart='22 '/>"),
      errors: [{ near: "srcportstart='|", message: 'srcportstart="22 " has white space at the end, which libvirt refuses: write srcportstart="22"' }],
      output: ruleWith("<tcp srcportstart='22'/>"),
    },
    { name: 'around a port', code: ruleWith("<udp dstportstart=' 53 '/>"), errors: [{ near: "dstportstart='|", message: /^dstportstart=" 53 " has white space at the end/ }] },
    { name: 'a newline after a number', code: ruleWith("<icmp type='5&#10;'/>"), errors: [{ near: "type='|", message: 'type="5\\n" has white space at the end, which libvirt refuses: write type="5"' }], output: ruleWith("<icmp type='5'/>") },
    { name: 'after a prefix length', code: ruleWith("<tcp-ipv6 srcipmask='64 '/>"), errors: 1 },
    {
      name: 'after a DSCP, a VLAN id, a root cost, an opcode',
      code: filter("<rule action='accept' direction='in'><tcp dscp='5 '/></rule>\n  <rule action='accept' direction='in'><vlan vlanid='5 '/></rule>\n  <rule action='drop' direction='out'><stp root-cost='5 '/></rule>\n  <rule action='drop' direction='out'><arp opcode='1 '/></rule>"),
      errors: 4,
      output: filter("<rule action='accept' direction='in'><tcp dscp='5'/></rule>\n  <rule action='accept' direction='in'><vlan vlanid='5'/></rule>\n  <rule action='drop' direction='out'><stp root-cost='5'/></rule>\n  <rule action='drop' direction='out'><arp opcode='1'/></rule>"),
    },
    { name: 'after a protocol name', code: ruleWith("<ip protocol='tcp '/>"), errors: [{ near: "protocol='|", message: 'protocol="tcp " has white space at the end, which libvirt refuses: write protocol="tcp"' }] },
    { name: 'before a protocol name', code: ruleWith("<ip protocol=' tcp'/>"), errors: [{ near: "protocol='|", message: 'protocol=" tcp" has white space before a value that is not a number, which libvirt refuses: write protocol="tcp"' }] },
    { name: 'before an ethertype name', code: ruleWith("<mac protocolid=' arp'/>"), errors: 1 },
    { name: 'around the chain', code: filter("<rule action='accept' direction='in'/>", " chain='root '"), errors: [{ near: "chain='|", message: 'chain="root " has white space around the chain name, which libvirt refuses: write chain="root"' }], output: filter("<rule action='accept' direction='in'/>", " chain='root'") },
    { name: 'after the filter priority', code: filter("<rule action='accept' direction='in'/>", " priority='5 '"), errors: [{ near: "priority='|5 '", message: 'priority="5 " has white space after the number, which libvirt refuses: write priority="5"' }] },
  ],
});
