/**
 * The grammar index: what a RelaxNG schema set allows where, for precise schema messages (the
 * schema step) and for completion and hover (the language server).
 *
 *   const index = grammarIndexFor(schemaDir, 'domain');        // loaded once per process and set
 *   index.describe(['domain', 'devices', 'disk', 'driver']);    // attributes (required?, values or
 *                                                               // words for the datatype), children,
 *                                                               // text, a:documentation
 *   elementsFor(index, xmlElement);                             // the same for an element of a parsed
 *                                                               // document, narrowed by the attribute
 *                                                               // values on it and its ancestors
 *   index.parentsOf('disk');                                    // ['devices']
 *
 * Lower level: elementsAt(path) / childInfos(parents, name) / specialize(info, attributes) / info().
 * Names are `local`, or `{uri}local` for namespaced ones (grammarNameOf resolves document prefixes).
 * Everything is computed on first use and memoised; loading a set takes a few hundred milliseconds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KIND_GRAMMARS } from '../schema/kinds.js';
import { BUNDLED_SCHEMA_DIR } from '../schema/bundled.js';
import type { DocumentKind } from '../types.js';
import type { XmlElement } from '../xml/tree.js';
import { type ElementInfo, GrammarIndex } from './index-grammar.js';
import { loadGrammar } from './load.js';

export { GrammarIndex } from './index-grammar.js';
export type { AttributeInfo, ChildInfo, ElementInfo, ElementSummary, ValueSpec } from './index-grammar.js';
export { GrammarLoadError, loadGrammar } from './load.js';
export { describeData, describeNamedType } from './describe.js';
export type { ElementPattern, Grammar, Pattern } from './model.js';

/** Loaded indexes by absolute grammar file: each grammar is read once per process. */
const indexes = new Map<string, GrammarIndex | undefined>();

/**
 * The index of the grammar for a document kind in a schema set (default: the bundled grammar), or
 * undefined when the set has no grammar for that kind. Throws GrammarLoadError for a broken set.
 */
export function grammarIndexFor(schemaDir: string | undefined, kind: DocumentKind): GrammarIndex | undefined {
  const dir = path.resolve(schemaDir ?? BUNDLED_SCHEMA_DIR);
  const file = path.join(dir, KIND_GRAMMARS[kind].file);
  if (indexes.has(file)) return indexes.get(file);
  const index = fs.existsSync(file) ? new GrammarIndex(loadGrammar(dir, file)) : undefined;
  indexes.set(file, index);
  return index;
}

/** Whether the index for a kind in a schema set has been loaded in this process (valid documents never load it). */
export function isGrammarIndexLoaded(schemaDir: string | undefined, kind: DocumentKind): boolean {
  const dir = path.resolve(schemaDir ?? BUNDLED_SCHEMA_DIR);
  return indexes.has(path.join(dir, KIND_GRAMMARS[kind].file));
}

/** Forgets loaded indexes (an editor calls this when a schema file changes on disk). */
export function clearGrammarIndexes(): void {
  indexes.clear();
}

/** In-scope namespace declarations of a document element (the parser keeps xmlns as attributes). */
export function namespacesInScope(el: XmlElement): Map<string, string> {
  const chain: XmlElement[] = [];
  for (let cur: XmlElement | undefined = el; cur; cur = cur.parent) chain.push(cur);
  const map = new Map<string, string>();
  for (const e of chain.reverse()) {
    for (const a of e.attributes) {
      if (a.name === 'xmlns') map.set('', a.value);
      else if (a.name.startsWith('xmlns:')) map.set(a.name.slice(6), a.value);
    }
  }
  return map;
}

/** The grammar name of a document element: `local`, or `{uri}local` when it is in a namespace. */
export function grammarNameOf(el: XmlElement, scope: Map<string, string> = namespacesInScope(el)): string {
  const i = el.name.indexOf(':');
  const prefix = i < 0 ? '' : el.name.slice(0, i);
  const local = i < 0 ? el.name : el.name.slice(i + 1);
  const ns = scope.get(prefix) ?? '';
  return ns ? `{${ns}}${local}` : local;
}

/** The path of grammar names from the root to `el`, as GrammarIndex.elementsAt takes it. */
export function grammarPathOf(el: XmlElement): string[] {
  const out: string[] = [];
  for (let cur: XmlElement | undefined = el; cur; cur = cur.parent) out.push(grammarNameOf(cur));
  return out.reverse();
}

/** An element's attributes keyed by grammar name (`local` or `{uri}local`), namespace declarations left out. */
export function attributeMapOf(el: XmlElement, scope: Map<string, string> = namespacesInScope(el)): Map<string, string> {
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
  const chain: XmlElement[] = [];
  for (let cur: XmlElement | undefined = el; cur; cur = cur.parent) chain.push(cur);
  chain.reverse();
  let current: readonly ElementInfo[] = [];
  for (const [i, e] of chain.entries()) {
    const scope = namespacesInScope(e);
    const name = grammarNameOf(e, scope);
    const pool = i === 0 ? index.elementsAt([name]) : index.childInfos(current, name);
    const attrs = attributeMapOf(e, scope);
    current = pool.map((c) => index.specialize(c, attrs));
    if (current.length === 0) break;
  }
  return current;
}
