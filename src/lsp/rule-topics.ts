/**
 * Which rules concern an element or attribute, for hover. Rules do not declare the XML they look
 * at, so the link is read from their ids and descriptions (`disk-io-native-cache`: "io='native'
 * without cache='none'") and completed by a small table for links the words do not show (the
 * ioeventfd rule also depends on a disk's `<target bus>`).
 */
import { isRuleDocumentKind } from '../model/document-models.js';
import { ruleDocument, type Rule } from '../rule.js';
import { ownEntry } from '../own-entry.js';
import { concernsAttribute } from './attribute-topics.js';

/** Where the hovered name is: element names from the root, and the attribute when hovering one. */
export interface Topic {
  readonly path: readonly string[];
  readonly attribute?: string;
}

/** Words in rule ids and descriptions that stand for an element under another name. */
const ALIASES: Readonly<Record<string, string>> = { net: 'interface', nic: 'interface', nics: 'interface', disks: 'disk', interfaces: 'interface' };

/** Extra links: rule id → `element/…/element@attribute` suffixes of the paths it concerns. */
const EXTRA_TOPICS: Readonly<Record<string, readonly string[]>> = {
  'ioeventfd-requires-virtio': ['disk/target@bus', 'interface/model@type', 'disk/driver@ioeventfd', 'interface/driver@ioeventfd'],
  'emulator-supports-ioeventfd': ['devices/emulator', 'disk/driver@ioeventfd', 'interface/driver@ioeventfd'],
  // Rules whose verdict turns on the machine type, though their words do not name `<os><type machine>`.
  'vcpu-machine-limit': ['os/type@machine'],
  'vcpu-x86-over-255': ['os/type@machine'],
  'iommu-machine-and-ioapic': ['os/type@machine'],
  'feature-settings': ['os/type@machine'],
  'controller-model-qemu': ['os/type@machine'],
  'ide-controller-machine': ['os/type@machine'],
  'clock-timer-settings': ['os/type@machine'],
  'emulator-supports-device': ['os/type@machine'],
};

/**
 * Where the rules of documents other than `<domain>` (networks, pools, volumes, secrets, filters) report, as `element/…/element@attribute`
 * suffixes (as in EXTRA_TOPICS; hovering an element lists the rules about its attributes too), read
 * from where their findings point on the RuleTester tables' documents and the rule pages' examples,
 * and the attributes their checks read. For these rules the table is the whole answer: the words of
 * their descriptions are read as the domain's (`port`, `address`, `interface` are a domain's
 * elements), so a `<nat>` rule's "start" would otherwise claim a DHCP `<range start>`.
 */
const KIND_TOPICS: Readonly<Record<string, readonly string[]>> = {
  'network-dhcp-host': ['dhcp/host', 'dhcp/host@mac', 'dhcp/host@name', 'dhcp/host@id', 'dhcp/host@ip'],
  'network-dhcp-lease': ['dhcp/range/lease', 'dhcp/host/lease', 'lease@expiry', 'lease@unit'],
  'network-dhcp-one-per-family': ['ip/dhcp'],
  'network-dhcp-range': ['dhcp/range', 'dhcp/range@start', 'dhcp/range@end'],
  'network-dns-disabled': ['network/dns', 'network/dns@enable'],
  'network-dns-records': ['dns/forwarder', 'dns/forwarder@addr', 'dns/forwarder@domain', 'dns/srv', 'dns/srv@service', 'dns/srv@protocol', 'dns/srv@target', 'dns/srv@port', 'dns/srv@priority', 'dns/srv@weight'],
  'network-forward-devices': ['network/forward@dev', 'forward/interface', 'forward/interface@dev', 'forward/pf', 'forward/address'],
  'network-forward-mode-elements': [
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
  'network-forward-nat': ['forward/nat', 'nat/address', 'nat/address@start', 'nat/address@end', 'nat/port', 'nat/port@start', 'nat/port@end'],
  'network-ip-address': ['network/ip', 'network/ip@address', 'network/ip@family'],
  'network-ip-prefix': ['network/ip@prefix', 'network/ip@netmask'],
  'network-portgroup-unique': ['network/portgroup', 'network/portgroup@name', 'network/portgroup@default'],
  'network-route': ['network/route', 'network/route@address', 'network/route@prefix', 'network/route@netmask', 'network/route@gateway', 'network/route@metric', 'network/route@family'],
  'network-tftp-ipv4': ['ip/tftp', 'ip/tftp@root'],
  'network-vlan': ['network/vlan', 'portgroup/vlan', 'vlan/tag', 'vlan/tag@id'],
  'pool-adapter-parent-wwn': ['source/adapter@parent_wwnn', 'source/adapter@parent_wwpn'],
  'pool-adapter-unique-id': ['adapter/parentaddr', 'adapter/parentaddr@unique_id'],
  'pool-features-cow': ['features/cow', 'features/cow@state', 'pool@type'],
  'pool-permissions-mode': ['permissions/mode'],
  'volume-backing-store-format': ['volume@type', 'volume/backingStore', 'volume/target/format', 'target/format@type'],
  'volume-capacity-required': ['volume', 'volume/capacity'],
  'volume-compat-version': ['target/compat'],
  'volume-format-known': ['target/format@type', 'backingStore/format@type'],
  'volume-number-whitespace': ['volume/capacity', 'volume/allocation', 'target/clusterSize', 'permissions/mode', 'permissions/owner', 'permissions/group'],
  'volume-permissions-mode': ['permissions/mode'],
  'volume-size-overflow': ['volume/capacity', 'volume/allocation', 'target/clusterSize'],
  // A filter <rule>'s protocol element (tcp, ip, mac, arp, …) is `*`; `@*` is any of its attributes.
  'nwfilter-connlimit-decimal': ['rule/*@connlimit-above'],
  'nwfilter-filterref-self': ['filter/filterref', 'filter/filterref@filter'],
  'nwfilter-ip-address': ['rule/*@srcipaddr', 'rule/*@dstipaddr', 'rule/*@srcipfrom', 'rule/*@srcipto', 'rule/*@dstipfrom', 'rule/*@dstipto', 'rule/*@arpsrcipaddr', 'rule/*@arpdstipaddr'],
  'nwfilter-ip-ports-protocol': ['rule/ip@protocol', 'rule/ipv6@protocol', ...['ip', 'ipv6'].flatMap((p) => ['srcportstart', 'srcportend', 'dstportstart', 'dstportend'].map((a) => `rule/${p}@${a}`))],
  'nwfilter-mask': ['rule/*@srcmacmask', 'rule/*@dstmacmask', 'rule/*@root-address-mask', 'rule/*@sender-address-mask', 'rule/*@srcipmask', 'rule/*@dstipmask'],
  'nwfilter-value-whitespace': ['filter@chain', 'filter@priority', 'rule@action', 'rule@direction', 'rule/*@*'],
  'nwfilter-variable': ['rule/*@*'],
};

interface RuleWords {
  /** Every word of the id and description, lower-cased, aliases resolved. */
  readonly all: ReadonlySet<string>;
  /** Words that name elements: id words, and `<name` written as a tag in the description. */
  readonly elements: ReadonlySet<string>;
}

const wordsCache = new WeakMap<Rule, RuleWords>();

/** A word and its alias; a plugin's description may hold any word, 'constructor' included. */
const withAlias = (w: string): string[] => {
  const alias = ownEntry(ALIASES, w);
  return alias ? [w, alias] : [w];
};

const withAliases = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()).filter(Boolean).flatMap(withAlias));

