/**
 * Every item of a grammar (the domain's or another document kind's) as a version-table key: each
 * element reachable from the start, each attribute it names and each value it enumerates (for
 * attributes and for element text); a snapshot's or checkpoint's embedded domain is left to the
 * domain grammar's items (embedded-domains.ts). The coverage test, the differential tests and
 * `scripts/version-coverage.mjs` use it to find items without a version. The only module of
 * src/targets that reads the grammar index (grammarIndexFor, rootPatterns, childPatterns, info): a
 * new grammar engine is adapted here.
 */
import { type GrammarIndex, grammarIndexFor } from '../grammar/index.js';
import { clark, type ElementPattern, namesOf } from '../grammar/model.js';
import type { DocumentKind } from '../types.js';
import { keyOfGrammarPath } from './document-keys.js';
import { EMBEDDED_DOMAINS } from './embedded-domains.js';

export type GrammarItemKind = 'element' | 'attribute' | 'value';

export interface GrammarItem {
  readonly key: string;
  readonly kind: GrammarItemKind;
  /** Where the grammar declares it (`devices/disk.rng:120`), for the test's message. */
  readonly source: string;
  /**
   * An attribute or element whose value may also be something other than its listed values (a data
   * pattern or text): a value the grammar does not list may still be accepted there.
   */
  readonly open?: true;
}

export function grammarItems(index: GrammarIndex, relativeTo: string): GrammarItem[] {
  const items = new Map<string, GrammarItem>();
  const add = (key: string, kind: GrammarItemKind, src: { file: string; line: number }, open = false): void => {
    const prev = items.get(key);
    // One declaration with a data pattern opens the item, whichever declaration came first.
    if (prev) {
      if (open && !prev.open) items.set(key, { ...prev, open: true });
      return;
    }
    const source = `${src.file.startsWith(relativeTo) ? src.file.slice(relativeTo.length).replace(/^\//, '') : src.file}:${src.line}`;
    items.set(key, { key, kind, source, ...(open ? { open: true as const } : {}) });
  };
  // Depth-first over element patterns; a pattern already on the current path is not entered again
  // (recursive structures such as nested <backingStore> collapse to one key anyway).
  const walk = (el: ElementPattern, parents: readonly string[], onPath: Set<number>): void => {
    for (const n of namesOf(el.name)) {
      const names = [...parents, clark(n.ns, n.local)];
      const key = keyOfGrammarPath(names);
      const info = index.info(el);
      add(key, 'element', info.source, (info.text?.forms.length ?? 0) > 0);
      // A snapshot's or checkpoint's embedded domain: the element is this kind's item, what it holds
      // the domain grammar's items (under the domain's keys, see tableKeyOf).
      if (EMBEDDED_DOMAINS.includes(key)) continue;
      for (const a of info.attributes) {
        const aKey = `${key}/@${keyOfGrammarPath([a.name])}`;
        add(aKey, 'attribute', a.source, a.value.forms.length > 0);
        for (const v of a.value.values) if (v !== '') add(`${aKey}=${v}`, 'value', a.source);
      }
      for (const v of info.text?.values ?? []) if (v !== '') add(`${key}=${v}`, 'value', info.source);
      if (onPath.has(el.id)) continue;
      onPath.add(el.id);
      for (const c of index.childPatterns(el)) walk(c, names, onPath);
      onPath.delete(el.id);
    }
  };
  for (const root of index.rootPatterns()) walk(root, [], new Set());
  return [...items.values()];
}

/**
 * The items of one document kind's grammar in `schemaDir` (default: the bundled grammar; a
 * release's directory holds libvirt's file of the same name, `network.rng`, `storagepool.rng`, …);
 * sources relative to `relativeTo`. Keys start with the kind's root element (`network/…`).
 */
export function kindGrammarItems(kind: DocumentKind, schemaDir?: string, relativeTo = ''): GrammarItem[] {
  const index = grammarIndexFor(schemaDir, kind);
  if (!index) throw new Error(`no ${kind} grammar in ${schemaDir ?? 'the bundled schemas'}`);
  return grammarItems(index, relativeTo);
}

/** The items of the domain grammar in `schemaDir` (default: the bundled grammar); sources relative to `relativeTo`. */
export function domainGrammarItems(schemaDir?: string, relativeTo = ''): GrammarItem[] {
  return kindGrammarItems('domain', schemaDir, relativeTo);
}
