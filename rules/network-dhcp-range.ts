import { defineNetworkRule, type Report } from '../src/rule.js';
import { type DhcpRange, effectivePrefix, familyAddress, inSubnet, type NetworkIp, parseIp, parsePrefix, subnetBounds } from '../src/model/network/index.js';

/** Where libvirt's prefix for an <ip> comes from, for the message. */
function prefixSource(ip: NetworkIp, prefix: number): string {
  if (ip.prefix && parsePrefix(ip.prefix.value)! > 0) return `prefix ${prefix}`;
  if (ip.netmask) return `prefix ${prefix}, from netmask ${ip.netmask.value}`;
  const given = ip.prefix ? `prefix='${ip.prefix.value}' counts as none` : 'no prefix or netmask is given';
  return `prefix ${prefix}: ${given}, so libvirt takes the ${ip.family?.value === 'ipv6' ? 'IPv6 default' : "address's class"}`;
}

/** The first of libvirt's checks (virSocketAddrGetRange) that the range fails, as a report; undefined when it passes them. */
function rangeProblem(ip: NetworkIp, range: DhcpRange): Report | undefined {
  const network = familyAddress(ip);
  const prefix = effectivePrefix(ip);
  const start = parseIp(range.start?.value);
  const end = parseIp(range.end?.value);
  if (!network || prefix === undefined || !start || !end || !range.start || !range.end) return undefined;
  if (network.family === 4 ? prefix > 32 : prefix > 128) return undefined; // network-ip-prefix
  const written = `${range.start.value} - ${range.end.value}`;
  if (start.family !== end.family) return { range: range.end.range, message: `DHCP range ${written} mixes IPv4 and IPv6: libvirt refuses the network. Write both ends in one family` };
  if (start.family !== network.family) {
    return { range: range.start.range, message: `DHCP range ${written} is IPv${start.family}, but its <ip> is the IPv${network.family} network ${ip.address!.value}: libvirt refuses the network. Put the range under an <ip> of its family` };
  }
  if (prefix < 0) {
    const why = ip.netmask ? `the netmask ${ip.netmask.value} is not a run of one bits followed by zero bits` : 'a class D or E address has no default prefix';
    return { range: range.nameRange, message: `libvirt cannot tell the subnet of ${ip.address!.value} (${why}), so it refuses this DHCP range. Give the subnet as prefix='…'` };
  }
  const outside = !inSubnet(start, network, prefix) ? range.start : !inSubnet(end, network, prefix) ? range.end : undefined;
  if (outside) {
    return { range: outside.range, message: `DHCP range ${written} is not inside the network ${ip.address!.value}/${prefix} (${prefixSource(ip, prefix)}): libvirt refuses the network. Keep both ends in the subnet, or widen the prefix` };
  }
  if (network.family === 4) {
    const { first, last } = subnetBounds(network, prefix);
    if (start.bits === first) return { range: range.start.range, message: `DHCP range ${written} starts at the network address of ${ip.address!.value}/${prefix}: libvirt refuses the network. Start the range one address later` };
    if (end.bits === last) return { range: range.end.range, message: `DHCP range ${written} ends at the broadcast address of ${ip.address!.value}/${prefix}: libvirt refuses the network. End the range one address earlier` };
  }
  // libvirt's legacy size check: every part but the last 16 bits of the two ends must be equal.
  if (start.bits >> 16n !== end.bits >> 16n) return { range: range.nameRange, message: `DHCP range ${written} spans more than the last 16 bits of the address: libvirt refuses ranges of more than 65536 addresses. Split it, or narrow it` };
  if (end.bits < start.bits) return { range: range.nameRange, message: `DHCP range ${written} ends before it starts: libvirt refuses the network. Swap start and end` };
  return undefined;
}

export default defineNetworkRule({
  meta: {
    id: 'network-dhcp-range',
    description: "a DHCP <range> libvirt refuses: outside its <ip>'s subnet (by prefix, netmask or address class), on the network or broadcast address, reversed, of the other address family, or wider than 65536 addresses",
    defaultSeverity: 'error',
    reportsOn: ['dhcp/range', 'dhcp/range@start', 'dhcp/range@end'],
    libvirtMessages: [
      'range %s - %s is not entirely within network %s/%d',
      'start of range %s - %s in network %s/%d is the network address',
      'end of range %s - %s in network %s/%d is the broadcast address',
      'range %s - %s is too large (> 65535)',
      'range %s - %s is reversed',
      'range %s - %s start larger than end',
      'mismatch of address family in range %s - %s for network %s',
      'mismatch of address family in range %s - %s',
      'bad prefix %d for network %s when  checking range %s - %s',
    ],
  },
  check(network, context) {
    for (const ip of network.ips) {
      const ranges = ip.dhcp?.ranges;
      if (!ranges) continue;
      for (const range of ranges) {
        const problem = rangeProblem(ip, range);
        if (problem) context.report(problem);
      }
    }
  },
});
