import type { Range } from '../types.js';

const MAX_WIDTH = 120;

export interface FramePaint {
  readonly gutter: (s: string) => string;
  readonly marker: (s: string) => string;
}

/**
 * The source line of a range with a caret underline beneath the range (to the end of the line when
 * the range spans lines). Tabs stay tabs in the padding so the carets line up in any terminal.
 */
export function codeFrame(source: string, range: Range, paint: FramePaint): string[] {
  const lines = source.split(/\r\n|\n|\r/);
  const lineNo = range.start.line;
  let text = lines[lineNo - 1];
  if (text === undefined) return [];
  let startCol = range.start.column - 1;
  let endCol = range.end.line === lineNo ? range.end.column - 1 : text.length;
  if (endCol <= startCol) endCol = startCol + 1;
  // Long lines: a window around the range.
  if (text.length > MAX_WIDTH) {
    const from = Math.max(0, Math.min(startCol - 20, text.length - MAX_WIDTH));
    const cut = text.slice(from, from + MAX_WIDTH);
    text = (from > 0 ? '…' : '') + cut + (from + MAX_WIDTH < lines[lineNo - 1]!.length ? '…' : '');
    const shift = from - (from > 0 ? 1 : 0);
    startCol -= shift;
    endCol = Math.min(endCol - shift, text.length);
  }
  text = text.replace(/^\uFEFF/, '');
  const num = String(lineNo);
  const pad = text.slice(0, startCol).replace(/[^\t]/g, ' ');
  const width = Math.max(1, Math.min(endCol, text.length + 1) - startCol);
  return [
    `${paint.gutter(`${num} |`)} ${text}`,
    `${paint.gutter(`${' '.repeat(num.length)} |`)} ${pad}${paint.marker('^'.repeat(width))}`,
  ];
}
