import { expect } from 'chai';
import { headOf, lengthNote, MAX_QUOTED, quoteLong, sliceWhole } from '../../src/quote-long.js';

/** Half of a surrogate pair without its other half: not a character, invalid in JSON and SARIF output. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

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

  it('never cuts between the halves of a surrogate pair', () => {
    const emojiAcross = `${'x'.repeat(MAX_QUOTED - 1)}😀`; // the pair's halves are characters 80 and 81
    expect(headOf(emojiAcross)).to.deep.equal({ head: 'x'.repeat(MAX_QUOTED - 1), cut: true });
    expect(quoteLong(emojiAcross)).to.equal(`'${'x'.repeat(MAX_QUOTED - 1)}…' (81 characters)`);
    expect(headOf('ab😀c', { max: 3 })).to.deep.equal({ head: 'ab', cut: true });
    // A pair that fits is kept.
    expect(headOf(`${'x'.repeat(MAX_QUOTED - 2)}😀y`).head).to.equal(`${'x'.repeat(MAX_QUOTED - 2)}😀`);
  });

  it('sliceWhole cuts as slice does, but moves a cut inside a pair out of it', () => {
    const text = 'a😀b𝄞'; // a, U+1F600 (2 units), b, U+1D11E (2 units)
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        const part = sliceWhole(text, start, end);
        expect(part, `${start}..${end}`).to.not.match(LONE_SURROGATE);
        expect(text.slice(start, end).startsWith(part) || text.slice(start + 1, end).startsWith(part), `${start}..${end}`).to.equal(true);
        expect(text.slice(start, end).length - part.length, `${start}..${end}`).to.be.at.most(2);
      }
    }
    expect(sliceWhole(text, 0, 2)).to.equal('a');
    expect(sliceWhole(text, 0, 3)).to.equal('a😀');
    expect(sliceWhole(text, 2)).to.equal('b𝄞');
    expect(sliceWhole(text, 2, 5)).to.equal('b');
    expect(sliceWhole(text, 2, 2)).to.equal('');
    expect(sliceWhole('xyz', 1, 2)).to.equal('y');
    // A lone surrogate already in the text is not a pair: it is cut as anything else.
    expect(sliceWhole('a\ud83dz', 0, 2)).to.equal('a\ud83d');
  });

  it('writes the shown part and the length as the caller asks', () => {
    expect(quoteLong(`a*${long}`, (head) => head.replace(/\*/g, '\\*'))).to.equal(`'a\\*${'x'.repeat(MAX_QUOTED - 2)}…' (82 characters)`);
    expect(lengthNote(900_000)).to.equal(' (900000 characters)');
    expect(lengthNote(900_000, (n) => n.toLocaleString('en-US'))).to.equal(' (900,000 characters)');
  });
});
