/**
 * From a document element to the names the grammar index speaks (`local` or `{uri}local`), and the
 * element patterns that describe it. Pure functions with no file access: the schema step's wording
 * uses them in the browser too.
 */
import type { XmlElement } from '../xml/tree.js';
import type { ElementInfo, GrammarIndex } from './index-grammar.js';

/** In-scope namespace declarations of a document element (the parser keeps xmlns as attributes). */
export function namespacesInScope(el: XmlElement): Map<string, string> {
  const chain: XmlElement[] = [];
  for (let cur: XmlElement | undefined = el; cur; cur = cur.parent) chain.push(cur);
  const map = new Map<string, string>();
  for (const e of chain.reverse()) addDeclarations(e, map);
  return map;
}

function addDeclarations(el: XmlElement, map: Map<string, string>): void {
  for (const a of el.attributes) {
    if (a.name === 'xmlns') map.set('', a.value);
    else if (a.name.startsWith('xmlns:')) map.set(a.name.slice(6), a.value);
  }
}

function declaresNamespaces(el: XmlElement): boolean {
  for (const a of el.attributes) if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) return true;
  return false;
}

/**
 * The namespaces in scope at `el` given those of its parent, as namespacesInScope says (same
 * entries in the same order) without walking the ancestors again: the parent's map itself when
 * `el` declares nothing (the maps are only read).
 */
export function namespacesWithin(el: XmlElement, parentScope: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  if (!declaresNamespaces(el)) return parentScope;
  const map = new Map(parentScope);
  addDeclarations(el, map);
  return map;
}

/** The grammar name of a document element: `local`, or `{uri}local` when it is in a namespace. */
export function grammarNameOf(el: XmlElement, scope: ReadonlyMap<string, string> = namespacesInScope(el)): string {
  const i = el.name.indexOf(':');
  const prefix = i < 0 ? '' : el.name.slice(0, i);
  const local = i < 0 ? el.name : el.name.slice(i + 1);
  const ns = scope.get(prefix) ?? '';
  return ns ? `{${ns}}${local}` : local;
}

/** `el` and its ancestors, from the document element down. */
function chainTo(el: XmlElement): XmlElement[] {
  const chain: XmlElement[] = [];
  for (let cur: XmlElement | undefined = el; cur; cur = cur.parent) chain.push(cur);
  return chain.reverse();
}

/**
 * The path of grammar names from the root to `el`, as GrammarIndex.elementsAt takes it. The scopes
 * are carried down the chain (namespacesInScope per element would be quadratic in the depth).
 */
export function grammarPathOf(el: XmlElement): string[] {
  const out: string[] = [];
  let scope: ReadonlyMap<string, string> = new Map();
  for (const e of chainTo(el)) {
    scope = namespacesWithin(e, scope);
    out.push(grammarNameOf(e, scope));
  }
  return out;
}

/** An element's attributes keyed by grammar name (`local` or `{uri}local`), namespace declarations left out. */
export function attributeMapOf(el: XmlElement, scope: ReadonlyMap<string, string> = namespacesInScope(el)): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of el.attributes) {
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
    const i = a.name.indexOf(':');
    if (i < 0) {
      out.set(a.name, a.value);
      continue;
    }
    const prefix = a.name.slice(0, i);
    const ns = prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : scope.get(prefix);
    out.set(ns ? `{${ns}}${a.name.slice(i + 1)}` : a.name, a.value);
  }
  return out;
}

/**
 * The element patterns that may describe `el` where it stands in its document, narrowed at every
 * level by the attribute values written there (so the `<source>` of a `<disk type='file'>` is the
 * file one). Empty when the grammar does not allow the element there.
 */
export function elementsFor(index: GrammarIndex, el: XmlElement): readonly ElementInfo[] {
  let current: readonly ElementInfo[] = [];
  let scope: ReadonlyMap<string, string> = new Map();
  for (const [i, e] of chainTo(el).entries()) {
    scope = namespacesWithin(e, scope);
    current = elementsWithin(index, i === 0 ? undefined : current, e, scope);
    if (current.length === 0) break;
  }
  return current;
}

/**
 * One step of elementsFor: the patterns for `el` given those for its parent (undefined for the
 * document element) and the namespaces in scope at `el`. A caller that keeps the patterns of each
 * element (the schema messages) narrows a whole document in one step per element.
 */
export function elementsWithin(index: GrammarIndex, parentInfos: readonly ElementInfo[] | undefined, el: XmlElement, scope: ReadonlyMap<string, string>): readonly ElementInfo[] {
  const name = grammarNameOf(el, scope);
  const pool = parentInfos === undefined ? index.elementsAt([name]) : index.childInfos(parentInfos, name);
  if (pool.length === 0) return pool;
  const attrs = attributeMapOf(el, scope);
  return pool.map((c) => index.specialize(c, attrs));
}
