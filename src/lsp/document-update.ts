/**
 * Applies a `didChange`'s content changes to a document in time linear in the document and the
 * changes. The library's TextDocument.update splices the whole text once per change (and scans it
 * again for line starts after a change next to a CR): one didChange of 10,000 small changes (a
 * "replace all", or a client sending them on purpose) held the server 34 s on a 2 MB document, 158 s
 * for 40,000, answering nothing meanwhile. Here the text is a list of lines while the changes are
 * applied, each change costing its own lines, and is joined once. Positions mean what they mean to
 * the library (TextDocument.offsetAt): a line past the end is the end of the text, a negative line its
 * start, a character past the line's end the end of its content (before its CR, LF or CRLF), a
 * reversed range is swapped; a CR and an LF that a change brings together are one line break.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';

/** `text` cut after each line break (CRLF, LF or a lone CR), breaks kept; the last piece is what follows the last break ('' after a final one). */
function splitLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      out.push(text.slice(start, i + 1));
      start = i + 1;
    } else if (c === 10 /* \n */) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** A line's length without its line break. */
function contentLength(line: string): number {
  let n = line.length;
  if (n > 0 && line.charCodeAt(n - 1) === 10) n--;
  if (n > 0 && line.charCodeAt(n - 1) === 13) n--;
  return n;
}

interface Place {
  readonly line: number;
  readonly column: number;
}

/** Where a position is, clamped as TextDocument.offsetAt clamps it. */
function placeOf(lines: readonly string[], p: { readonly line: number; readonly character: number }): Place {
  if (p.line >= lines.length) {
    const last = lines.length - 1;
    return { line: last, column: (lines[last] as string).length };
  }
  if (p.line < 0) return { line: 0, column: 0 };
  return { line: p.line, column: Math.max(0, Math.min(p.character, contentLength(lines[p.line] as string))) };
}

/** The text of `document` after `changes`, applied in order (each on the text the previous ones left). */
export function changedText(text: string, changes: readonly TextDocumentContentChangeEvent[]): string {
  let lines = splitLines(text);
  for (const change of changes) {
    if (!('range' in change) || change.range === undefined) {
      lines = splitLines(change.text);
      continue;
    }
    let { start, end } = change.range;
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
    const from = placeOf(lines, start);
    const to = placeOf(lines, end);
    // The line before too, whose lone CR may meet an LF the change brings to the start of its line.
    const first = from.line > 0 ? from.line - 1 : 0;
    const before = from.line > 0 ? (lines[first] as string) : '';
    const pieces = splitLines(before + (lines[from.line] as string).slice(0, from.column) + change.text + (lines[to.line] as string).slice(to.column));
    // Lines after the change follow the last piece's line break: the empty piece after it is no line.
    if (to.line < lines.length - 1) pieces.pop();
    const count = to.line - first + 1;
    if (pieces.length < 10000) lines.splice(first, count, ...pieces);
    else lines = lines.slice(0, first).concat(pieces, lines.slice(first + count));
  }
  return lines.join('');
}

/**
 * TextDocuments' update: the document with `changes` applied, at `version`. One change inside the
 * document (a keystroke) goes to the library's update, which splices where this splits the whole text
 * into lines. Not one past the last line: the library keeps its table of line starts with the line
 * as written there, leaving holes in it, and every later change was applied at offsets from the holes
 * (the server's text then held the document twice, and its diagnostics were for that text).
 */
export function updateDocument(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  const only = changes.length === 1 ? changes[0] : undefined;
  const range = only && 'range' in only ? (only.range as Range | undefined) : undefined;
  if (only && (range === undefined || (range.start.line < document.lineCount && range.end.line < document.lineCount))) {
    return TextDocument.update(document, changes, version);
  }
  return TextDocument.create(document.uri, document.languageId, version, changedText(document.getText(), changes));
}
