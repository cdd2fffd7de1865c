import { defineNwFilterRule } from '../src/rule.js';
import { hasSurroundingWhitespace, isVariableReference } from '../src/model/nwfilter/index.js';

const PORTS = new Set(['srcportstart', 'srcportend', 'dstportstart', 'dstportend']);
/** The IP protocols with ports, by name and number: tcp(6), udp(17), dccp(33), sctp(132). */
const WITH_PORTS = new Set(['tcp', 'udp', 'dccp', 'sctp', '6', '17', '33', '132']);

/** The protocol as libvirt resolves it: a name, or a number (decimal, leading zeros and sign allowed, or 0x hex) in decimal. */
function protocolOf(value: string): string {
  const t = value.trim();
  if (/^0x[0-9a-f]+$/i.test(t)) return String(parseInt(t.slice(2), 16));
  if (/^[+-]?[0-9]+$/.test(t)) return String(Number(t));
  return t;
}

export default defineNwFilterRule({
  meta: {
    id: 'nwfilter-ip-ports-protocol',
    description: 'ports on an <ip> or <ipv6> rule whose protocol is not tcp, udp, dccp or sctp (or is missing, or a variable), which libvirt refuses',
    defaultSeverity: 'error',
    reportsOn: [
      'rule/ip@protocol',
      'rule/ipv6@protocol',
      'rule/ip@srcportstart',
      'rule/ip@srcportend',
      'rule/ip@dstportstart',
      'rule/ip@dstportend',
      'rule/ipv6@srcportstart',
      'rule/ipv6@srcportend',
      'rule/ipv6@dstportstart',
      'rule/ipv6@dstportend',
    ],
    libvirtMessages: ['%s rule with port specification requires protocol specification with protocol to be either one of tcp(6), udp(17), dccp(33), or sctp(132)'],
  },
  check(filter, context) {
    for (const rule of filter.rules) {
      const protocol = rule.protocol;
      if (!protocol || (protocol.tag !== 'ip' && protocol.tag !== 'ipv6')) continue;
      const port = protocol.attributes.find((a) => PORTS.has(a.name));
      if (!port) continue;
      const given = protocol.attributes.find((a) => a.name === 'protocol');
      if (given && !isVariableReference(given.value)) {
        // White space libvirt refuses (after a value, before a name) is nwfilter-value-whitespace's: libvirt says that first.
        if (hasSurroundingWhitespace(given.value) && !/^[+-]?[0-9]+$/.test(given.value.trimStart())) continue;
        if (WITH_PORTS.has(protocolOf(given.value))) continue;
      }
      const what = !given ? 'no protocol' : isVariableReference(given.value) ? `protocol='${given.value}', a variable libvirt cannot check` : `protocol='${given.value}'`;
      context.report({
        range: given ? given.range : port.nameRange,
        message: `<${protocol.tag}> with ${port.name} has ${what}: libvirt takes ports on an <${protocol.tag}> rule only with protocol tcp, udp, dccp or sctp (6, 17, 33, 132) written out, and refuses the filter. Add protocol='tcp' (or udp/sctp), or use a <${protocol.tag === 'ip' ? 'tcp' : 'tcp-ipv6'}> rule`,
      });
    }
  },
});
