/**
 * Version-table keys of a parsed document's items: the element path from the root, with extension
 * namespaces written as their short prefixes (`domain/qemu:commandline`). Recursive structures
 * (a `<backingStore>` inside a `<backingStore>`) collapse to one step, as the table lists them once.
 */
import type { XmlElement } from '../xml/tree.js';
import { NAMESPACE_PREFIXES } from './version-table.js';
import { ownEntry } from '../own-entry.js';

/** Prefix ('' for the default) → namespace URI declared at an element or its ancestors. */
export type NamespaceScope = ReadonlyMap<string, string>;

/**
 * The scope at `el` from its parent's (undefined for the document element): the parent's map when
 * `el` declares nothing. Carried down the walk: looking each prefix up the ancestors again is
 * quadratic in the depth, and `--max-depth` may allow 100,000 levels.
 */
export function scopeWithin(el: XmlElement, parentScope: NamespaceScope | undefined): NamespaceScope {
  let scope: Map<string, string> | undefined;
  for (const a of el.attributes) {
    const prefix = a.name === 'xmlns' ? '' : a.name.startsWith('xmlns:') ? a.name.slice(6) : undefined;
    if (prefix === undefined) continue;
    scope ??= new Map(parentScope);
    scope.set(prefix, a.value); // the parser refuses a repeated attribute: one declaration per prefix
  }
  return scope ?? parentScope ?? new Map();
}

/** A name as the table writes it: `local`, `qemu:local` for a known extension namespace, `{uri}local` otherwise. */
function tableName(scope: NamespaceScope, qname: string, isAttribute: boolean): string {
  const i = qname.indexOf(':');
  const local = i < 0 ? qname : qname.slice(i + 1);
  if (i < 0 && isAttribute) return local; // unprefixed attributes are in no namespace
  if (qname.startsWith('xml:')) return qname; // bound by XML itself, never declared
  const ns = scope.get(i < 0 ? '' : qname.slice(0, i)) ?? '';
  if (!ns) return local;
  const short = ownEntry(NAMESPACE_PREFIXES, ns);
  return short ? `${short}:${local}` : `{${ns}}${local}`;
}

/** The table key of an element in scope `scope` (its own, see scopeWithin), computed from its parent's key. */
export function elementKey(el: XmlElement, scope: NamespaceScope, parentKey: string | undefined): string {
  const name = tableName(scope, el.name, false);
  if (parentKey === undefined) return name;
  const last = parentKey.slice(parentKey.lastIndexOf('/') + 1);
  return last === name ? parentKey : `${parentKey}/${name}`;
}

/** The table key of an attribute of an element with key `elKey` and scope `scope`; undefined for namespace declarations. */
export function attributeKey(scope: NamespaceScope, elKey: string, attrName: string): string | undefined {
  if (attrName === 'xmlns' || attrName.startsWith('xmlns:')) return undefined;
  return `${elKey}/@${tableName(scope, attrName, true)}`;
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
