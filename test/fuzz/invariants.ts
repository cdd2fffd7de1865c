import { expect } from 'chai';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_DIAGNOSTICS_PER_RULE, MAX_MESSAGE_CHARS } from '../../src/linter/limits.js';
import { lintText } from '../../src/linter/lint.js';
import type { LintResult } from '../../src/types.js';
import { LineIndex } from '../../src/xml/positions.js';

/** Tracks how many cases ran and the slowest one, for the closing report. */
export class FuzzStats {
  /** Every case of every suite in this process (printed once at the end of the run). */
  static readonly total = new FuzzStats(undefined);
  cases = 0;
  slowestMs = 0;
  slowestCase = '';

  constructor(private readonly parent: FuzzStats | undefined = FuzzStats.total) {}

  /** One case (or `count` cases that took `ms` together, e.g. the files of one CLI run). */
  record(label: string, ms: number, count = 1): void {
    this.cases += count;
    if (ms > this.slowestMs) {
      this.slowestMs = ms;
      this.slowestCase = label;
    }
    // The total's slowest case is a single document's time; a batch's time is not one case's.
    this.parent?.record(label, count === 1 ? ms : 0, count);
  }
}

/** A generous bound that only a hang or a blow-up can exceed (speed is measured by `npm run bench`). */
export const HANG_BOUND_MS = 5000;

/** Checks the pipeline's contract on one result: diagnostics with sane ranges inside the text. */
export function assertWellFormedResult(text: string, result: LintResult): void {
  expect(result.diagnostics).to.be.an('array');
  const lines = new LineIndex(text);
  // An independent judge of lines and columns: the text model LSP clients use (LF, CRLF, lone CR),
  // of the text as an editor holds it: without a leading byte-order mark, which is not a column.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const editor = TextDocument.create('file:///fuzz.xml', 'xml', 1, text.slice(bom));
  const perRule = new Map<string, number>();
  for (const d of result.diagnostics) {
    perRule.set(d.ruleId, (perRule.get(d.ruleId) ?? 0) + 1);
    expect(perRule.get(d.ruleId), `more than ${MAX_DIAGNOSTICS_PER_RULE} + 1 ${d.ruleId}`).to.be.at.most(MAX_DIAGNOSTICS_PER_RULE + 1);
    expect(d.message.length, 'message length bounded').to.be.at.most(MAX_MESSAGE_CHARS + 100);
    expect(d.ruleId).to.be.a('string').and.not.equal('virtlint/rule-crashed');
    expect(['error', 'warning']).to.include(d.severity);
    expect(d.message).to.be.a('string').with.length.greaterThan(0);
    const { start, end } = d.range;
    expect(start.offset, d.message).to.be.within(0, text.length);
    expect(end.offset, d.message).to.be.within(start.offset, text.length);
    expect(lines.position(start.offset)).to.deep.equal(start);
    expect(lines.position(end.offset)).to.deep.equal(end);
    for (const p of [start, end]) {
      const crlfMiddle = text[p.offset] === '\n' && text[p.offset - 1] === '\r';
      const seen = editor.positionAt(Math.max(0, (crlfMiddle ? p.offset - 1 : p.offset) - bom));
      expect({ line: p.line - 1, character: p.column - 1 }, `${d.ruleId} at offset ${p.offset}`).to.deep.equal(seen);
    }
    for (const e of d.fix?.edits ?? []) {
      expect(e.start).to.be.within(0, text.length);
      expect(e.end).to.be.within(e.start, text.length);
    }
  }
}

/** Lints one text and checks every invariant; returns the elapsed milliseconds. */
export async function lintChecked(text: string, stats: FuzzStats, label: string): Promise<LintResult> {
  const t0 = performance.now();
  const result = await lintText(text, { filePath: label });
  const ms = performance.now() - t0;
  stats.record(label, ms);
  expect(ms, `${label} took ${ms.toFixed(0)} ms`).to.be.below(HANG_BOUND_MS);
  assertWellFormedResult(text, result);
  return result;
}

/** A generous heap bound for a whole suite: only a leak or a blow-up reaches it. */
export const HEAP_BOUND_BYTES = 1.5 * 1024 * 1024 * 1024;

export function assertHeapBounded(): void {
  const used = process.memoryUsage().heapUsed;
  expect(used, `heap ${(used / 1e6).toFixed(0)} MB`).to.be.below(HEAP_BOUND_BYTES);
}
