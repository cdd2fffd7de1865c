import { type GrammarIndex, grammarIndexFor } from '../grammar/index.js';
import type { Diagnostic, DocumentKind } from '../types.js';
import type { ParsedDocument } from '../xml/parse.js';
import { DrillDown } from './drilldown.js';
import type { SchemaEngine, SchemaIssue } from './engine.js';
import { engineDiagnostics, problemDiagnostics } from './map-issues.js';

/**
 * Turns a validator's issues into diagnostics on exact ranges: loads the grammar index and drills
 * down to the elements at fault. Only invalid documents need this (and its modules, loaded lazily).
 */
export function explain(doc: ParsedDocument, kind: DocumentKind, engine: SchemaEngine, issues: readonly SchemaIssue[], schemaDir: string | undefined, notes: string[]): Diagnostic[] {
  let index: GrammarIndex | undefined;
  try {
    index = grammarIndexFor(schemaDir, kind);
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
