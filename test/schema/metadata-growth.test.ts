import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMsInFreshProcess } from '../helpers/fresh-cost.js';

/**
 * Regression test for the case that made libxml2 quadratic (issue 13): many empty elements under
 * <metadata>, whose content model is open (zeroOrMore of any element). Time must grow linearly with
 * the number of elements, judged by ratio (never by absolute time): ten times the elements may take
 * at most ~25 times as long (a quadratic engine takes ~100 times as long). Each size is measured in
 * a fresh process (test/helpers/fresh-cost.ts), the smaller with as much warm-up work as the larger;
 * it was timed by the wall clock inside the suite, where what earlier tests left on the heap and
 * other load counted too.
 */
const WORKLOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'metadata-workload.js');

describe('schema step: linear time on many children of an open content model (<metadata>)', function () {
  this.timeout(120000);

  it('25,000 → 250,000 empty elements under <metadata>: at most ~25× the time (linear is 10×)', () => {
    const small = cpuMsInFreshProcess(WORKLOAD, [25000], 3, 10);
    const large = cpuMsInFreshProcess(WORKLOAD, [250000], 1, 1);
    const ratio = large / small;
    console.log(`      25,000: ${small.toFixed(0)} ms, 250,000: ${large.toFixed(0)} ms CPU, ratio ${ratio.toFixed(1)}`);
    expect(ratio).to.be.below(25);
  });
});
