/**
 * What the grammar step reports of a tree the engine has walked: the wording of its errors
 * (wording.ts) and white space around listed values (value-whitespace.ts), both of which may ask
 * the grammar index. Shared by the command line's step (check.ts, whose index comes from the
 * grammar files on disk) and the browser's (src/browser.ts, whose index comes from the model
 * compiled at build time): nothing from Node, so the page reports what the command line does.
 */
import type { GrammarIndex } from '../grammar/index-grammar.js';
import type { Diagnostic, Range } from '../types.js';
import type { ParsedDocument } from '../xml/parse.js';
import type { TreeValidation } from './feed.js';
import type * as WordingModule from './wording.js';
import type * as WhitespaceModule from './value-whitespace.js';

/**
 * Asks the schema step to word only the diagnostics a per-rule cap can show: the first
 * `keepPerRule` of each id (by position) that `isDisabled` (the document's disable comments) does
 * not disable, counting the other ones not disabled in `omitted` (id → how many). Disabled errors
 * are left out: the caller's disable pass would remove them, and `isDisabled` remembers the use.
 */
export interface SchemaBound {
  readonly keepPerRule: number;
  readonly omitted: Map<string, number>;
  readonly isDisabled?: ((ruleId: string, range: Range) => boolean) | undefined;
}

/** The grammar index of the document's kind, asked for only when a message needs it (then once); undefined when there is none. */
export type IndexLoader = () => GrammarIndex | undefined;

/**
 * An IndexLoader that calls `load` on its first call only; when `load` throws (a grammar set that
 * cannot be indexed, a model the page could not load) the document gets a note and no index.
 */
export function indexLoaderOf(load: () => GrammarIndex | undefined, notes: string[]): IndexLoader {
  let loaded = false;
  let index: GrammarIndex | undefined;
  return () => {
    if (loaded) return index;
    loaded = true;
    try {
      index = load();
    } catch (e) {
      notes.push(`the grammar could not be indexed (${(e as Error).message}): schema messages are less precise`);
    }
    return index;
  };
}

/** The modules only invalid documents need, imported on the first one (then the same promise: no module lookups per document). */
let wordingModule: Promise<typeof WordingModule> | undefined;

/** The value-whitespace check, imported on the first document with a value that has white space at an end. */
let whitespaceModule: Promise<typeof WhitespaceModule> | undefined;

/**
 * The diagnostics of a walked tree: none for a valid one without values that have white space at
 * an end (the common case: nothing is loaded). `indexLoader` gives the loader of the index and is
 * called only for a document that needs the wording or the white-space check, at most once.
 */
export async function walkFindings(doc: ParsedDocument, result: TreeValidation, indexLoader: () => IndexLoader | Promise<IndexLoader>, bound?: SchemaBound): Promise<Diagnostic[]> {
  const spaced = result.spaced !== undefined && result.spaced.length > 0;
  if (result.errors.length === 0 && result.undeclared.length === 0) {
    if (!spaced) return [];
    const [{ valueWhitespaceFindings }, loadIndex] = await Promise.all([(whitespaceModule ??= import('./value-whitespace.js')), indexLoader()]);
    return valueWhitespaceFindings(result, doc.text, loadIndex, bound);
  }
  const [{ schemaFindings }, loadIndex] = await Promise.all([(wordingModule ??= import('./wording.js')), indexLoader()]);
  const findings = schemaFindings(doc, result, loadIndex, bound?.keepPerRule, bound?.isDisabled);
  if (bound) for (const [id, n] of findings.omitted) bound.omitted.set(id, (bound.omitted.get(id) ?? 0) + n);
  if (!spaced) return findings.diagnostics;
  const { valueWhitespaceFindings } = await (whitespaceModule ??= import('./value-whitespace.js'));
  return [...findings.diagnostics, ...valueWhitespaceFindings(result, doc.text, loadIndex, bound)];
}
