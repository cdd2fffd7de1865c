import { expect } from 'chai';
import { LineIndex } from '../../src/xml/positions.js';

/** Line and column of `offset` counted from the start, the way an editor shows them (CRLF, CR, LF end a line). */
function naive(text: string, offset: number): { line: number; column: number } {
  let o = Math.max(0, Math.min(offset, text.length));
  if (o > 0 && text[o] === '\n' && text[o - 1] === '\r') o--;
  let line = 1;
  let start = 0;
  for (let i = 0; i < o; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: o - start + 1 };
}

describe('xml/positions LineIndex', () => {
  it('does not count a byte-order mark as a column: the first line counts from after it (offsets include it)', () => {
    const lines = new LineIndex('\uFEFF<a b="1"/>\n<c/>');
    expect(lines.position(1)).to.deep.equal({ line: 1, column: 1, offset: 1 });
    expect(lines.position(4)).to.deep.equal({ line: 1, column: 4, offset: 4 });
    // The mark itself: column 1 of the first line (nothing is shown before it).
    expect(lines.position(0)).to.deep.equal({ line: 1, column: 1, offset: 0 });
    expect(lines.position(12)).to.deep.equal({ line: 2, column: 1, offset: 12 });
    expect(lines.lineRange(1)).to.deep.equal({ start: { line: 1, column: 1, offset: 1 }, end: { line: 1, column: 11, offset: 11 } });
    // A mark elsewhere is a character like another.
    expect(new LineIndex('a\uFEFFb').position(2)).to.deep.equal({ line: 1, column: 3, offset: 2 });
  });

  it('gives the counted line and column for offsets asked in any order (the last line is only a hint)', () => {
    const texts = ['', 'a', '\n', 'ab\ncd\n\nef', 'a\r\nb\rc\n\r\nd', '<a>\n  <b/>\n</a>\n', 'x'.repeat(50) + '\n'.repeat(30) + 'y'];
    for (const text of texts) {
      const lines = new LineIndex(text);
      // Forward, backward, and jumping about (a fixed stride modulo the length, past both ends).
      const n = text.length;
      const order = [...Array(n + 3).keys()].map((k) => k - 1);
      const jumps = order.map((_, k) => ((k * 7919) % (n + 3)) - 1);
      for (const offset of [...order, ...order.slice().reverse(), ...jumps]) {
        const p = lines.position(offset);
        expect({ line: p.line, column: p.column }, `${JSON.stringify(text)} @ ${offset}`).to.deep.equal(naive(text, offset));
      }
    }
  });
});
