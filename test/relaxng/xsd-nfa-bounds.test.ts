import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileXsdMatcher } from '../../src/relaxng/xsd-regex.js';
import { cpuMsInFreshProcess } from '../helpers/fresh-cost.js';

/**
 * Grammar patterns against long hostile values: linear time (a ratio, not a timing) and memory
 * independent of the value (in a child process). V8's backtracking engine took hours on the first
 * pattern at 10 MiB and for ever on the others at 40 characters; its linear engine peaked at ~230
 * bytes per character (~2.3 GB for 10 MiB).
 */

const HOSTILE: [pattern: string, unit: string, fail: string, pass: string][] = [
  ['[a-zA-Z_]+[a-zA-Z0-9_]*', 'f', '!', '9'], // libvirt's <initenv name>
  ['(a|a)*b', 'a', 'c', 'b'],
  ['(a*)*b', 'a', '', 'b'],
  ['([a-z]+)*[0-9]', 'a', '', '1'],
];

const MIB = 1024 * 1024;
const WORKLOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'xsd-nfa-workload.js');

/**
 * CPU time of matching a value of 16 MiB over that of 1 MiB (16 calls a sample there, so that timer
 * granularity stays out), each in a fresh process (test/helpers/fresh-cost.ts). They were timed in
 * the test runner's own process, 10 MiB against 2.5 MiB with a bound of 6 (linear 4×, quadratic
 * 16×): process CPU counts every thread, and with one more thread allocating in that process (as
 * threads left by earlier tests do in the full suite) the ratio read 2.6–9.0 (2 of 12 over 6). Here a thread of the
 * runner's counts for nothing, and a linear matcher reads ~16× against a bound of 40.
 */
function ratio(pattern: string, unit: string, fail: string): number {
  const small = cpuMsInFreshProcess(WORKLOAD, [pattern, unit, fail, 1], 16, 32);
  const large = cpuMsInFreshProcess(WORKLOAD, [pattern, unit, fail, 16], 1, 2);
  console.log(`      1 MiB: ${small.toFixed(1)} ms, 16 MiB: ${large.toFixed(1)} ms CPU, ratio ${(large / small).toFixed(1)}`);
  return large / small;
}

describe('XSD regexes: long values in linear time and bounded memory', function () {
  this.timeout(120000);

  for (const [pattern, unit, fail, pass] of HOSTILE) {
    it(`${pattern}: 16 MiB take at most 40× the time of 1 MiB (linear: 16×), with the right answers`, () => {
      const matches = compileXsdMatcher(pattern);
      const small = unit.repeat(2.5 * MIB);
      const big = unit.repeat(10 * MIB);
      expect(matches(small + pass)).to.equal(true);
      expect(matches(small + fail)).to.equal(false);
      expect(matches(big + pass)).to.equal(true);
      const r = ratio(pattern, unit, fail);
      expect(r, `16× the value took ${r.toFixed(1)}× the time`).to.be.below(40);
    });
  }

  it('memory: matching 10 MiB values adds far less than the value itself (V8 linear engine: ~2.3 GB)', () => {
    const regex = pathToModule('src/relaxng/xsd-regex.js');
    const script = `
      const { compileXsdMatcher } = await import(${JSON.stringify(regex)});
      const cases = ${JSON.stringify(HOSTILE)};
      // Flat strings (a concatenation is flattened on first read: 10 MiB each, not the matcher's).
      const values = cases.map(([, unit, fail]) => Buffer.from(unit.repeat(${10 * MIB}) + fail, 'latin1').toString('latin1'));
      globalThis.gc();
      const before = process.resourceUsage().maxRSS;
      const answers = cases.map(([p], i) => compileXsdMatcher(p)(values[i]));
      const after = process.resourceUsage().maxRSS;
      process.stdout.write(JSON.stringify({ answers, grewKiB: after - before }));`;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).to.equal(0);
    const { answers, grewKiB } = JSON.parse(run.stdout) as { answers: boolean[]; grewKiB: number };
    expect(answers).to.deep.equal([false, false, false, false]);
    // Four values of 10 MiB each (one byte per character): peak memory grows by less than 16 MiB.
    expect(grewKiB, `peak grew by ${grewKiB} KiB`).to.be.below(16 * 1024);
  });

  it('an API user without policy patterns keeps V8 as it was: grammar patterns set no V8 flag; a policy pattern does', () => {
    const lint = pathToModule('src/linter/lint.js');
    const linear = pathToModule('src/relaxng/linear-regexp.js');
    // The `l` flag exists only with --enable-experimental-regexp-engine.
    const script = `
      const { lintText } = await import(${JSON.stringify(lint)});
      const hasL = () => { try { new RegExp('a', 'l'); return true; } catch { return false; } };
      const doc = (n) => "<domain type='lxc'><name>x</name><memory>1048576</memory><os><type>exe</type><init>/sbin/init</init><initenv name='" + n + "'>v</initenv></os></domain>";
      const ids = (await lintText(doc('f'.repeat(100000) + '!'))).diagnostics.map((d) => d.ruleId);
      const afterGrammar = hasL();
      const { unicodeRegExpMatcher } = await import(${JSON.stringify(linear)});
      unicodeRegExpMatcher('^(a+)+$');
      process.stdout.write(JSON.stringify({ ids, afterGrammar, afterPolicy: hasL() }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).to.equal(0);
    expect(JSON.parse(run.stdout)).to.deep.equal({ ids: ['schema/invalid-value'], afterGrammar: false, afterPolicy: true });
  });
});

function pathToModule(rel: string): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', rel);
}
