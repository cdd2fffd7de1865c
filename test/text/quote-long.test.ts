import { expect } from 'chai';
import { headOf, lengthNote, MAX_QUOTED, quoteLong } from '../../src/quote-long.js';

describe('quote-long', () => {
  const long = 'x'.repeat(MAX_QUOTED);

  it('shows a text of up to MAX_QUOTED characters whole', () => {
    expect(headOf(long)).to.deep.equal({ head: long, cut: false });
    expect(quoteLong('')).to.equal("''");
    expect(quoteLong(long)).to.equal(`'${long}'`);
  });

  it('shows a longer one as its start, an ellipsis and its length', () => {
    expect(headOf(`${long}yz`)).to.deep.equal({ head: long, cut: true });
    expect(quoteLong(`${long}y`)).to.equal(`'${long}…' (81 characters)`);
    expect(headOf('abcdef', { max: 3 })).to.deep.equal({ head: 'abc', cut: true });
  });

  it('cuts between the halves of a surrogate pair unless asked for whole pairs', () => {
    const emojiAcross = `${'x'.repeat(MAX_QUOTED - 1)}😀`; // the pair's halves are characters 80 and 81
    expect(headOf(emojiAcross).head).to.equal(`${'x'.repeat(MAX_QUOTED - 1)}\ud83d`);
    expect(headOf(emojiAcross, { wholePairs: true })).to.deep.equal({ head: 'x'.repeat(MAX_QUOTED - 1), cut: true });
    // A pair that fits is kept.
    expect(headOf(`${'x'.repeat(MAX_QUOTED - 2)}😀y`, { wholePairs: true }).head).to.equal(`${'x'.repeat(MAX_QUOTED - 2)}😀`);
  });

  it('writes the shown part and the length as the caller asks', () => {
    expect(quoteLong(`a*${long}`, (head) => head.replace(/\*/g, '\\*'))).to.equal(`'a\\*${'x'.repeat(MAX_QUOTED - 2)}…' (82 characters)`);
    expect(lengthNote(900_000)).to.equal(' (900000 characters)');
    expect(lengthNote(900_000, (n) => n.toLocaleString('en-US'))).to.equal(' (900,000 characters)');
  });
});
