/**
 * The typed, read-only model of a libvirt `<network>` that network rules read (rules with
 * `meta.document: 'network'`), and the address arithmetic they share.
 */
export type { DhcpHost, DhcpLease, DhcpRange, Network, NetworkBridge, NetworkDhcp, NetworkDns, NetworkForward, NetworkIp, NetworkNat, NetworkPortgroup, NetworkRoute } from './network.js';
export { effectivePrefix, familyAddress, inSubnet, netmaskBits, parseIp, parsePrefix, prefixMask, subnetBounds, type IpAddress } from './addresses.js';
