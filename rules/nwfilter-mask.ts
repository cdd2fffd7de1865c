import { defineNwFilterRule } from '../src/rule.js';
import { hasSurroundingWhitespace, isContiguousMask, isVariableReference, parseIpv4Address, parseIpv6Address, parseMac, protocolAttributes } from '../src/model/nwfilter/index.js';

/** The mask's bits and width, or undefined when it is a prefix length (the grammar bounds those) or no address at all. */
function maskBits(kind: 'ipv4-mask' | 'ipv6-mask' | 'mac-mask', value: string): { bits: bigint | undefined; width: number } | 'prefix' {
  if (kind === 'mac-mask') return { bits: parseMac(value), width: 48 };
  if (/^[+-]?[0-9]+$/.test(value)) return 'prefix';
  return kind === 'ipv4-mask' ? { bits: parseIpv4Address(value), width: 32 } : { bits: parseIpv6Address(value), width: 128 };
}

export default defineNwFilterRule({
  meta: {
    id: 'nwfilter-mask',
    description: "a filter rule's MAC, IPv4 or IPv6 mask libvirt refuses: one bits that are not contiguous from the left (ff:00:ff:00:00:00, 255.0.255.0), or an IP mask that is no address",
    defaultSeverity: 'error',
    reportsOn: ['rule/*@srcmacmask', 'rule/*@dstmacmask', 'rule/*@root-address-mask', 'rule/*@sender-address-mask', 'rule/*@srcipmask', 'rule/*@dstipmask'],
    libvirtMessages: ['%s has illegal value %s'],
  },
  check(filter, context) {
    for (const { attr, kind } of protocolAttributes(filter)) {
      if (kind !== 'ipv4-mask' && kind !== 'ipv6-mask' && kind !== 'mac-mask') continue;
      // Variables are nwfilter-variable's, white space nwfilter-value-whitespace's.
      if (isVariableReference(attr.value) || hasSurroundingWhitespace(attr.value)) continue;
      const mask = maskBits(kind, attr.value);
      if (mask === 'prefix') continue;
      const what = kind === 'mac-mask' ? 'MAC mask' : kind === 'ipv4-mask' ? 'IPv4 mask' : 'IPv6 mask';
      if (mask.bits === undefined) {
        // A MAC mask the grammar takes always parses; an IP one may not (an octal part, a part above 255, a bad IPv6 form).
        context.report({ range: attr.range, message: `${attr.name}='${attr.value}' is no ${what} libvirt can read: give a prefix length (e.g. ${kind === 'ipv4-mask' ? '24' : '64'}) or a netmask written as an address` });
      } else if (!isContiguousMask(mask.bits, mask.width)) {
        context.report({
          range: attr.range,
          message: `${attr.name}='${attr.value}' is not ${kind === 'mac-mask' ? 'a' : 'an'} ${what} libvirt takes: its one bits must run from the left without a gap (e.g. ${kind === 'mac-mask' ? 'ff:ff:ff:00:00:00' : kind === 'ipv4-mask' ? '255.255.255.0' : 'ffff:ffff:ffff:ffff::'}); libvirt refuses the filter`,
        });
      }
    }
  },
});
