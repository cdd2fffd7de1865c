/**
 * Code actions on a linted document: apply a rule's fix, silence a finding with an inline
 * `virtlint-disable-next-line` comment, and fix everything fixable at once (`source.fixAll.virtlint`).
 * Pure: takes the document and the lint result of exactly its current text.
 */
import { type CodeAction, CodeActionKind, type Diagnostic as LspDiagnostic, type Range as LspRange, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, LintResult, TextEdit } from '../types.js';
import { chooseFixes } from '../linter/fix-loop.js';
import { cursorContext } from './context.js';
import { SOURCE, rangesTouch, sameRange, toLspDiagnostic, toLspEdit } from './convert.js';
import { isRange } from './request-check.js';
import { VIRTLINT_PREFIX, XML_PREFIX } from '../diagnostic-ids.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

export interface CodeActionRequest {
  readonly range: LspRange;
  /** Diagnostics the client sent with the request (may be empty: then ours under `range` are used). */
  readonly diagnostics: readonly LspDiagnostic[];
  /** Requested kinds (LSP `context.only`); undefined = all. */
  readonly only?: readonly string[];
}

/** Builds a WorkspaceEdit for one document; versioned when the client supports it, so a stale edit is refused. */
export type EditFactory = (doc: TextDocument, edits: LspTextEdit[]) => CodeAction['edit'];

const wanted = (only: readonly string[] | undefined, kind: string): boolean =>
  !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));

/** Parsing and internal findings come before configuration is read, so a comment cannot silence them. */
const canDisable = (ruleId: string): boolean => !ruleId.startsWith(XML_PREFIX) && !ruleId.startsWith(VIRTLINT_PREFIX) && !ruleId.includes('--');

export function codeActions(doc: TextDocument, result: LintResult, request: CodeActionRequest, makeEdit: EditFactory): CodeAction[] {
  const text = doc.getText();
  const ours = result.diagnostics.map((d) => ({ d, lsp: toLspDiagnostic(d, doc.version) }));
  // Match what the client sent to our findings by rule id and exact range; fall back to ours under the cursor.
  // Some editors send them without their range (Neovim 0.7 keeps only code and data): those are passed over.
  const sent = request.diagnostics.filter((d) => d.source === SOURCE && isRange(d.range));
  const targets =
    sent.length > 0
      ? ours.filter((o) => sent.some((s) => s.code === o.d.ruleId && sameRange(s.range, o.lsp.range)))
      : ours.filter((o) => rangesTouch(o.lsp.range, request.range));

  const actions: CodeAction[] = [];
  if (wanted(request.only, CodeActionKind.QuickFix)) {
    for (const { d, lsp } of targets) {
      if (d.fix) {
        actions.push({
          title: d.fix.description,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          isPreferred: true,
          edit: makeEdit(doc, d.fix.edits.map((e) => toLspEdit(doc, e))),
        });
      }
    }
    const silenced = new Set<string>();
    for (const { d, lsp } of targets) {
      const key = `${d.range.start.line}:${d.ruleId}`;
      if (silenced.has(key)) continue;
      silenced.add(key);
      const edit = disableNextLineEdit(text, d);
      if (edit) {
        actions.push({
          title: `Disable ${d.ruleId} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          edit: makeEdit(doc, [toLspEdit(doc, edit)]),
        });
      }
    }
  }
  const all = fixAllEdits(result.diagnostics);
  if (all.length > 0 && (wanted(request.only, FIX_ALL_KIND) || (request.only === undefined && targets.some((t) => t.d.fix)))) {
    actions.push({ title: 'Fix all virtlint problems', kind: FIX_ALL_KIND, edit: makeEdit(doc, all.map((e) => toLspEdit(doc, e))) });
  }
  return actions;
}

/**
 * Every fix of a result whose edits do not overlap an earlier one (in document order), like the CLI's
 * --fix in one pass. A fix is taken whole or not at all.
 */
export function fixAllEdits(diagnostics: readonly Diagnostic[]): TextEdit[] {
  const fixes = diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
  const firstStart = (f: (typeof fixes)[number]): number => Math.min(...f.edits.map((e) => e.start));
  fixes.sort((a, b) => firstStart(a) - firstStart(b));
  return chooseFixes(fixes)
    .flatMap((f) => f.edits)
    .sort((a, b) => a.start - b.start);
}

/** A line holding nothing but a `virtlint-disable-next-line` comment; group 1 is up to the end of its rule ids. */
const DIRECTIVE_LINE = /^([ \t]*<!--\s*virtlint-disable-next-line\b(?:(?!-->)[^:])*?)\s*(:(?:(?!-->).)*)?-->[ \t]*\r?$/;

/**
 * Inserts `<!-- virtlint-disable-next-line RULE -->` on its own line above the finding, indented like
 * it; when that line already holds such a comment, adds the rule to it instead (`A, RULE`).
 * Not offered where a comment would break the document: when the finding's line begins inside a tag,
 * comment or CDATA section (an attribute on a continuation line), or on the XML declaration's line.
 */
export function disableNextLineEdit(text: string, d: Diagnostic): TextEdit | undefined {
  if (!canDisable(d.ruleId)) return undefined;
  // Columns count UTF-16 code units from the line's start, like offsets.
  const lineStart = d.range.start.offset - (d.range.start.column - 1);
  if (cursorContext(text, lineStart).kind !== 'content') return undefined;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? '';
  if (text.startsWith('<?', lineStart + indent.length)) return undefined;
  if (lineStart > 0) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const m = DIRECTIVE_LINE.exec(text.slice(prevStart, lineStart - 1));
    if (m) {
      const head = m[1] as string;
      const ids = head.replace(/^[ \t]*<!--\s*virtlint-disable-next-line\b/, '').split(',').map((x) => x.trim()).filter(Boolean);
      // Already named, or a bare directive that silences every rule: nothing to add.
      if (ids.length === 0 || ids.includes(d.ruleId)) return undefined;
      const at = prevStart + head.length;
      return { start: at, end: at, text: `, ${d.ruleId}` };
    }
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: lineStart, end: lineStart, text: `${indent}<!-- virtlint-disable-next-line ${d.ruleId} -->${eol}` };
}
