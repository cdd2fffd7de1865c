import type { Diagnostic, DocumentKind } from '../types.js';
import type { ParsedDocument } from '../xml/parse.js';
import type * as GrammarIndexModule from '../grammar/index.js';
import { validateTree } from './feed.js';
import { indexLoaderOf, type SchemaBound, walkFindings } from './findings.js';
import { grammarFor } from './grammars.js';
import { KIND_GRAMMARS } from './kinds.js';

export interface SchemaCheckOptions {
  readonly schemaDir?: string;
}

/** A grammar that cannot be used: configuration error (exit 2), not a finding in the document. */
export class GrammarError extends Error {}

export type { SchemaBound } from './findings.js';

/** The grammar index module, imported on the first document whose findings need an index (then the same promise). */
let indexModule: Promise<typeof GrammarIndexModule> | undefined;

/**
 * The grammar step of the pipeline: validates the parsed tree with virtlint's RelaxNG engine (no
 * second parse) and returns diagnostics on exact ranges. Notes explain anything not checked. Valid
 * documents cost one walk; what invalid ones and values with white space at an end get is
 * findings.ts's (the wording, the value-whitespace check, and the grammar index, each loaded on
 * first need), which the browser build's stand-in (src/browser/schema-slot.ts) shares.
 */
export async function checkSchema(doc: ParsedDocument, kind: DocumentKind, options: SchemaCheckOptions, notes: string[], bound?: SchemaBound): Promise<Diagnostic[]> {
  const outcome = grammarFor(options.schemaDir, kind);
  if (outcome.status === 'no-grammar') {
    notes.push(`no grammar for <${doc.root.name}> (${KIND_GRAMMARS[kind].file}) in ${outcome.file}: schema not checked`);
    return [];
  }
  if (outcome.status === 'broken-grammar') throw new GrammarError(`the grammar ${outcome.file} cannot be compiled: ${outcome.reason}`);
  const result = validateTree(outcome.grammar, doc.root, doc.text);
  if (result.errors.length === 0 && result.undeclared.length === 0 && !result.spaced?.length) return [];
  return walkFindings(
    doc,
    result,
    async () => {
      const { grammarIndexFor } = await (indexModule ??= import('../grammar/index.js'));
      return indexLoaderOf(() => grammarIndexFor(options.schemaDir, kind), notes);
    },
    bound,
  );
}
