import rule from '../../rules/nwfilter-mask.js';
import { nwfilterRuleTester, ruleWith } from './nwfilter-helpers.js';

nwfilterRuleTester.run(rule, {
  valid: [
    { name: 'an IPv4 netmask', code: ruleWith("<ip srcipaddr='10.0.0.0' srcipmask='255.255.255.0'/>") },
    { name: 'IPv4 prefix lengths', code: ruleWith("<tcp srcipaddr='10.0.0.0' srcipmask='24' dstipaddr='10.1.0.0' dstipmask='010'/>") },
    { name: 'all and nothing', code: ruleWith("<udp srcipmask='0.0.0.0' dstipmask='255.255.255.255'/>") },
    { name: 'an IPv6 netmask and prefix', code: ruleWith("<tcp-ipv6 srcipaddr='fe80::' srcipmask='ffff:ffff::' dstipaddr='fe80::' dstipmask='64'/>") },
    { name: 'a MAC mask', code: ruleWith("<mac srcmacaddr='52:54:00:00:00:00' srcmacmask='ff:ff:ff:00:00:00' dstmacmask='00:00:00:00:00:00'/>") },
    { name: 'STP masks', code: ruleWith("<stp root-address-mask='ff:ff:ff:ff:ff:fe' sender-address-mask='f0:0:0:0:0:0'/>") },
    { name: 'a variable', code: ruleWith("<ip srcipaddr='$IP' srcipmask='$MASK'/>") },
  ],
  invalid: [
    {
      name: 'an IPv4 netmask with a gap',
      code: ruleWith("<ip srcipaddr='1.2.3.4' srcipmask='255.0.255.0'/>"),
      errors: [{ near: "srcipmask='|", message: "srcipmask='255.0.255.0' is not an IPv4 mask libvirt takes: its one bits must run from the left without a gap (e.g. 255.255.255.0); libvirt refuses the filter" }],
    },
    { name: 'a host mask written backwards', code: ruleWith("<tcp dstipmask='0.255.255.255'/>"), errors: [{ near: "dstipmask='|", message: /^dstipmask='0\.255\.255\.255' is not an IPv4 mask/ }] },
    { name: 'an octal part making a gap (010 is 8)', code: ruleWith("<ip srcipmask='010.0.0.0'/>"), errors: 1 },
    { name: 'a part above 255', code: ruleWith("<ip srcipmask='255.255.256.0'/>"), errors: [{ near: "'|255.255.256.0", message: "srcipmask='255.255.256.0' is no IPv4 mask libvirt can read: give a prefix length (e.g. 24) or a netmask written as an address" }] },
    { name: 'an IPv6 mask with a gap', code: ruleWith("<tcp-ipv6 srcipaddr='fe80::1' srcipmask='ffff::ffff'/>"), errors: [{ near: "'|ffff::ffff'", message: /^srcipmask='ffff::ffff' is not an IPv6 mask .*ffff:ffff:ffff:ffff::\)/ }] },
    { name: 'a malformed IPv6 mask', code: ruleWith("<ipv6 dstipmask='ffff::fffff'/>"), errors: [{ near: "'|ffff", message: /is no IPv6 mask .*\(e\.g\. 64\)/ }] },
    {
      name: 'a MAC mask with a gap',
      code: ruleWith("<mac srcmacaddr='01:02:03:04:05:06' srcmacmask='ff:00:ff:00:00:00'/>"),
      errors: [{ near: "srcmacmask='|", message: "srcmacmask='ff:00:ff:00:00:00' is not a MAC mask libvirt takes: its one bits must run from the left without a gap (e.g. ff:ff:ff:00:00:00); libvirt refuses the filter" }],
    },
    { name: 'a one-digit octet is its low half (f is 0x0f)', code: ruleWith("<mac srcmacmask='f:0:0:0:0:0'/>"), errors: [{ near: "srcmacmask='|", message: /^srcmacmask='f:0:0:0:0:0' is not a MAC mask/ }] },
    { name: 'a MAC mask ending in 1', code: ruleWith("<arp dstmacmask='ff:ff:ff:00:00:01'/>"), errors: 1 },
    { name: 'an STP root address mask', code: ruleWith("<stp root-address-mask='ff:0f:00:00:00:00'/>"), errors: [{ near: "root-address-mask='|", message: /^root-address-mask=/ }] },
  ],
});
