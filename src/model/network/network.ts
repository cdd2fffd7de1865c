/**
 * The read-only model of a `<network>` document (libvirt's virtual network, `virsh net-define`) that
 * network rules read: like the domain model (src/model/domain.ts), every value a {@link Located} with
 * the range it is written at, every node a {@link Span}; rules never see the XML tree.
 *
 * Only what the network rules read is modelled: identity, the host side (`<bridge>`, `<mac>`,
 * `<forward>`, `<bandwidth>`), DNS, port groups, static routes, and the `<ip>` elements with their DHCP sections.
 */
import type { Span, Text } from '../located.js';
import { AttrRecord, type SpanWith, type XmlElement, child, linkElement, mapChildren, spanOf, spanOfChild, textValue } from '../read.js';

/** `<bridge>`: the host bridge behind the network. */
export type NetworkBridge = SpanWith<'name' | 'stp' | 'delay' | 'zone' | 'macTableManager'>;

/** `<forward>`: how traffic leaves the network; no element means an isolated network, no `mode` means NAT. */
export interface NetworkForward extends SpanWith<'mode' | 'dev' | 'managed'> {
  /** `<interface dev>` entries of the device pool. */
  readonly interfaces: readonly SpanWith<'dev'>[];
  /** `<pf dev>`: the SR-IOV physical function whose virtual functions form the pool. */
  readonly pfs: readonly SpanWith<'dev'>[];
  /** `<address type='pci' …>` entries of the device pool. */
  readonly addresses: readonly Span[];
  /** `<nat>`: the addresses and ports NAT rewrites to (libvirt reads the first). */
  readonly nat?: NetworkNat;
}

/** `<forward><nat>`: a source address range (`<address start end>`) and port range (`<port start end>`). */
export interface NetworkNat extends Span {
  readonly addresses: readonly SpanWith<'start' | 'end'>[];
  readonly ports: readonly SpanWith<'start' | 'end'>[];
}

/** `<dns>`: the network's DNS server settings and records. */
export interface NetworkDns extends SpanWith<'enable' | 'forwardPlainNames'> {
  readonly forwarders: readonly SpanWith<'addr' | 'domain'>[];
  readonly txts: readonly SpanWith<'name' | 'value'>[];
  readonly hosts: readonly SpanWith<'ip'>[];
  /** `<srv>` records; `port`, `priority` and `weight` need a `target`. */
  readonly srvs: readonly SpanWith<'service' | 'protocol' | 'target' | 'domain' | 'port' | 'priority' | 'weight'>[];
}

/** `<lease expiry unit>` of a DHCP range or host (`expiry='0'` is an infinite lease; the unit defaults to minutes). */
export type DhcpLease = SpanWith<'expiry' | 'unit'>;

/** `<dhcp><range start end>`. */
export interface DhcpRange extends SpanWith<'start' | 'end'> {
  readonly lease?: DhcpLease;
}

/** `<dhcp><host mac|id name ip>`: a static lease. */
export interface DhcpHost extends SpanWith<'mac' | 'id' | 'name' | 'ip'> {
  readonly lease?: DhcpLease;
}

/** `<portgroup name default>`: settings guests' interfaces pick with `<source portgroup>`. */
export interface NetworkPortgroup extends SpanWith<'name' | 'default'> {
  /** The port group's `<vlan>` (the element; its tags are not modelled). */
  readonly vlan?: Span;
  /** The port group's `<virtualport type>`. */
  readonly virtualport?: SpanWith<'type'>;
}

/** `<dhcp>` of one `<ip>`. */
export interface NetworkDhcp extends Span {
  readonly ranges: readonly DhcpRange[];
  readonly hosts: readonly DhcpHost[];
  readonly bootp?: Span;
}

/** `<ip>`: an address of the host side of the network, its subnet (prefix or netmask) and DHCP. */
export interface NetworkIp extends SpanWith<'address' | 'netmask' | 'prefix' | 'family' | 'localPtr'> {
  readonly dhcp?: NetworkDhcp;
  readonly tftp?: Span;
}

