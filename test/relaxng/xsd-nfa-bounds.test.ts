import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileXsdMatcher } from '../../src/relaxng/xsd-regex.js';

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

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Median CPU time of `runs` calls. */
function median(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = cpuMs();
    f();
    times.push(cpuMs() - t);
  }
  return times.sort((a, b) => a - b)[runs >> 1]!;
}

const MIB = 1024 * 1024;

describe('XSD regexes: long values in linear time and bounded memory', function () {
  this.timeout(120000);

  for (const [pattern, unit, fail, pass] of HOSTILE) {
    it(`${pattern}: 10 MiB take at most ~6× the time of 2.5 MiB, with the right answers`, () => {
      const matches = compileXsdMatcher(pattern);
      const small = unit.repeat(2.5 * MIB);
      const big = unit.repeat(10 * MIB);
      expect(matches(small + pass)).to.equal(true);
      expect(matches(small + fail)).to.equal(false);
      const t1 = median(3, () => matches(small + fail));
      const t4 = median(3, () => matches(big + fail));
      expect(matches(big + pass)).to.equal(true);
      // Linear: ~4×; quadratic would be 16×. The floor keeps timer granularity out of the ratio.
      expect(t4, `2.5 MiB: ${t1.toFixed(1)} ms, 10 MiB: ${t4.toFixed(1)} ms`).to.be.at.most(6 * Math.max(t1, 5));
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
