/**
 * Which rules concern an element or attribute, for hover. A rule that declares where it reports
 * (`meta.reportsOn`, as every rule of a document other than the domain does) is listed there. The
 * domain's rules do not: the link is read from their ids and descriptions (`disk-io-native-cache`:
 * "io='native' without cache='none'") and completed by a small table for links the words do not
 * show (the ioeventfd rule also depends on a disk's `<target bus>`).
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
    // A rule saying where it reports (every rule of a kind other than the domain does: the words
    // of their descriptions would be read as the domain's, so a <nat> rule's "start" would claim a
    // DHCP <range start>): that is the whole answer. An element is concerned by the rules about it
    // and about its attributes.
    const table = rule.meta.reportsOn;
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
