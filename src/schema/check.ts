import { type GrammarIndex, grammarIndexFor } from '../grammar/index.js';
import type { Diagnostic, DocumentKind } from '../types.js';
import type { ParsedDocument } from '../xml/parse.js';
import { DrillDown } from './drilldown.js';
import type { SchemaEngine, SchemaIssue } from './engine.js';
import { KIND_GRAMMARS } from './kinds.js';
import { BUNDLED_SCHEMA_DIR, Libxml2Engine } from './libxml2-engine.js';
import { engineDiagnostics, problemDiagnostics } from './map-issues.js';

const engines = new Map<string, SchemaEngine>();

/** Schema engines are cached per schema directory so each grammar is compiled once per process. */
export function schemaEngineFor(dir: string | undefined): SchemaEngine {
  const key = dir ?? BUNDLED_SCHEMA_DIR;
  let engine = engines.get(key);
  if (!engine) {
    engine = new Libxml2Engine(key);
    engines.set(key, engine);
  }
  return engine;
}

export interface SchemaCheckOptions {
  readonly schemaDir?: string;
}

/** A grammar that cannot be used: configuration error (exit 2), not a finding in the document. */
export class GrammarError extends Error {}

/**
 * The grammar step of the pipeline: validates a parsed document of a known kind and returns
 * diagnostics on exact ranges. Notes explain anything not checked. Valid documents cost one
 * validation; only invalid ones load the grammar index and drill down to the elements at fault.
 */
export function checkSchema(doc: ParsedDocument, kind: DocumentKind, options: SchemaCheckOptions, notes: string[]): Diagnostic[] {
  const engine = schemaEngineFor(options.schemaDir);
  const outcome = engine.validate(doc.text, kind);
  if (outcome.status === 'checked') return outcome.issues.length === 0 ? [] : explain(doc, kind, engine, outcome.issues, options, notes);
  if (outcome.status === 'no-grammar') {
    notes.push(`no grammar for <${doc.root.name}> (${KIND_GRAMMARS[kind].file}) in ${outcome.file}: schema not checked`);
    return [];
  }
  throw new GrammarError(`the grammar ${outcome.file} cannot be compiled: ${outcome.reason}`);
}

function explain(doc: ParsedDocument, kind: DocumentKind, engine: SchemaEngine, issues: readonly SchemaIssue[], options: SchemaCheckOptions, notes: string[]): Diagnostic[] {
  let index: GrammarIndex | undefined;
  try {
    index = grammarIndexFor(options.schemaDir, kind);
  } catch (e) {
    notes.push(`the grammar could not be indexed (${(e as Error).message}): schema messages are less precise`);
  }
  if (index && engine.validateWithGrammar) {
    try {
      const drill = new DrillDown(doc, index, engine as SchemaEngine & Required<Pick<SchemaEngine, 'validateWithGrammar'>>);
      const problems = drill.run(issues);
      if (drill.exhausted) notes.push('this document has so many schema errors that only the first ones were located precisely');
      const diagnostics = problemDiagnostics(doc, problems, index);
      if (diagnostics.length > 0) return diagnostics;
    } catch (e) {
      notes.push(`internal error while locating schema errors (${(e as Error).message}); showing the validator's own report`);
    }
  }
  return engineDiagnostics(doc, issues, index);
}
