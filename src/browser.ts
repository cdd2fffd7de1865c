/**
 * virtlint for the browser (the playground): the whole pipeline of `lintText` — parse, schema,
 * model, rules — with nothing from Node. Bundled by scripts/build-playground.mjs, which replaces the
 * Node schema step (src/schema/check.ts, which reads grammar files from disk) by
 * src/browser/schema-slot.ts, where `useCompiledGrammars` plugs in the engine with the grammar
 * compiled at build time.
 * Capability rules stay silent (there is no emulator to ask).
 */
import { lintText } from './linter/lint.js';
import { loadCompiledGrammar } from './relaxng/index.js';
import type { CompiledGrammar } from './relaxng/api.js';
import { setSchemaChecker } from './browser/schema-slot.js';
import { validateTree } from './schema/feed.js';
import { schemaDiagnostics } from './schema/wording.js';
import { DOCS_BASE_URL } from './rule.js';
import { docsUrlOf } from './builtin-ids.js';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import type { LintResult } from './types.js';

export { hasSchemaChecker, SCHEMA_NOT_CHECKED, setSchemaChecker, type SchemaChecker } from './browser/schema-slot.js';
export type { Diagnostic, LintResult, Position, Range } from './types.js';

/**
 * Checks documents against the bundled grammar compiled at build time (dist/grammars/<kind>.json,
 * passed in by the page's bundle): the same engine and wording as the CLI, without the grammar index
 * (file-based), so a few messages are less detailed than the CLI's.
 */
export function useCompiledGrammars(compiled: Readonly<Record<string, unknown>>): void {
  const grammars = new Map<string, CompiledGrammar>();
  setSchemaChecker((doc, kind) => {
    let grammar = grammars.get(kind);
    if (!grammar) {
      const json = compiled[kind];
      if (json === undefined) return [];
      grammar = loadCompiledGrammar(json);
      grammars.set(kind, grammar);
    }
    const result = validateTree(grammar, doc.root, doc.text);
    return result.errors.length === 0 && result.undeclared.length === 0 ? [] : schemaDiagnostics(doc, result);
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
