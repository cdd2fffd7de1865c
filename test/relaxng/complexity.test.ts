/**
 * Complexity regressions by ratio (no absolute times): validating 10× the input must cost under
 * 30× the CPU time — linear, not quadratic (which would be ~100×). Events are fed to the validator
 * directly so that XML parsing does not blur the measurement, each run on a freshly compiled
 * grammar (cold memo tables). Each size is measured in a fresh process (test/helpers/fresh-cost.ts):
 * inside the suite the collector's work on the larger input grew with what earlier tests left
 * (deep nesting measured up to 21× there on a loaded machine, ~10× when idle).
 */
import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMsInFreshProcess } from '../helpers/fresh-cost.js';
import { CASES } from './complexity-cases.js';

const CASES_MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'complexity-cases.js');

/** CPU time at 10× the small size over the time at the small size (5 calls per sample there). */
function ratio(name: string, small: number): number {
  // fresh-cost makes 2 warm-up calls and 3 samples of `reps` calls: one fresh grammar for each.
  const large = cpuMsInFreshProcess(CASES_MODULE, [name, small * 10, 2 + 3 * 1], 1);
  const smallMs = cpuMsInFreshProcess(CASES_MODULE, [name, small, 2 + 3 * 5], 5);
  console.log(`      ${small}: ${smallMs.toFixed(2)} ms, ${small * 10}: ${large.toFixed(1)} ms CPU, ratio ${(large / smallMs).toFixed(1)}`);
  return large / smallMs;
}

describe('relaxng: validation time is linear in the input', function () {
  this.timeout(120000);
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const r = ratio(name, c.small);
      expect(r, `10× input took ${r.toFixed(1)}× the time`).to.be.below(30);
    });
  }
});
