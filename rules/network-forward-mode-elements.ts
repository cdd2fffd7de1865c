import { defineNetworkRule } from '../src/rule.js';

/** Forward modes whose network libvirt does not build itself: it sets no address, DNS or MAC on the host side. */
const EXTERNAL = new Set(['bridge', 'private', 'vepa', 'passthrough', 'hostdev']);

export default defineNetworkRule({
  meta: {
    id: 'network-forward-mode-elements',
    description: "<ip>, <dns> records, <domain>, <mac> or a network-wide <bandwidth> in a network whose forward mode connects to the host's own devices (bridge, private, vepa, passthrough, hostdev)",
    defaultSeverity: 'error',
    libvirtMessages: [
      "Unsupported <mac> element in network %s with forward mode='%s'",
      "Unsupported <ip> element in network %s with forward mode='%s'",
      "Unsupported <dns> element in network %s with forward mode='%s'",
      "Unsupported <domain> element in network %s with forward mode='%s'",
      "Unsupported network-wide <bandwidth> element in network %s with forward mode='%s'",
    ],
  },
  check(network, context) {
    const mode = network.forward?.mode?.value;
    if (mode === undefined || !EXTERNAL.has(mode)) return;
    const report = (range: typeof network.range, what: string, fix: string): void =>
      context.report({ range, message: `${what} in a network with forward mode='${mode}', whose guests connect to a host device libvirt does not manage: libvirt refuses the network. ${fix}` });
    if (network.mac) report(network.mac.nameRange, '<mac> (the address of a bridge libvirt would create)', 'Remove <mac>');
    for (const ip of network.ips) report(ip.nameRange, '<ip> (an address libvirt would give its own bridge, with DHCP)', "Remove <ip>, or use forward mode='nat', 'route' or 'open'");
    const dns = network.dns;
    if (dns && dns.txts.length + dns.hosts.length + dns.srvs.length > 0) report(dns.nameRange, '<dns> records (served by the dnsmasq libvirt would start)', 'Remove the <txt>, <host> and <srv> records');
    if (network.domain) report(network.domain.nameRange, '<domain> (the DNS domain of the dnsmasq libvirt would start)', 'Remove <domain>');
    // A bridge mode network with a named bridge may limit bandwidth on that bridge.
    if (network.bandwidth && !(mode === 'bridge' && network.bridge?.name)) {
      report(network.bandwidth.nameRange, 'a network-wide <bandwidth>', mode === 'bridge' ? "Name the bridge (<bridge name='…'/>), or set <bandwidth> on the guests' interfaces" : "Set <bandwidth> on the guests' interfaces or a <portgroup> instead");
    }
  },
});
