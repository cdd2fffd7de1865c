import rule from '../../rules/nwfilter-ip-address.js';
import { nwfilterRuleTester, ruleWith } from './nwfilter-helpers.js';

nwfilterRuleTester.run(rule, {
  valid: [
    { name: 'IPv4 source and destination', code: ruleWith("<tcp srcipaddr='192.168.1.10' dstipaddr='10.0.0.1' dstportstart='22'/>") },
    { name: 'octal parts libvirt reads (010 is 8, 077 is 63)', code: ruleWith("<ip srcipaddr='010.1.2.077'/>") },
    { name: '0.0.0.0 and 255.255.255.255', code: ruleWith("<udp srcipaddr='0.0.0.0' dstipaddr='255.255.255.255'/>") },
    { name: 'IPv4 ranges', code: ruleWith("<tcp srcipfrom='10.0.0.1' srcipto='10.0.0.9'/>") },
    { name: 'ARP addresses', code: ruleWith("<arp arpsrcipaddr='192.168.1.1' arpdstipaddr='192.168.1.2'/>") },
    { name: 'IPv6 forms', code: ruleWith("<tcp-ipv6 srcipaddr='fe80::1' dstipaddr='1:2:3:4:5:6:7:8' srcipfrom='::' srcipto='1:2:3:4:5:6::'/>") },
    { name: 'IPv6 with an IPv4 tail', code: ruleWith("<ipv6 srcipaddr='::ffff:192.168.1.1' dstipaddr='1:2:3:4:5:6:1.2.3.4'/>") },
    { name: 'a variable', code: ruleWith("<ip srcipaddr='$IP'/>") },
  ],
  invalid: [
    {
      name: 'an IPv4 part above 255',
      code: ruleWith("<tcp srcipaddr='299.2.3.4'/>"),
      errors: [{ near: "srcipaddr='|299", message: "srcipaddr='299.2.3.4' is not an IPv4 address libvirt can read: each of the four parts must be at most 255, and a part with a leading 0 is octal (digits 0-7 only, so 010 is 8). Write it in plain decimal, e.g. 192.168.1.10" }],
    },
    { name: '256', code: ruleWith("<ip dstipaddr='10.0.0.256'/>"), errors: [{ near: "dstipaddr='|10.0.0.256'", message: /^dstipaddr='10\.0\.0\.256' is not an IPv4 address/ }] },
    { name: 'an octal part with an 8', code: ruleWith("<udp srcipaddr='1.2.3.08'/>"), errors: [{ near: "'|1.2.3.08'", message: /octal/ }] },
    { name: 'an ARP address', code: ruleWith("<arp arpsrcipaddr='299.1.1.1'/>"), errors: [{ near: "'|299", message: /^arpsrcipaddr='299\.1\.1\.1' is not an IPv4 address/ }] },
    { name: 'an IPv4 range end', code: ruleWith("<tcp srcipfrom='10.0.0.1' srcipto='10.0.0.299'/>"), errors: [{ near: "srcipto='|", message: /^srcipto=/ }] },
    {
      name: 'an IPv6 address of three groups',
      code: ruleWith("<tcp-ipv6 srcipaddr='1:2:3'/>"),
      errors: [{ near: "'|1:2:3'", message: "srcipaddr='1:2:3' is not an IPv6 address libvirt can read: it needs eight groups of at most 4 hex digits, or fewer with one '::' standing for the missing ones (and an IPv4 tail only in place of the last two, written without leading zeros), e.g. fe80::1" }],
    },
    { name: 'two ::', code: ruleWith("<ipv6 dstipaddr='1::2::3'/>"), errors: [{ near: "'|1::2::3'", message: /^dstipaddr='1::2::3' is not an IPv6 address/ }] },
    { name: 'five hex digits', code: ruleWith("<udp-ipv6 srcipaddr='1:2:12345'/>"), errors: 1 },
    { name: 'seven groups and an IPv4 tail', code: ruleWith("<ipv6 srcipaddr='1:2:3:4:5:6:7:1.2.3.4'/>"), errors: 1 },
    { name: 'a last group of five hex digits', code: ruleWith("<ipv6 srcipaddr='fe80::12345'/>"), errors: 1 },
    { name: 'an IPv4 tail with a leading zero', code: ruleWith("<icmpv6 srcipaddr='::01.2.3.4'/>"), errors: 1 },
    { name: 'an IPv4 tail after too few groups', code: ruleWith("<ipv6 srcipaddr='1:2:1.2.3.4'/>"), errors: 1 },
    { name: 'a lone leading colon', code: ruleWith("<all-ipv6 srcipaddr=':1::2'/>"), errors: 1 },
    { name: 'two bad addresses', code: ruleWith("<ip srcipaddr='256.0.0.1' dstipaddr='1.2.3.09'/>"), errors: [{ near: "'|256" }, { near: "'|1.2.3.09" }] },
  ],
});
