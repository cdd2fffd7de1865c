import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { unicodeRegExpMatcher } from '../../src/relaxng/linear-regexp.js';
import { lintText } from '../../src/linter/lint.js';
import { compileXsdMatcher, compileXsdRegex } from '../../src/relaxng/xsd-regex.js';
import { cli, report, Scratch } from '../hardening/trust-helpers.js';

/**
 * Red team: regular expressions of the grammar and of site policies meet values from hostile
 * documents. Backtracking made some of them quadratic or exponential in the value: a run that does
 * not end. Grammar patterns go to virtlint's own linear-time matcher (src/relaxng/xsd-nfa.ts) for long
 * values; policy patterns over to V8's linear-time engine (src/relaxng/linear-regexp.ts); same results.
 * Bounds here are ones only a hang exceeds (the quadratic case took minutes at these sizes).
 */

const INITENV = (name: string): string =>
  `<domain type='lxc'><name>x</name><memory>1048576</memory><os><type>exe</type><init>/sbin/init</init><initenv name='${name}'>v</initenv></os></domain>`;

describe('red team: regular expressions against hostile values', function () {
  this.timeout(120000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it("libvirt's <initenv name> pattern on a 400 kB value that fails at its end: schema/invalid-value in seconds (took minutes: quadratic backtracking)", async () => {
    const t0 = performance.now();
    const bad = await lintText(INITENV(`${'f'.repeat(400_000)}!`));
    const ms = performance.now() - t0;
    expect(bad.diagnostics.map((d) => d.ruleId)).to.deep.equal(['schema/invalid-value']);
    expect(bad.diagnostics[0]!.message).to.match(/^Invalid value 'f{80}…' \(400001 characters\) for attribute 'name' of <initenv>/);
    expect(ms, `took ${ms.toFixed(0)} ms`).to.be.below(30000);
    expect((await lintText(INITENV('f'.repeat(400_000)))).diagnostics).to.deep.equal([]);
  });

  it('a policy pattern with nested quantifiers (^(a+)+$) against a 40-character value: reported at once (never ended)', () => {
    const repo = scratch.repo({
      'virtlint.config.json': JSON.stringify([{ rules: { policy: ['error', { name: 'names', select: 'name', pattern: '^(a+)+$' }] } }]),
      'vm.xml': `<domain type='kvm'><name>${'a'.repeat(40)}!</name><memory>1048576</memory><os><type>hvm</type></os></domain>`,
      'ok.xml': `<domain type='kvm'><name>${'a'.repeat(40)}</name><memory>1048576</memory><os><type>hvm</type></os></domain>`,
    });
    for (const extra of [[], ['--concurrency', '2']]) {
      const run = cli([...extra, '--no-probe', '-f', 'json', 'vm.xml', 'ok.xml'], { cwd: repo });
      expect(run.status, run.stderr).to.equal(1);
      expect(report(run).map((r) => r.messages.map((m) => m.ruleId))).to.deep.equal([['policy'], []]);
    }
  });

  it('a policy pattern meets a value longer than 65,536 characters: reported as not checked, never matched (V8 linear engine: ~230 bytes a character)', () => {
    const doc = (name: string): string => `<domain type='kvm'><name>${name}</name><memory>1048576</memory><os><type>hvm</type></os></domain>`;
    const repo = scratch.repo({
      'virtlint.config.json': JSON.stringify([{ rules: { policy: ['error', { name: 'names', select: 'name', pattern: '^(a+)+$' }] } }]),
      'long.xml': doc(`${'a'.repeat(9 * 1024 * 1024)}!`),
      'edge.xml': doc('a'.repeat(65_536)),
      'edge-bad.xml': doc(`${'a'.repeat(65_535)}!`),
    });
    const run = cli(['--no-probe', '-f', 'json', 'long.xml', 'edge.xml', 'edge-bad.xml'], { cwd: repo });
    expect(run.status, run.stderr).to.equal(1);
    const messages = report(run).map((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
    expect(messages[0]).to.deep.equal(["policy: <name> is 9437185 characters long, more than virtlint matches against a pattern (65536): not checked against policy 'names' (/^(a+)+$/)"]);
    expect(messages[1]).to.deep.equal([]);
    expect(messages[2]).to.have.length(1);
    expect(messages[2]![0]).to.match(/^policy: <name> is 'a+/);
  });

  it('a valid 9 MiB <name> is valid (the backtracking engine overflowed its stack: "virtlint could not check this file")', async () => {
    const HEAD = "<domain type='kvm'><name>NAME</name><memory>1048576</memory><os><type>hvm</type></os></domain>";
    const big = 'x'.repeat(9 * 1024 * 1024);
    expect((await lintText(HEAD.replace('NAME', big))).diagnostics).to.deep.equal([]);
    expect((await lintText(HEAD.replace('NAME', `<![CDATA[${big}]]>`))).diagnostics).to.deep.equal([]);
    // The same translated pattern (XSD [^\n]+: a lookahead per character) refuses a newline at the end.
    const matches = compileXsdMatcher('[^\\n]+');
    expect(matches(big)).to.equal(true);
    expect(matches(`${big}\n`)).to.equal(false);
    expect(matches(`\n${big}`)).to.equal(false);
  });

  it('matching without the u flag gives the u flag’s answers: BMP patterns, \\u{…} escapes, astral values and patterns', () => {
    const cases: [string, string[]][] = [
      ['^[a-zA-Z_]+[a-zA-Z0-9_]*$', ['abc', 'a1', '1a', '', 'é']],
      ['^.{2}$', ['ab', '\u{1F600}', 'a\u{1F600}', '\u{1F600}\u{1F600}']],
      ['^[^x]$', ['\u{1F600}', 'y', 'x']],
      ['^\\u{e9}+$', ['ééé', 'e', 'u{e9}']],
      ['^\\u{1F600}$', ['\u{1F600}', '\ud83d']],
      ['^\\p{L}+$', ['abc', 'a1', 'ж']],
      ['^\\\\u{2}$', ['\\uu', '\\u{2}']],
      ['^\ud83d\ude00?$', ['\u{1F600}', '']],
    ];
    for (const [source, values] of cases) {
      const matches = unicodeRegExpMatcher(source);
      const reference = new RegExp(source, 'u');
      for (const v of values) expect(matches(v), `${source} on ${JSON.stringify(v)}`).to.equal(reference.test(v));
    }
    // Every pattern of the bundled grammars, on values that match them and on a few that do not.
    const grammarDir = path.resolve('dist/grammars');
    const patterns = new Set<string>();
    const collect = (o: unknown): void => {
      if (Array.isArray(o)) o.forEach((x, i) => (x === 'pattern' && typeof o[i + 1] === 'string' ? patterns.add(o[i + 1] as string) : collect(x)));
      else if (o && typeof o === 'object') Object.values(o).forEach(collect);
    };
    for (const f of fs.readdirSync(grammarDir).filter((n) => n.endsWith('.json'))) collect(JSON.parse(fs.readFileSync(path.join(grammarDir, f), 'utf8')));
    expect(patterns.size).to.be.above(50);
    const samples = ['', 'a', 'abc_1', '0', '123', 'ff:ff:ff:ff:ff:ff', '/var/lib/x.img', 'vda', '12345678-1234-1234-1234-123456789abc', 'é', '\u{1F600}', 'a b', '0x1f', '-1', '1-3,^2'];
    for (const p of patterns) {
      const matches = compileXsdMatcher(p);
      const reference = compileXsdRegex(p);
      for (const v of samples) expect(matches(v), `${p} on ${JSON.stringify(v)}`).to.equal(reference.test(v));
    }
  });
});