/** `<route>`: a static route through a gateway on one of the network's subnets. */
export type NetworkRoute = SpanWith<'family' | 'address' | 'netmask' | 'prefix' | 'gateway' | 'metric'>;

/** The read-only model of a `<network>` that network rules inspect. */
export interface Network extends Span {
  readonly name?: Text;
  readonly uuid?: Text;
  readonly bridge?: NetworkBridge;
  /** `<mtu size>` of the bridge. */
  readonly mtu?: SpanWith<'size'>;
  /** `<mac address>` of the bridge. */
  readonly mac?: SpanWith<'address'>;
  readonly forward?: NetworkForward;
  /** `<domain name>`: the DNS domain of the network. */
  readonly domain?: SpanWith<'name'>;
  readonly dns?: NetworkDns;
  /** The network-wide `<bandwidth>` (not a port group's). */
  readonly bandwidth?: Span;
  /** Every `<ip>`, in document order. */
  readonly ips: readonly NetworkIp[];
  /** Every `<portgroup>`, in document order. */
  readonly portgroups: readonly NetworkPortgroup[];
  /** Every `<route>`, in document order. */
  readonly routes: readonly NetworkRoute[];
  /** The network-wide `<vlan>` (the element; its tags are not modelled). */
  readonly vlan?: Span;
  /** The network-wide `<virtualport type>`. */
  readonly virtualport?: SpanWith<'type'>;
}

const BRIDGE = new AttrRecord({ name: 'name', stp: 'stp', delay: 'delay', zone: 'zone', macTableManager: 'macTableManager' });
const MTU = new AttrRecord({ size: 'size' });
const FORWARD = new AttrRecord({ mode: 'mode', dev: 'dev', managed: 'managed' });
const DEV = new AttrRecord({ dev: 'dev' });
const ADDRESS = new AttrRecord({ address: 'address' });
const NAME = new AttrRecord({ name: 'name' });
const DNS = new AttrRecord({ enable: 'enable', forwardPlainNames: 'forwardPlainNames' });
const FORWARDER = new AttrRecord({ addr: 'addr', domain: 'domain' });
const TXT = new AttrRecord({ name: 'name', value: 'value' });
const IP_ATTR = new AttrRecord({ ip: 'ip' });
const SRV = new AttrRecord({ service: 'service', protocol: 'protocol', target: 'target', domain: 'domain', port: 'port', priority: 'priority', weight: 'weight' });
const IP = new AttrRecord({ address: 'address', netmask: 'netmask', prefix: 'prefix', family: 'family', localPtr: 'localPtr' });
const RANGE = new AttrRecord({ start: 'start', end: 'end' });
const HOST = new AttrRecord({ mac: 'mac', id: 'id', name: 'name', ip: 'ip' });
const LEASE = new AttrRecord({ expiry: 'expiry', unit: 'unit' });
const ROUTE = new AttrRecord({ family: 'family', address: 'address', netmask: 'netmask', prefix: 'prefix', gateway: 'gateway', metric: 'metric' });
const PORTGROUP = new AttrRecord({ name: 'name', default: 'default' });
const TYPE = new AttrRecord({ type: 'type' });

function buildPortgroup(el: XmlElement): NetworkPortgroup {
  const out = PORTGROUP.read(el) as SpanWith<'name' | 'default'> & { vlan?: Span; virtualport?: SpanWith<'type'> };
  out.vlan = spanOfChild(el, 'vlan');
  out.virtualport = TYPE.readChild(el, 'virtualport');
  return out;
}

function buildRange(el: XmlElement): DhcpRange {
  const out = RANGE.read(el) as SpanWith<'start' | 'end'> & { lease?: DhcpLease };
  out.lease = LEASE.readChild(el, 'lease');
  return out;
}

