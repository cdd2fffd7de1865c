import type { Diagnostic, DocumentKind } from '../types.js';
import type { ParsedDocument } from '../xml/parse.js';
import type { SchemaEngine } from './engine.js';
import { KIND_GRAMMARS } from './kinds.js';
import { BUNDLED_SCHEMA_DIR, Libxml2Engine } from './libxml2-engine.js';

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
 * validation; only invalid ones load (lazily: a clean single-file run never needs it) the grammar
 * index and drill down to the elements at fault.
 */
export async function checkSchema(doc: ParsedDocument, kind: DocumentKind, options: SchemaCheckOptions, notes: string[]): Promise<Diagnostic[]> {
  const engine = schemaEngineFor(options.schemaDir);
  const outcome = engine.validate(doc.text, kind);
  if (outcome.status === 'checked') {
    if (outcome.issues.length === 0) return [];
    const { explain } = await import('./explain.js');
    return explain(doc, kind, engine, outcome.issues, options.schemaDir, notes);
  }
  if (outcome.status === 'no-grammar') {
    notes.push(`no grammar for <${doc.root.name}> (${KIND_GRAMMARS[kind].file}) in ${outcome.file}: schema not checked`);
    return [];
  }
  throw new GrammarError(`the grammar ${outcome.file} cannot be compiled: ${outcome.reason}`);
}
