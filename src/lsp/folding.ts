/**
 * Folding ranges: every element and comment that spans lines. An element folds from its start
 * tag's line to the line before its end tag, so the end tag stays visible when folded (as editors
 * fold code blocks); a comment folds whole.
 *
 * Read from the real parser's tree: a document that is not well-formed has no folding ranges
 * until it is again (editors keep the last ones). The tree is walked without recursion, so a
 * document as deep as the configured `maxDepth` allows is folded like any other.
 */
import { type FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import { type ParseLimits, type ParsedDocument, parseXml } from '../xml/parse.js';
import { walk } from '../xml/tree.js';

/**
 * Most ranges answered when the editor states no `rangeLimit` of its own: VS Code's default
 * (`editor.foldingMaximumRegions`, 5,000), which VS Code also sends as its `rangeLimit`. A deeply
 * nested or very long document would otherwise send one range per element.
 */
export const DEFAULT_FOLDING_RANGE_LIMIT = 5000;

export function foldingRanges(text: string, limits: Partial<ParseLimits> = {}, rangeLimit = DEFAULT_FOLDING_RANGE_LIMIT): FoldingRange[] {
  const parsed = parseXml(text, limits);
  return parsed.ok ? foldingRangesOf(parsed.document, rangeLimit) : [];
}

/** The folding ranges of a parsed document, sorted by start line; at most `rangeLimit` of them (see `outermost`). */
export function foldingRangesOf(document: ParsedDocument, rangeLimit = DEFAULT_FOLDING_RANGE_LIMIT): FoldingRange[] {
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
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out.length > rangeLimit ? outermost(out, Math.max(0, rangeLimit)) : out;
}

/**
 * The `limit` outermost of `sorted` ranges (sorted by start line, then longest first), in order: every
 * range of the shallowest nesting levels that fit whole, then the first ones of the next level. This
 * is what VS Code does with more ranges than its limit, so the editor shows the same folds whether
 * it or the server cuts. Nesting is counted with a stack of the enclosing ranges: linear in the
 * number of ranges, whatever the depth.
 */
function outermost(sorted: readonly FoldingRange[], limit: number): FoldingRange[] {
  const levels = new Uint32Array(sorted.length);
  const countPerLevel: number[] = [];
  const enclosing: FoldingRange[] = [];
  sorted.forEach((r, i) => {
    while (enclosing.length > 0 && (enclosing[enclosing.length - 1] as FoldingRange).endLine < r.startLine) enclosing.pop();
    const level = enclosing.length;
    levels[i] = level;
    countPerLevel[level] = (countPerLevel[level] ?? 0) + 1;
    enclosing.push(r);
  });
  // The first level that does not fit whole: everything above it is kept, of it only the first ones.
  let kept = 0;
  let cutLevel = countPerLevel.length;
  for (let level = 0; level < countPerLevel.length; level++) {
    const n = countPerLevel[level] ?? 0;
    if (kept + n > limit) {
      cutLevel = level;
      break;
    }
    kept += n;
  }
  let room = limit - kept;
  return sorted.filter((_, i) => {
    const level = levels[i] as number;
    if (level < cutLevel) return true;
    if (level === cutLevel && room > 0) {
      room--;
      return true;
    }
    return false;
  });
}