function buildHost(el: XmlElement): DhcpHost {
  const out = HOST.read(el) as SpanWith<'mac' | 'id' | 'name' | 'ip'> & { lease?: DhcpLease };
  out.lease = LEASE.readChild(el, 'lease');
  return out;
}

const readDev = (el: XmlElement): SpanWith<'dev'> => DEV.read(el);

function buildForward(el: XmlElement | undefined): NetworkForward | undefined {
  if (!el) return undefined;
  const out = FORWARD.read(el) as SpanWith<'mode' | 'dev' | 'managed'> & { interfaces?: unknown; pfs?: unknown; addresses?: unknown; nat?: NetworkNat };
  out.interfaces = mapChildren(el, 'interface', readDev);
  out.pfs = mapChildren(el, 'pf', readDev);
  out.addresses = mapChildren(el, 'address', spanOf);
  const nat = child(el, 'nat');
  if (nat) out.nat = { tag: nat.name, nameRange: nat.nameRange, range: nat.range, addresses: mapChildren(nat, 'address', (c) => RANGE.read(c)), ports: mapChildren(nat, 'port', (c) => RANGE.read(c)) };
  return out as NetworkForward;
}

function buildDns(el: XmlElement | undefined): NetworkDns | undefined {
  if (!el) return undefined;
  const out = DNS.read(el) as SpanWith<'enable' | 'forwardPlainNames'> & Record<string, unknown>;
  out.forwarders = mapChildren(el, 'forwarder', (c) => FORWARDER.read(c));
  out.txts = mapChildren(el, 'txt', (c) => TXT.read(c));
  out.hosts = mapChildren(el, 'host', (c) => IP_ATTR.read(c));
  out.srvs = mapChildren(el, 'srv', (c) => SRV.read(c));
  return out as unknown as NetworkDns;
}

function buildDhcp(el: XmlElement | undefined): NetworkDhcp | undefined {
  if (!el) return undefined;
  const bootp = child(el, 'bootp');
  return {
    tag: el.name,
    nameRange: el.nameRange,
    range: el.range,
    ranges: mapChildren(el, 'range', buildRange),
    hosts: mapChildren(el, 'host', buildHost),
    bootp: bootp ? spanOf(bootp) : undefined,
  };
}

function buildIp(el: XmlElement): NetworkIp {
  const out = IP.read(el) as SpanWith<'address' | 'netmask' | 'prefix' | 'family' | 'localPtr'> & { dhcp?: NetworkDhcp; tftp?: Span };
  // libvirt reads the first <dhcp> and the first <tftp> of an <ip>.
  out.dhcp = buildDhcp(child(el, 'dhcp'));
  const tftp = child(el, 'tftp');
  out.tftp = tftp ? spanOf(tftp) : undefined;
  return out;
}

/** Builds the network model from a parsed `<network>` element. Never throws on unexpected shapes. */
export function buildNetwork(root: XmlElement): Network {
  const bandwidth = child(root, 'bandwidth');
  return linkElement<Network>(
    {
      tag: root.name,
      nameRange: root.nameRange,
      range: root.range,
      name: textValue(child(root, 'name')),
      uuid: textValue(child(root, 'uuid')),
      bridge: BRIDGE.readChild(root, 'bridge'),
      mtu: MTU.readChild(root, 'mtu'),
      mac: ADDRESS.readChild(root, 'mac'),
      forward: buildForward(child(root, 'forward')),
      domain: NAME.readChild(root, 'domain'),
      dns: buildDns(child(root, 'dns')),
      bandwidth: bandwidth ? spanOf(bandwidth) : undefined,
      ips: mapChildren(root, 'ip', buildIp),
      portgroups: mapChildren(root, 'portgroup', buildPortgroup),
      routes: mapChildren(root, 'route', (c) => ROUTE.read(c)),
      vlan: spanOfChild(root, 'vlan'),
      virtualport: TYPE.readChild(root, 'virtualport'),
    },
    root,
  );
}
