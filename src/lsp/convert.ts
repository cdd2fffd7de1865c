/** Conversions between virtlint's positions (1-based lines and columns, offsets) and LSP's (0-based). */
import {
  type Diagnostic as LspDiagnostic,
  DiagnosticSeverity,
  type Position as LspPosition,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES_BY_ID } from '../../rules/index.js';
import type { Rule } from '../rule.js';
import { docsUrlOf } from '../builtin-ids.js';
import type { Diagnostic, Position, Range, TextEdit } from '../types.js';

export const SOURCE = 'virtlint';

/** Columns are UTF-16 code units on both sides, so only the origin moves. */
export function toLspPosition(p: Position): LspPosition {
  return { line: p.line - 1, character: p.column - 1 };
}

export function toLspRange(r: Range): LspRange {
  return { start: toLspPosition(r.start), end: toLspPosition(r.end) };
}

/** What an LSP diagnostic carries back to us in `data`, so code actions can find the finding it came from. */
export interface DiagnosticData {
  readonly ruleId: string;
  /** The document version the diagnostic was computed for. */
  readonly version: number;
}

/** `rules`: the rule set the document was linted with (plugin rules have their own docs links). */
export function toLspDiagnostic(d: Diagnostic, version: number, rules?: readonly Rule[]): LspDiagnostic {
  // Rules and built-in ids alike (requires-newer-libvirt, schema/…), as the CLI's formatters link them.
  const docs = docsUrlOf(d.ruleId, RULES_BY_ID) ?? rules?.find((r) => r.meta.id === d.ruleId)?.meta.docs;
  const data: DiagnosticData = { ruleId: d.ruleId, version };
  return {
    range: toLspRange(d.range),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.ruleId,
    ...(docs ? { codeDescription: { href: docs } } : {}),
    source: SOURCE,
    message: d.message,
    data,
  };
}

/** An offset-based edit of the text the document had when linted, as an LSP edit of that same text. */
export function toLspEdit(doc: TextDocument, e: TextEdit): LspTextEdit {
  return { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text };
}

export function sameRange(a: LspRange, b: LspRange): boolean {
  return (
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character
  );
}

/** Whether two ranges share at least a point (an empty range touching the other counts). */
export function rangesTouch(a: LspRange, b: LspRange): boolean {
  const before = (p: LspPosition, q: LspPosition): boolean => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
