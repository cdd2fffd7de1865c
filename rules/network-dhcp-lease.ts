import { defineNetworkRule } from '../src/rule.js';
import { parseCUnsigned } from '../src/model/index.js';
import type { DhcpLease, NetworkDhcp } from '../src/model/network/index.js';

/** The shortest lease libvirt takes in each unit (dnsmasq's minimum of two minutes); hours are never too short. */
const MINIMUM: Readonly<Record<string, number>> = { seconds: 120, minutes: 2 };

export default defineNetworkRule({
  meta: {
    id: 'network-dhcp-lease',
    description: 'a DHCP <lease> shorter than two minutes (expiry under 120 seconds or 2 minutes; 0 is an infinite lease) on a range or static host',
    defaultSeverity: 'error',
    reportsOn: ['dhcp/range/lease', 'dhcp/host/lease', 'lease@expiry', 'lease@unit'],
    libvirtMessages: ['The minimum lease time should be greater than 2 minutes'],
  },
  check(network, context) {
    const judge = (lease: DhcpLease | undefined): void => {
      if (!lease?.expiry) return;
      const expiry = parseCUnsigned(lease.expiry.value);
      const unit = lease.unit?.value ?? 'minutes';
      const minimum = MINIMUM[unit];
      if (expiry === undefined || expiry === 0 || minimum === undefined || expiry >= minimum) return;
      context.report({
        range: lease.expiry.range,
        message: `a DHCP lease of ${lease.expiry.value} ${unit}: libvirt refuses leases shorter than 2 minutes (dnsmasq's minimum). Write at least ${minimum} ${unit}, or expiry='0' for a lease that never expires`,
      });
    };
    for (const ip of network.ips) {
      const dhcp: NetworkDhcp | undefined = ip.dhcp;
      if (!dhcp) continue;
      for (const range of dhcp.ranges) judge(range.lease);
      for (const host of dhcp.hosts) judge(host.lease);
    }
  },
});
