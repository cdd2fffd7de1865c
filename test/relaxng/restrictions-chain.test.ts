/**
 * Section 7's checks on a grammar whose defines each refer to the next twice compile in time
 * polynomial in the chain, not exponential: the simplified patterns share each define, and the
 * checks' walks (the attributes of a group's operands, the elements and text of an interleave's)
 * went down every path. A foreign grammar (`--schemas DIR`) of this shape took 1.1 s at 18 defines,
 * 24.5 s and 2.1 GB at 22, more than 90 s and 5 GB at 24; now 0.2 s at 24 through the command line.
 * Each length is measured in a fresh process (test/helpers/fresh-cost.ts); twice the defines must
 * cost under 8× the CPU (the walks are quadratic in the chain at most: ≤ 4× plus noise). The old
 * code takes 2^10 times as long for 20 defines as for 10 (about 1.3 s against milliseconds).
 */
import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMsInFreshProcess } from '../helpers/fresh-cost.js';
import { compileChain, GRAMMARS } from './restrictions-chain-cases.js';

const CASES_MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'restrictions-chain-cases.js');
const SMALL = 10;

describe('relaxng: section 7 checks on defines that share their patterns along 2^n paths', function () {
  this.timeout(180000);
  it('still find what they look for: a duplicate attribute at the end of the chain, and none in the others', () => {
    expect(compileChain('duplicate', 6)).to.match(/duplicate attribute/);
    expect(compileChain('attribute', 6)).to.equal('');
    expect(compileChain('interleave', 6)).to.equal('');
  });
  for (const kind of Object.keys(GRAMMARS)) {
    it(`${kind}: ${2 * SMALL} defines cost under 8× what ${SMALL} do`, () => {
      const large = cpuMsInFreshProcess(CASES_MODULE, [kind, 2 * SMALL], 4, 4);
      const small = cpuMsInFreshProcess(CASES_MODULE, [kind, SMALL], 8, 8);
      const ratio = large / small;
      console.log(`      ${SMALL}: ${small.toFixed(2)} ms, ${2 * SMALL}: ${large.toFixed(2)} ms CPU, ratio ${ratio.toFixed(1)}`);
      expect(ratio, `twice the defines took ${ratio.toFixed(1)}× the time`).to.be.below(8);
    });
  }
});
