import type { Rule } from '../src/rule.js';
import networkDhcpHost from './network-dhcp-host.js';
import networkDhcpLease from './network-dhcp-lease.js';
import networkDhcpOnePerFamily from './network-dhcp-one-per-family.js';
import networkDhcpRange from './network-dhcp-range.js';
import networkDnsDisabled from './network-dns-disabled.js';
import networkDnsRecords from './network-dns-records.js';
import networkForwardDevices from './network-forward-devices.js';
import networkForwardNat from './network-forward-nat.js';
import networkForwardModeElements from './network-forward-mode-elements.js';
import networkIpAddress from './network-ip-address.js';
import networkIpPrefix from './network-ip-prefix.js';
import networkPortgroupUnique from './network-portgroup-unique.js';
import networkRoute from './network-route.js';
import networkVlan from './network-vlan.js';
import networkTftpIpv4 from './network-tftp-ipv4.js';

/** Rules for `<network>` documents (meta.document 'network'): what libvirt 9.0's net-define refuses. */
export const NETWORK_RULES: readonly Rule[] = [
  networkDhcpHost,
  networkDhcpLease,
  networkDhcpOnePerFamily,
  networkDhcpRange,
  networkDnsDisabled,
  networkDnsRecords,
  networkForwardDevices,
  networkForwardModeElements,
  networkForwardNat,
  networkIpAddress,
  networkIpPrefix,
  networkPortgroupUnique,
  networkRoute,
  networkTftpIpv4,
  networkVlan,
];
