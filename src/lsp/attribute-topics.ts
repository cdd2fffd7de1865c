/**
 * Whether a rule is about one attribute of one element, for hover. An attribute's name alone is
 * weak evidence: "type", "name" and "bus" occur in most descriptions, about other elements. So the
 * words are read for whose attribute they name:
 *
 * - a tag in the description names its element's attributes: `<driver name>`, `<disk type='vhostuser'>`;
 * - an element word right before the attribute does too: `disk-target-name-valid` is about
 *   `target`'s name, "address whose type" about `address`'s type;
 * - a rule id that starts with a device (`disk-…-bus-…`) is about that device's attribute;
 * - `io='native'` outside a tag names the attribute without its element.
 *
 * A rule that names the hovered attribute only as another element's is left out. A distinctive
 * attribute (`ioeventfd`, `txmode`) named with no owner at all still counts.
 */
import type { Rule } from '../rule.js';

/** Attribute names too common to link a rule by themselves (they need an owner that matches). */
export const GENERIC_ATTRIBUTES: ReadonlySet<string> = new Set(['type', 'name', 'model', 'mode', 'bus', 'dev', 'unit', 'index', 'port', 'slot', 'domain', 'function', 'value', 'id', 'path', 'file', 'target', 'format', 'state', 'enabled', 'size', 'device']);

/** Words for elements that are not devices (devices come from the grammar). */
const SUB_ELEMENTS = ['target', 'driver', 'source', 'address', 'model', 'alias', 'boot', 'mac', 'listen', 'backend', 'topology', 'cell', 'memnode', 'timer', 'loader', 'nvram', 'os', 'cpu', 'vcpu', 'feature', 'geometry', 'iotune', 'auth', 'secret', 'encryption', 'host', 'protocol', 'readonly', 'serial', 'wwn', 'vendor', 'product', 'link', 'bandwidth', 'tune', 'filterref', 'ip', 'route', 'mtu', 'coalesce', 'rom', 'acpi', 'stats', 'port', 'numa', 'memory', 'hugepages', 'emulator', 'devices', 'video', 'audio'];

/** Other words for an element (as in the rule ids and descriptions). */
const ALIASES: Readonly<Record<string, string>> = { net: 'interface', nic: 'interface', nics: 'interface', interfaces: 'interface', disks: 'disk', cdrom: 'disk', floppy: 'disk', lun: 'disk' };

/** Where a device's attribute really is, when words say "the disk bus": on its `<target>`. */
const HOMES: Readonly<Record<string, string>> = { 'disk@bus': 'target', 'disk@dev': 'target' };

/** Words between an element word and its attribute that still tie them ("address whose type"). */
const LINKS = new Set(['whose', 's', 'its']);

const normal = (w: string): string => ALIASES[w.toLowerCase()] ?? w.toLowerCase();

interface Reading {
  /** attribute → elements the text gives it to ('*' for `attr='…'` outside a tag). */
  readonly owners: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every word, lower-cased and aliased. */
  readonly words: ReadonlySet<string>;
}

const cache = new WeakMap<Rule, WeakMap<ReadonlySet<string>, Reading>>();

function read(rule: Rule, deviceNames: ReadonlySet<string>): Reading {
  let perDevices = cache.get(rule);
  if (!perDevices) cache.set(rule, (perDevices = new WeakMap()));
  const hit = perDevices.get(deviceNames);
  if (hit) return hit;

  const isElement = (w: string | undefined): boolean => w !== undefined && (deviceNames.has(w) || SUB_ELEMENTS.includes(w));
  const owners = new Map<string, Set<string>>();
  const own = (element: string, attribute: string): void => {
    const a = attribute.toLowerCase();
    const home = element === '*' ? '*' : (HOMES[`${element}@${a}`] ?? element);
    let set = owners.get(a);
    if (!set) owners.set(a, (set = new Set()));
    set.add(home);
  };

  const description = rule.meta.description;
  // Tags: `<driver name>`, `<disk type='vhostuser'>`, `<address type='drive' controller bus>`.
  for (const m of description.matchAll(/<([A-Za-z_][\w.:-]*)([^<>]*)>/g)) {
    const element = normal(m[1] as string);
    const inside = (m[2] as string).replace(/(['"])[^'"]*\1/g, ' ');
    for (const a of inside.split(/[\s=/]+/).filter((w) => /^[A-Za-z_][\w:.-]*$/.test(w))) own(element, a);
  }
  // Tags stay in the prose as their element's name: "a disk <address> whose type" is the address's type.
  const prose = description.replace(/<([A-Za-z_][\w.:-]*)[^<>]*>/g, ' $1 ');
  // `io='native'` outside a tag: the attribute, owner unknown.
  for (const m of prose.matchAll(/([A-Za-z_][\w:.-]*)=['"]/g)) own('*', m[1] as string);
  // Element word then attribute, in the id and in the prose.
  const idWords = rule.meta.id.split(/[-/]/).map(normal);
  const proseWords = prose.split(/[^A-Za-z0-9_]+/).filter(Boolean).map(normal);
  for (const words of [idWords, proseWords]) {
    for (let i = 1; i < words.length; i++) {
      const before = LINKS.has(words[i - 1] as string) ? words[i - 2] : words[i - 1];
      if (isElement(before) && !isElement(words[i])) own(before as string, words[i] as string);
    }
  }
  // An id that starts with a device is about that device's attributes named in it (`disk-device-bus-compat`).
  const head = idWords[0];
  if (head && deviceNames.has(head)) {
    for (let i = 1; i < idWords.length; i++) if (!isElement(idWords[i - 1]) && !isElement(idWords[i])) own(head, idWords[i] as string);
  }
  const reading = { owners, words: new Set([...idWords, ...proseWords]) };
  perDevices.set(deviceNames, reading);
  return reading;
}

/**
 * Whether `rule` concerns `attribute` on `element` (inside `device`, the `<devices>` child it
 * belongs to, if any).
 */
export function concernsAttribute(rule: Rule, attribute: string, element: string, device: string | undefined, deviceNames: ReadonlySet<string>): boolean {
  const a = attribute.toLowerCase();
  const { owners, words } = read(rule, deviceNames);
  const given = owners.get(a);
  if (given?.has(element)) return true;
  if (given?.has('*')) return words.has(element) || (device !== undefined && words.has(device)) || !GENERIC_ATTRIBUTES.has(a);
  // Named only as another element's attribute: not this one.
  if (given && given.size > 0) return false;
  return words.has(a) && !GENERIC_ATTRIBUTES.has(a);
}
