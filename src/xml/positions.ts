import type { Position, Range } from '../types.js';

/**
 * Maps offsets in a text to 1-based line/column positions. Built once per document. A byte-order
 * mark at the start is not a column: editors do not show it (and drop it from the text they send a
 * language server), so the first line's columns count from after it, as ESLint's do; offsets still
 * count it (fixes edit the text as read).
 */
export class LineIndex {
  private readonly lineStarts: number[];
  /**
   * The line (0-based) of the last position asked for: ranges are asked for in runs on one line
   * (an element's range, its name's, its attributes'), so it is tried before the binary search.
   */
  private lastLine = 0;

  constructor(readonly text: string) {
    // Lines end at LF, CRLF or a lone CR, as in XML (which reads all three as one newline) and in
    // LSP clients: counting only LF put every position after a lone CR on the wrong line in editors.
    const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
    if (text.indexOf('\r') < 0) {
      // The usual case: LF only, found natively.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a) starts.push(i + 1);
        else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    let clamped = Math.max(0, Math.min(offset, this.text.length));
    // Between the CR and the LF of a CRLF is no position an editor can show: use the CR's.
    if (clamped > 0 && this.text.charCodeAt(clamped) === 0x0a && this.text.charCodeAt(clamped - 1) === 0x0d) clamped--;
    const starts = this.lineStarts;
    let lo = this.lastLine;
    if ((starts[lo] as number) > clamped || (lo + 1 < starts.length && (starts[lo + 1] as number) <= clamped)) {
      // Binary search for the last line start <= offset.
      lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= clamped) lo = mid;
        else hi = mid - 1;
      }
      this.lastLine = lo;
    }
    // Offset 0 of a text with a byte-order mark is the mark: column 1, as the first character after it.
    return { line: lo + 1, column: Math.max(1, clamped - (starts[lo] as number) + 1), offset: clamped };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** Offset of the first character of a 1-based line (clamped to the text). */
  lineStart(line: number): number {
    const idx = Math.max(0, Math.min(line - 1, this.lineStarts.length - 1));
    return this.lineStarts[idx] ?? 0;
  }

  /** The range of a whole 1-based line, without its line terminator. */
  lineRange(line: number): Range {
    const start = this.lineStart(line);
    let end = line < this.lineStarts.length ? this.lineStart(line + 1) - 1 : this.text.length;
    if (end > start && this.text[end - 1] === '\r') end--;
    return this.range(start, Math.max(start, end));
  }
}
