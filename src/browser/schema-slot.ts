/**
 * The schema step for the browser build: stands in for src/schema/check.ts (the playground's
 * esbuild configuration redirects lint.ts's import of it here). The Node engine reads grammar files
 * from disk; in a page, a checker is plugged in with `setSchemaChecker` (the pure-TypeScript RelaxNG
 * engine with its grammar compiled at build time), and without one the schema is not checked and a
 * note says so. Same exports as check.ts, so lint.ts is bundled unchanged.
 */
import type { SchemaBound } from '../schema/findings.js';
import type { Diagnostic, DocumentKind } from '../types.js';
import type { ParsedDocument } from '../xml/parse.js';

export type { SchemaBound } from '../schema/findings.js';

/**
 * Validates a parsed document of a known kind; diagnostics on exact ranges, notes for what was not
 * checked. `bound` is the pipeline's, as check.ts takes it: a checker may word only what it asks
 * for (findings.ts does) or ignore it and word everything (the cap and the disable pass then remove
 * the rest, the same findings at a higher cost).
 */
export type SchemaChecker = (doc: ParsedDocument, kind: DocumentKind, notes: string[], bound?: SchemaBound) => Diagnostic[] | Promise<Diagnostic[]>;

let checker: SchemaChecker | undefined;

/** Plugs in (or, with undefined, removes) the schema checker every later lint uses. */
export function setSchemaChecker(next: SchemaChecker | undefined): void {
  checker = next;
}

export function hasSchemaChecker(): boolean {
  return checker !== undefined;
}

export const SCHEMA_NOT_CHECKED = 'the grammar (schema) is not checked in this build: the semantic rules ran';

/** As in check.ts: a grammar that cannot be used. */
export class GrammarError extends Error {}

export interface SchemaCheckOptions {
  readonly schemaDir?: string;
}

export async function checkSchema(doc: ParsedDocument, kind: DocumentKind, _options: SchemaCheckOptions, notes: string[], bound?: SchemaBound): Promise<Diagnostic[]> {
  if (!checker) {
    notes.push(SCHEMA_NOT_CHECKED);
    return [];
  }
  return checker(doc, kind, notes, bound);
}
