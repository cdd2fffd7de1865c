/**
 * The grammar model of a wide foreign grammar (`--schemas DIR`) is loaded and answers its first
 * questions in time linear in the grammar's size: 4× the items must cost under 8× the CPU time
 * (linear ~4×, quadratic ~16×). Each size is measured in a fresh process (test/helpers/fresh-cost.ts),
 * loading the model from the .rng file each call. Before: a choice of 100,000 values took 18-23 s
 * to word one message (CLI, no cache), a group of 20,000 attributes 16 s to say which were
 * required, 20,000 <e> patterns with a value of x each 24 s to describe <e>.
 */
import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMsInFreshProcess } from '../helpers/fresh-cost.js';
import { CASES } from './model-linear-cases.js';

const CASES_MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'model-linear-cases.js');

describe('grammar model: load and first questions in time linear in a wide grammar', function () {
  this.timeout(180000);
  for (const [name, c] of Object.entries(CASES)) {
    it(`${name} (${(4 * c.small).toLocaleString('en-US')} vs ${c.small.toLocaleString('en-US')})`, () => {
      // As much warm-up work for the smaller size as for the larger (see fresh-cost.ts).
      const large = cpuMsInFreshProcess(CASES_MODULE, [name, 4 * c.small], 1, 2);
      const small = cpuMsInFreshProcess(CASES_MODULE, [name, c.small], 4, 8);
      const ratio = large / small;
      console.log(`      ${c.small}: ${small.toFixed(1)} ms, ${4 * c.small}: ${large.toFixed(1)} ms CPU, ratio ${ratio.toFixed(1)}`);
      expect(ratio, `4× the items took ${ratio.toFixed(1)}× the time`).to.be.below(8);
    });
  }
});
