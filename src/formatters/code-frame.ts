import { sliceWhole, splitsPair } from '../quote-long.js';
import type { Range } from '../types.js';
import { escapedAt, hasUnsafe, visibleEscape } from './terminal-text.js';

const MAX_WIDTH = 120;

export interface FramePaint {
  readonly gutter: (s: string) => string;
  readonly marker: (s: string) => string;
}

const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d;

/**
 * The line of `source` that holds `offset`, without its terminator. Lines end at LF, CRLF or a lone
 * CR, as the parser counts them (src/xml/positions.ts). Found by scanning to the neighbouring line
 * breaks: splitting the whole source for each finding made a report quadratic in large files.
 */
export function lineAt(source: string, offset: number): string {
  let at = Math.max(0, Math.min(offset, source.length));
  // Between the CR and the LF of a CRLF: the CR's line.
  if (at > 0 && source.charCodeAt(at) === 0x0a && source.charCodeAt(at - 1) === 0x0d) at--;
  let start = at;
  while (start > 0 && !isBreak(source.charCodeAt(start - 1))) start--;
  // A byte-order mark is not part of the first line's text (nor of its columns: src/xml/positions.ts).
  if (start === 0 && source.charCodeAt(0) === 0xfeff) start = 1;
  let end = at;
  while (end < source.length && !isBreak(source.charCodeAt(end))) end++;
  return source.slice(start, end);
}

/**
 * `text` as printed (characters that would drive the terminal escaped visibly, see terminal-text.ts)
 * and where columns `from` and `to` of the text land in it, so the carets stay under what they mark.
 */
function printed(text: string, from: number, to: number): { text: string; from: number; to: number } {
  if (!hasUnsafe(text)) return { text, from, to };
  let out = '';
  const at = (col: number, len: number): number => (col <= text.length ? len : len + col - text.length);
  let pFrom = at(from, 0);
  let pTo = at(to, 0);
  for (let i = 0; i < text.length; i++) {
    if (i === from) pFrom = out.length;
    if (i === to) pTo = out.length;
    const c = text[i]!;
    out += escapedAt(text, i) ? visibleEscape(c) : c;
  }
  if (from >= text.length) pFrom = at(from, out.length);
  if (to >= text.length) pTo = at(to, out.length);
  return { text: out, from: pFrom, to: pTo };
}

/**
 * The source line of a range with a caret underline beneath the range (to the end of the line when
 * the range spans lines). Tabs stay tabs in the padding so the carets line up in any terminal.
 */
export function codeFrame(source: string, range: Range, paint: FramePaint): string[] {
  const lineNo = range.start.line;
  const whole = lineAt(source, range.start.offset);
  let text = whole;
  let startCol = range.start.column - 1;
  let endCol = range.end.line === lineNo ? range.end.column - 1 : text.length;
  if (endCol <= startCol) endCol = startCol + 1;
  // Long lines: a window around the range.
  if (text.length > MAX_WIDTH) {
    const wanted = Math.max(0, Math.min(startCol - 20, text.length - MAX_WIDTH));
    // The window never starts or ends inside an emoji: a start inside one moves past it.
    const cut = sliceWhole(text, wanted, wanted + MAX_WIDTH);
    const from = splitsPair(text, wanted) ? wanted + 1 : wanted;
    text = (from > 0 ? '…' : '') + cut + (from + cut.length < whole.length ? '…' : '');
    const shift = from - (from > 0 ? 1 : 0);
    startCol -= shift;
    endCol = Math.min(endCol - shift, text.length);
  }
  const shown = printed(text, startCol, Math.min(endCol, text.length + 1));
  const num = String(lineNo);
  const pad = shown.text.slice(0, shown.from).replace(/[^\t]/g, ' ');
  const width = Math.max(1, shown.to - shown.from);
  return [
    `${paint.gutter(`${num} |`)} ${shown.text}`,
    `${paint.gutter(`${' '.repeat(num.length)} |`)} ${pad}${paint.marker('^'.repeat(width))}`,
  ];
}
