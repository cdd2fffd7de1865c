/**
 * Folding ranges: every element and comment that spans lines. An element folds from its start
 * tag's line to the line before its end tag, so the end tag stays visible when folded (as editors
 * fold code blocks); a comment folds whole.
 *
 * Read from the real parser's tree: a document that is not well-formed has no folding ranges
 * until it is again (editors keep the last ones).
 */
import { type FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import { type ParsedDocument, parseXml } from '../xml/parse.js';
import { walk } from '../xml/tree.js';

export function foldingRanges(text: string): FoldingRange[] {
  const parsed = parseXml(text);
  return parsed.ok ? foldingRangesOf(parsed.document) : [];
}

export function foldingRangesOf(document: ParsedDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const el of walk(document.root)) {
    // 0-based lines; the end tag's line stays visible.
    const startLine = el.range.start.line - 1;
    const endLine = el.range.end.line - 2;
    if (endLine > startLine) out.push({ startLine, endLine });
  }
  for (const c of document.comments) {
    const startLine = c.range.start.line - 1;
    const endLine = c.range.end.line - 1;
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Comment });
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
