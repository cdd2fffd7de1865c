import { defineNwFilterRule } from '../src/rule.js';
import { hasSurroundingWhitespace, isVariableReference, parseIpv4Address, parseIpv6Address, protocolAttributes } from '../src/model/nwfilter/index.js';

export default defineNwFilterRule({
  meta: {
    id: 'nwfilter-ip-address',
    description: "a filter rule's IP address that libvirt cannot read: an IPv4 part above 255 or a leading-zero (octal) part with an 8 or 9, a malformed IPv6 address",
    defaultSeverity: 'error',
    reportsOn: [
      'rule/*@srcipaddr',
      'rule/*@dstipaddr',
      'rule/*@srcipfrom',
      'rule/*@srcipto',
      'rule/*@dstipfrom',
      'rule/*@dstipto',
      'rule/*@arpsrcipaddr',
      'rule/*@arpdstipaddr',
    ],
    libvirtMessages: ['%s has illegal value %s'],
  },
  check(filter, context) {
    for (const { attr, kind } of protocolAttributes(filter)) {
      if (kind !== 'ipv4' && kind !== 'ipv6') continue;
      // Variables are nwfilter-variable's, white space nwfilter-value-whitespace's.
      if (isVariableReference(attr.value) || hasSurroundingWhitespace(attr.value)) continue;
      if (kind === 'ipv4' && parseIpv4Address(attr.value) === undefined) {
        context.report({
          range: attr.range,
          message: `${attr.name}='${attr.value}' is not an IPv4 address libvirt can read: each of the four parts must be at most 255, and a part with a leading 0 is octal (digits 0-7 only, so 010 is 8). Write it in plain decimal, e.g. 192.168.1.10`,
        });
      } else if (kind === 'ipv6' && parseIpv6Address(attr.value) === undefined) {
        context.report({
          range: attr.range,
          message: `${attr.name}='${attr.value}' is not an IPv6 address libvirt can read: it needs eight groups of at most 4 hex digits, or fewer with one '::' standing for the missing ones (and an IPv4 tail only in place of the last two, written without leading zeros), e.g. fe80::1`,
        });
      }
    }
  },
});
