import type { Diagnostic, DocumentKind, Range } from '../types.js';
import type { ParsedDocument } from '../xml/parse.js';
import type * as GrammarIndexModule from '../grammar/index.js';
import { type TreeValidation, validateTree } from './feed.js';
import { grammarFor } from './grammars.js';
import { KIND_GRAMMARS } from './kinds.js';
import type * as WordingModule from './wording.js';
import type * as WhitespaceModule from './value-whitespace.js';

export interface SchemaCheckOptions {
  readonly schemaDir?: string;
}

/** A grammar that cannot be used: configuration error (exit 2), not a finding in the document. */
export class GrammarError extends Error {}

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

/** The modules only invalid documents need, imported on the first one (then the same promise: no module lookups per document). */
let wordingModules: Promise<[typeof WordingModule, typeof GrammarIndexModule]> | undefined;

/** The value-whitespace check, imported on the first document with a value that has white space at an end. */
let whitespaceModules: Promise<[typeof WhitespaceModule, typeof GrammarIndexModule]> | undefined;

/**
 * The grammar step of the pipeline: validates the parsed tree with virtlint's RelaxNG engine (no
 * second parse) and returns diagnostics on exact ranges. Notes explain anything not checked. Valid
 * documents cost one walk; only invalid ones load the wording module and (lazily, when a message
 * needs it) the grammar index, and only documents with a value that has white space at an end load
 * the value-whitespace check (value-whitespace.ts), which asks the index about those values. The browser build's stand-in (src/browser/schema-slot.ts) takes no
 * `bound`: it words every error, and the disable pass and the cap remove and count them as before.
 */
export async function checkSchema(doc: ParsedDocument, kind: DocumentKind, options: SchemaCheckOptions, notes: string[], bound?: SchemaBound): Promise<Diagnostic[]> {
  const outcome = grammarFor(options.schemaDir, kind);
  if (outcome.status === 'no-grammar') {
    notes.push(`no grammar for <${doc.root.name}> (${KIND_GRAMMARS[kind].file}) in ${outcome.file}: schema not checked`);
    return [];
  }
  if (outcome.status === 'broken-grammar') throw new GrammarError(`the grammar ${outcome.file} cannot be compiled: ${outcome.reason}`);
  const result = validateTree(outcome.grammar, doc.root, doc.text);
  if (result.errors.length === 0 && result.undeclared.length === 0) return result.spaced?.length ? whitespaceFindings(doc, result, kind, options, notes, bound) : [];
  const [{ schemaFindings }, { grammarIndexFor }] = await (wordingModules ??= Promise.all([import('./wording.js'), import('../grammar/index.js')]));
  const loadIndex = indexLoader(grammarIndexFor, kind, options, notes);
  const findings = schemaFindings(doc, result, loadIndex, bound?.keepPerRule, bound?.isDisabled);
  if (bound) for (const [id, n] of findings.omitted) bound.omitted.set(id, (bound.omitted.get(id) ?? 0) + n);
  if (!result.spaced?.length) return findings.diagnostics;
  return [...findings.diagnostics, ...(await whitespaceFindings(doc, result, kind, options, notes, bound))];
}

/** The grammar index of the kind, loaded on first call; a set that cannot be indexed gets a note and no index. */
function indexLoader(grammarIndexFor: typeof GrammarIndexModule.grammarIndexFor, kind: DocumentKind, options: SchemaCheckOptions, notes: string[]): () => GrammarIndexModule.GrammarIndex | undefined {
  let loaded = false;
  let index: GrammarIndexModule.GrammarIndex | undefined;
  return () => {
    if (loaded) return index;
    loaded = true;
    try {
      index = grammarIndexFor(options.schemaDir, kind);
    } catch (e) {
      notes.push(`the grammar could not be indexed (${(e as Error).message}): schema messages are less precise`);
    }
    return index;
  };
}

/** White space around listed values (value-whitespace.ts), for a document whose walk saw some value with white space at an end. */
async function whitespaceFindings(doc: ParsedDocument, result: TreeValidation, kind: DocumentKind, options: SchemaCheckOptions, notes: string[], bound: SchemaBound | undefined): Promise<Diagnostic[]> {
  const [{ valueWhitespaceFindings }, { grammarIndexFor }] = await (whitespaceModules ??= Promise.all([import('./value-whitespace.js'), import('../grammar/index.js')]));
  return valueWhitespaceFindings(result, doc.text, indexLoader(grammarIndexFor, kind, options, notes), bound);
}

