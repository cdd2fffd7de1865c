import { expect } from 'chai';
import { lintText } from '../../src/linter/lint.js';

/**
 * Regression test for the case that made libxml2 quadratic (issue 13): many empty elements under
 * <metadata>, whose content model is open (zeroOrMore of any element). Time must grow linearly with
 * the number of elements, judged by ratio (never by absolute time): ten times the elements may take
 * at most ~25 times as long (a quadratic engine takes ~100 times as long).
 */
function metadataDocument(n: number): string {
  return `<domain type='kvm'><name>meta</name><memory>1048576</memory><os><type>hvm</type></os><metadata xmlns:m='urn:example:meta'>${'<m:e/>'.repeat(n)}</metadata></domain>`;
}

async function bestTime(text: string, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = await lintText(text, { ruleSet: [] });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(r.diagnostics, 'the document is valid').to.deep.equal([]);
    best = Math.min(best, ms);
  }
  return best;
}

describe('schema step: linear time on many children of an open content model (<metadata>)', function () {
  this.timeout(120000);

  it('25,000 → 250,000 empty elements under <metadata>: at most ~25× the time (linear is 10×)', async () => {
    await lintText(metadataDocument(1000), { ruleSet: [] }); // grammar load and JIT warm-up
    const small = await bestTime(metadataDocument(25000), 3);
    const large = await bestTime(metadataDocument(250000), 2);
    const ratio = large / Math.max(small, 1);
    console.log(`      25,000: ${small.toFixed(0)} ms, 250,000: ${large.toFixed(0)} ms, ratio ${ratio.toFixed(1)}`);
    expect(ratio).to.be.below(25);
  });
});
