/**
 * virtlint for the browser (the playground): the whole pipeline of `lintText` — parse, schema,
 * model, rules — with nothing from Node. Bundled by scripts/build-playground.mjs, which replaces the
 * Node schema step (src/schema/check.ts, which reads grammar files from disk) by
 * src/browser/schema-slot.ts, where `useCompiledGrammars` plugs in the engine with the grammar
 * compiled at build time, and the grammar index (wording, white space around listed values) with
 * the index's model compiled at build time.
 * Capability rules stay silent (there is no emulator to ask).
 */
import { lintText } from './linter/lint.js';
import { loadCompiledGrammar } from './relaxng/index.js';
import type { CompiledGrammar } from './relaxng/api.js';
import { setSchemaChecker } from './browser/schema-slot.js';
import { GrammarIndex } from './grammar/index-grammar.js';
import { readGrammarModel } from './grammar/read-compiled.js';
import { validateTree } from './schema/feed.js';
import { type IndexLoader, indexLoaderOf, walkFindings } from './schema/findings.js';
import { DOCS_BASE_URL } from './rule.js';
import { docsUrlOf } from './builtin-ids.js';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import type { DocumentKind, LintResult } from './types.js';

export { hasSchemaChecker, SCHEMA_NOT_CHECKED, setSchemaChecker, type SchemaChecker } from './browser/schema-slot.js';
export type { Diagnostic, LintResult, Position, Range } from './types.js';

/**
 * A kind's grammar model as the build compiled it (dist/grammars/model/<kind>.json, parsed), or a
 * promise of it (the page loads it as a script); undefined when there is none. Asked once per kind, on
 * the first document of that kind whose findings need the grammar index (and again by the next such
 * document when it threw or its promise was rejected).
 */
export type GrammarModelSource = (kind: DocumentKind) => unknown;

/**
 * Checks documents against the bundled grammar compiled at build time (dist/grammars/<kind>.json,
 * passed in by the page's bundle) with the command line's engine, and reports what its schema step
 * does (src/schema/findings.ts: the same wording, the same white-space check), with the grammar
 * index built from `models`. Without `models` (or when a model cannot be had: a note says so, as
 * the command line's does for a grammar it cannot index) the messages that need the index are less
 * precise and white space around listed values is not reported.
 */
export function useCompiledGrammars(compiled: Readonly<Record<string, unknown>>, models?: GrammarModelSource): void {
  const grammars = new Map<string, CompiledGrammar>();
  const indexes = new Map<DocumentKind, Promise<GrammarIndex | undefined>>();
  const indexOf = (kind: DocumentKind, source: GrammarModelSource): Promise<GrammarIndex | undefined> => {
    let index = indexes.get(kind);
    if (!index) {
      index = (async () => {
        const json = await source(kind);
        // The model's file names stay relative to the schema directory: only the editor's go-to-source reads them.
        return json === undefined ? undefined : new GrammarIndex(readGrammarModel(json, (relative) => relative));
      })();
      indexes.set(kind, index);
      // A model that could not be had (a script that failed to load) is asked for again by the next document.
      index.catch(() => indexes.delete(kind));
    }
    return index;
  };
  const loaderOf = async (kind: DocumentKind, notes: string[]): Promise<IndexLoader> => {
    if (!models) return () => undefined;
    // A model that could not be had is noted, as check.ts notes an index it cannot build: when a message asks for the index.
    const settled = await indexOf(kind, models).then(
      (index) => () => index,
      (e: unknown) => () => {
        throw e;
      },
    );
    return indexLoaderOf(settled, notes);
  };
  setSchemaChecker((doc, kind, notes, bound) => {
    let grammar = grammars.get(kind);
    if (!grammar) {
      const json = compiled[kind];
      if (json === undefined) return [];
      grammar = loadCompiledGrammar(json);
      grammars.set(kind, grammar);
    }
    const result = validateTree(grammar, doc.root, doc.text);
    if (result.errors.length === 0 && result.undeclared.length === 0 && !result.spaced?.length) return [];
    return walkFindings(doc, result, () => loaderOf(kind, notes), bound);
  });
}

/** Lints a document's text as `virtlint FILE` would with the default configuration. */
export function lintSource(text: string, fileName = 'domain.xml'): Promise<LintResult> {
  return lintText(text, { filePath: fileName });
}

/**
 * Where a diagnostic id is documented: the rule's page or the built-in id's, as the CLI's reports
 * link them; an id of neither kind gets the page of the parse and schema diagnostics.
 */
export function docsUrlFor(ruleId: string): string {
  return docsUrlOf(ruleId, RULES_BY_ID) ?? new URL('../schema-diagnostics.md', DOCS_BASE_URL).href;
}

/** The number of semantic rules bundled (shown on the page). */
export const RULE_COUNT = RULES.length;
