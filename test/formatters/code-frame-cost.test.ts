import { expect } from 'chai';
import { stylish } from '../../src/formatters/stylish.js';
import type { FormattableResult } from '../../src/formatters/types.js';
import type { Diagnostic } from '../../src/types.js';
import { threadCpuMs } from '../helpers/thread-cpu.js';

/**
 * A result with `lines` short lines and a finding on every `lines / findings`-th one. The report's
 * cost must grow with the findings, not with their number times the size of the file: each code
 * frame once split the whole source (78 s of CPU for a 10 MiB file with 450 findings).
 */
function bigResult(lines: number, findings: number): FormattableResult {
  const source = '<a/>\n'.repeat(lines);
  const step = Math.floor(lines / findings);
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < findings; i++) {
    const line = i * step + 1;
    const offset = (line - 1) * 5;
    diagnostics.push({
      ruleId: 'schema/unexpected-element',
      severity: 'error',
      message: 'Element <a> is not allowed here',
      range: { start: { line, column: 1, offset }, end: { line, column: 5, offset: offset + 4 } },
    });
  }
  return { filePath: '/tmp/big.xml', diagnostics, notes: [], source };
}

/**
 * Least CPU time (ms) of this thread alone (test/helpers/thread-cpu.ts) for one report of `r`, over
 * `samples` samples: each repeats the report until 30 ms have passed (timer granularity). The least,
 * as other work on the machine can only add to a sample.
 */
function cpuOf(r: FormattableResult, samples = 5): number {
  let best = Infinity;
  for (let i = 0; i < samples; i++) {
    const t = threadCpuMs();
    let reps = 0;
    let used: number;
    do {
      stylish([r], { color: false, cwd: '/tmp' });
      reps++;
      used = threadCpuMs() - t;
    } while (used < 30);
    best = Math.min(best, used / reps);
  }
  return best;
}

describe('stylish code frames cost in proportion to the findings, not findings × file size', function () {
  this.timeout(120000);

  // 16× the size, so that a cost in findings × size (16×) stands far from noise. Process CPU counted
  // every thread, and in the full suite threads left by earlier tests and the collector added to it
  // (a 4× size with a bound of 2 read 2.6 once in CI): this thread's CPU alone is measured now.
  it('the same findings in a file 16× as long cost about the same, not 16×', () => {
    const small = bigResult(25_000, 200);
    const large = bigResult(400_000, 200);
    // Each frame shows the line of its finding.
    const out = stylish([large], { color: false, cwd: '/tmp' });
    expect(out.split('\n').filter((l) => /^ {4}\d+ \| <a\/>$/.test(l))).to.have.length(200);
    cpuOf(small, 1); // warm-up (and the sources made flat)
    cpuOf(large, 1);
    const ratio = cpuOf(large) / cpuOf(small);
    console.log(`      CPU ratio ${ratio.toFixed(2)}`);
    expect(ratio, `CPU ratio ${ratio.toFixed(2)}`).to.be.below(4);
  });
});
