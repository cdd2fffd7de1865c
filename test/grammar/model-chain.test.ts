/**
 * A foreign grammar (`--schemas DIR`) whose defines form a chain where each refers to the next
 * twice is answered in time linear in the chain's length: twice the defines must cost under 8×
 * the CPU time (following every ref anew doubles the time with each define: 120-410× with the code
 * before the fix; now 1.0-4.4×, calls of 1-5 ms measured on a loaded machine, and 288 defines cost
 * what 72 do).
 * Each length is measured in a fresh process (test/helpers/fresh-cost.ts). The lengths are small
 * so that the code before the fix finishes too: there, 18 defines took 0.4-1.5 s per question, and
 * through the command line (cached grammar) an invalid type= took 0.5 s at 16, 6 s at 20, 44 s and
 * 2 GB at 22 to word.
 */
import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMsInFreshProcess } from '../helpers/fresh-cost.js';
import { CASES } from './model-chain-cases.js';

const CASES_MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'model-chain-cases.js');
const SMALL = 9;

describe('grammar model: a chain of defines each referring to the next twice, in linear time', function () {
  this.timeout(180000);
  for (const name of Object.keys(CASES)) {
    it(`${name} (${2 * SMALL} vs ${SMALL} defines)`, () => {
      // As much warm-up work for the shorter chain as for the longer (see fresh-cost.ts).
      // Calls of a few milliseconds: several per sample, so that a sample is more than noise.
      const large = cpuMsInFreshProcess(CASES_MODULE, [name, 2 * SMALL], 4, 4);
      const small = cpuMsInFreshProcess(CASES_MODULE, [name, SMALL], 8, 8);
      const ratio = large / small;
      console.log(`      ${SMALL}: ${small.toFixed(2)} ms, ${2 * SMALL}: ${large.toFixed(2)} ms CPU, ratio ${ratio.toFixed(1)}`);
      expect(ratio, `twice the defines took ${ratio.toFixed(1)}× the time`).to.be.below(8);
    });
  }
});
