import { defineNetworkRule } from '../src/rule.js';
import { parseCUnsigned } from '../src/model/index.js';
import type { Range } from '../src/rule.js';

/** Forward modes whose network libvirt does not build itself: it sets no address, DNS or MAC on the host side. */
const EXTERNAL = new Set(['bridge', 'private', 'vepa', 'passthrough', 'hostdev']);
/** Forward modes that route the network's own subnet (a <forward> without mode is NAT). */
const ROUTED = new Set(['nat', 'route', 'open']);

/** The first forward <interface> naming another device than the first one (one without dev counts as another). */
function secondDevice<T extends { readonly dev?: { readonly value: string } }>(interfaces: readonly T[]): T | undefined {
  const first = interfaces[0]?.dev?.value;
  return interfaces.find((iface, k) => k > 0 && (iface.dev === undefined || iface.dev.value !== first));
}

export default defineNetworkRule({
  meta: {
    id: 'network-forward-mode-elements',
    description:
      "what a network's forward mode forbids or needs: no <ip>, <dns> records, <domain>, <mac>, <mtu>, network-wide <bandwidth> or bridge settings with bridge, private, vepa, passthrough or hostdev; an <ip> and at most one forward device with nat and route (none with open)",
    defaultSeverity: 'error',
    reportsOn: [
      'network/forward',
      'network/forward@mode',
      'network/forward@dev',
      'forward/interface',
      'network/ip',
      'network/dns',
      'network/domain',
      'network/mac',
      'network/mtu',
      'network/bandwidth',
      'network/bridge@name',
      'network/bridge@stp',
      'network/bridge@delay',
      'network/bridge@zone',
      'network/bridge@macTableManager',
    ],
    libvirtMessages: [
      "Unsupported <mac> element in network %s with forward mode='%s'",
      "Unsupported <ip> element in network %s with forward mode='%s'",
      "Unsupported <dns> element in network %s with forward mode='%s'",
      "Unsupported <domain> element in network %s with forward mode='%s'",
      "Unsupported network-wide <bandwidth> element in network %s with forward mode='%s'",
      "%s forwarding requested, but no IP address provided for network '%s'",
      "multiple forwarding interfaces specified for network '%s', only one is supported",
      "forward dev not allowed for network '%s' with forward mode='%s'",
      'bridge name not allowed in %s mode (network %s)',
      'bridge zone not allowed in %s mode (network %s)',
      'bridge macTableManager setting not allowed in %s mode (network %s)',
      'bridge delay/stp/zone options only allowed in route, nat, and isolated mode, not in %s (network %s)',
      "A network with forward mode='%s' can specify a bridge name or a forward dev, but not both (network %s)",
      'mtu size only allowed in open, route, nat, and isolated mode, not in %s (network %s)',
    ],
  },
  check(network, context) {
    const forward = network.forward;
    if (!forward) return; // an isolated network takes all of it
    const mode = forward.mode?.value ?? 'nat';
    const report = (range: Range, message: string): void => context.report({ range, message });
    // libvirt counts `dev` as the first forward device when no <interface> is written.
    const devices = forward.interfaces.length > 0 ? forward.interfaces.length : forward.dev ? 1 : 0;

    if (ROUTED.has(mode)) {
      const written = forward.mode ? `forward mode='${mode}'` : 'a <forward> without mode (NAT)';
      if (network.ips.length === 0) {
        report(forward.nameRange, `${written} forwards the traffic of the network's own subnet, and this network has no <ip> to say which: libvirt refuses it. Add an <ip address='…' prefix='…'>, or remove <forward> for an isolated network`);
      }
      if (mode === 'open' && devices > 0) {
        report(forward.dev ? forward.dev.range : forward.interfaces[0]!.nameRange, "forward mode='open' puts no limits on where traffic goes, so libvirt refuses a forward device with it. Remove dev and the <interface> elements");
      } else {
        // A repeat of an earlier device is network-forward-devices' finding (libvirt's parser refuses it first).
        const second = secondDevice(forward.interfaces);
        if (second) report(second.nameRange, `a second forward <interface> with ${written}: libvirt forwards through one device and refuses the network. Keep one`);
      }
      return;
    }
    if (!EXTERNAL.has(mode)) return;

    const external = (what: string, fix: string): string => `${what} in a network with forward mode='${mode}', whose guests connect to a host device libvirt does not manage: libvirt refuses the network. ${fix}`;
    const bridge = network.bridge;
    if (mode !== 'bridge') {
      // These modes use the host's NICs directly: no bridge at all.
      if (bridge?.name) report(bridge.name.attributeRange, external('a bridge name', 'Remove the <bridge> element'));
      if (bridge?.zone) report(bridge.zone.attributeRange, external('a firewalld zone for the bridge', 'Remove zone'));
      if (bridge?.macTableManager) report(bridge.macTableManager.attributeRange, external("the bridge's macTableManager", 'Remove macTableManager'));
    }
    if (bridge) {
      // libvirt creates no bridge here, so it has none to set these on (`delay='0'` is the default, and accepted).
      const delay = bridge.delay ? parseCUnsigned(bridge.delay.value) : undefined;
      if (bridge.stp) report(bridge.stp.attributeRange, external('stp', 'Remove stp (set it on the bridge itself)'));
      if (bridge.delay && delay !== 0) report(bridge.delay.attributeRange, external('a bridge delay', 'Remove delay'));
      if (mode === 'bridge' && bridge.zone) report(bridge.zone.attributeRange, external('a firewalld zone for the bridge', 'Remove zone'));
      if (mode === 'bridge' && bridge.name && (devices > 0 || forward.pfs.length > 0)) {
        report(bridge.name.attributeRange, "forward mode='bridge' with both a bridge name and a forward device: libvirt refuses the network. Name the host bridge (<bridge name>) to use an existing bridge, or give the device (macvtap bridge mode), not both");
      }
    }
    if (network.mtu) report(network.mtu.nameRange, external('<mtu>', 'Remove <mtu> (set the MTU on the host device)'));
    if (network.mac) report(network.mac.nameRange, external('<mac> (the address of a bridge libvirt would create)', 'Remove <mac>'));
    for (const ip of network.ips) report(ip.nameRange, external('<ip> (an address libvirt would give its own bridge, with DHCP)', "Remove <ip>, or use forward mode='nat', 'route' or 'open'"));
    const dns = network.dns;
    if (dns && dns.txts.length + dns.hosts.length + dns.srvs.length > 0) report(dns.nameRange, external('<dns> records (served by the dnsmasq libvirt would start)', 'Remove the <txt>, <host> and <srv> records'));
    if (network.domain) report(network.domain.nameRange, external('<domain> (the DNS domain of the dnsmasq libvirt would start)', 'Remove <domain>'));
    // A bridge mode network with a named bridge may limit bandwidth on that bridge.
    if (network.bandwidth && !(mode === 'bridge' && bridge?.name)) {
      report(network.bandwidth.nameRange, external('a network-wide <bandwidth>', mode === 'bridge' ? "Name the bridge (<bridge name='…'/>), or set <bandwidth> on the guests' interfaces" : "Set <bandwidth> on the guests' interfaces or a <portgroup> instead"));
    }
  },
});
