/**
 * Version-table keys of a parsed document's items: the element path from the root, with extension
 * namespaces written as their short prefixes (`domain/qemu:commandline`). Recursive structures
 * (a `<backingStore>` inside a `<backingStore>`) collapse to one step, as the table lists them once.
 */
import type { XmlElement } from '../xml/tree.js';
import { NAMESPACE_PREFIXES } from './version-table.js';
import { ownEntry } from '../own-entry.js';

/** The namespace URI each prefix means at an element (from its own and its ancestors' xmlns attributes). */
function namespaceOf(el: XmlElement, prefix: string): string {
  const decl = prefix ? `xmlns:${prefix}` : 'xmlns';
  for (let cur: XmlElement | undefined = el; cur; cur = cur.parent) {
    const a = cur.attributes.find((x) => x.name === decl);
    if (a) return a.value;
  }
  return '';
}

/** A name as the table writes it: `local`, `qemu:local` for a known extension namespace, `{uri}local` otherwise. */
function tableName(el: XmlElement, qname: string, isAttribute: boolean): string {
  const i = qname.indexOf(':');
  const local = i < 0 ? qname : qname.slice(i + 1);
  if (i < 0 && isAttribute) return local; // unprefixed attributes are in no namespace
  if (qname.startsWith('xml:')) return qname; // bound by XML itself, never declared
  const ns = namespaceOf(el, i < 0 ? '' : qname.slice(0, i));
  if (!ns) return local;
  const short = ownEntry(NAMESPACE_PREFIXES, ns);
  return short ? `${short}:${local}` : `{${ns}}${local}`;
}

/** The table key of an element, computed from its parent's (pass the parent's key to avoid walking up again). */
export function elementKey(el: XmlElement, parentKey: string | undefined): string {
  const name = tableName(el, el.name, false);
  if (parentKey === undefined) return name;
  const last = parentKey.slice(parentKey.lastIndexOf('/') + 1);
  return last === name ? parentKey : `${parentKey}/${name}`;
}

/** The table key of an attribute of an element with key `elKey`; undefined for namespace declarations. */
export function attributeKey(el: XmlElement, elKey: string, attrName: string): string | undefined {
  if (attrName === 'xmlns' || attrName.startsWith('xmlns:')) return undefined;
  return `${elKey}/@${tableName(el, attrName, true)}`;
}

/** The table key of an element path in the grammar's names (`local` or `{uri}local`), e.g. from the editor's scanner. */
export function keyOfGrammarPath(names: readonly string[]): string {
  const steps: string[] = [];
  for (const n of names) {
    const m = /^\{([^}]*)\}(.*)$/.exec(n);
    const short = m ? NAMESPACE_PREFIXES[m[1] as string] : undefined;
    const step = m ? (short ? `${short}:${m[2]}` : n) : n;
    if (steps[steps.length - 1] !== step) steps.push(step);
  }
  return steps.join('/');
}