function wordsOf(rule: Rule): RuleWords {
  let words = wordsCache.get(rule);
  if (!words) {
    const id = rule.meta.id.split(/[-/]/);
    const tags = [...rule.meta.description.matchAll(/<([A-Za-z_][\w.:-]*)/g)].map((m) => m[1] as string);
    words = {
      all: withAliases([...id, ...rule.meta.description.split(/[^A-Za-z0-9_:]+/)]),
      // Plain prose ("two devices with…") is too loose for elements; ids and tags are deliberate.
      elements: withAliases([...id, ...tags]),
    };
    wordsCache.set(rule, words);
  }
  return words;
}

function matchesSuffix(topic: Topic, suffix: string): boolean {
  const [elements, attribute] = suffix.split('@') as [string, string | undefined];
  // `*` stands for any one element step, `@*` for any attribute.
  if (attribute === '*' ? topic.attribute === undefined : (attribute ?? undefined) !== topic.attribute) return false;
  const want = elements.split('/');
  if (want.length > topic.path.length) return false;
  return want.every((w, i) => w === '*' || topic.path[topic.path.length - want.length + i] === w);
}

/**
 * Rules about a topic. `deviceNames` are the elements allowed under `<devices>`: a rule that names
 * another device than the one hovered (an interface rule, hovering a disk's driver) is left out,
 * while a rule naming no device at all (PCI addresses) concerns every device.
 */
export function rulesConcerning(topic: Topic, rules: readonly Rule[], deviceNames: ReadonlySet<string>): Rule[] {
  const element = topic.path[topic.path.length - 1];
  if (!element) return [];
  // A rule speaks of its own kind of document (a network's <ip> is not a domain interface's), and the
  // linter runs it on no other: network rules concern <network> documents only, domain rules
  // <domain> documents only, and a kind no rule checks (a <domainsnapshot>'s <disk>) none.
  // A rule's kind is its document's root element name (`filter` for a network filter).
  const kind = topic.path[0] ?? '';
  if (!isRuleDocumentKind(kind)) return [];
  const devicesAt = topic.path.indexOf('devices');
  // The device the hovered name belongs to (disk for disk/driver), or undefined outside <devices>.
  const device = devicesAt >= 0 ? topic.path[devicesAt + 1] : undefined;
  return rules.filter((rule) => {
    if (ruleDocument(rule) !== kind) return false;
    const table = ownEntry(KIND_TOPICS, rule.meta.id);
    // An element is concerned by the rules about it and about its attributes.
    if (table) return table.some((s) => matchesSuffix(topic, topic.attribute === undefined ? (s.split('@')[0] as string) : s));
    if ((ownEntry(EXTRA_TOPICS, rule.meta.id) ?? []).some((s) => matchesSuffix(topic, s))) return true;
    const { all, elements } = wordsOf(rule);
    const otherDevice = [...all].some((w) => deviceNames.has(w) && w !== device && w !== element);
    if (device && otherDevice && !all.has(device)) return false;
    // An attribute name alone is weak evidence ("type" is everywhere): whose attribute the words name decides.
    if (topic.attribute !== undefined) return concernsAttribute(rule, topic.attribute, element, device, deviceNames);
    return elements.has(element) && (device === undefined || device === element || all.has(device) || !otherDevice);
  });
}
