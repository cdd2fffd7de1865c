import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { tableGlobMatcher } from '../../src/config/glob.js';
import { cli, INVALID_DOMAIN, report, Scratch } from '../hardening/trust-helpers.js';

/**
 * Red team: a configuration's `files`/`ignores` globs meet file names from the tree being linted,
 * which a pull request chooses. picomatch's backtracking RegExp took time exponential in the glob's
 * wildcards: a glob with many `*` against a long name ran for minutes. Globs are now matched in
 * polynomial time of low degree, with picomatch's meaning (compared here on fixed and random cases).
 */

const GLOBS = ['*.xml', '**/*.xml', 'vms/**', 'vms/*.xml', '**/test-*/*.xml', '{a,b}/*.xml', 'a/{b,c{d,e}}/*.x?l', '[a-c]*.xml', '[^a-b]?.xml', '**', '*', 'a/**/b/**/c.xml', '**/.hidden/*', '.*', '*.{xml,XML}', 'x\\*y.xml', 'prod-*-*-vm?.xml', '**/*-prod*', 'a/b', '**/a', 'a/**', '*/*', '?', '??.xml', 'a*b*c', '*a*', 'vms/**/*.xml', '[]a]*', 'a[-]b', '[a-]x'];
const PATHS = ['x.xml', 'a/x.xml', 'vms/x.xml', 'vms/a/b/x.xml', 'vms', 'test-1/x.xml', 'a/test-1/x.xml', 'a/test-/x.xml', 'b/c.xml', 'a/b/c.xml', 'a/ce/q.xml', 'a/cd/q.xal', 'abc.xml', 'd.xml', '-x.xml', ']x', 'a-b', '-x', '.hidden/x', 'z/.hidden/x', '.x', 'x.XML', 'x*y.xml', 'xzy.xml', 'prod-a-b-vm1.xml', 'prod--vm1.xml', 'q/r-prod', 'a', 'b/a', 'aXbYc', 'a/q/b/r/s/c.xml', 'vms/.x.xml', '.xml'];

/** A small deterministic generator (no dependency on a fuzzing library's version). */
function* random(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x / 2 ** 31;
  }
}

describe('red team: configuration globs against hostile file names', function () {
  this.timeout(180000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it('a glob of 26 wildcards against a 40-character file name: the run ends, the glob applied (was: minutes of backtracking)', () => {
    const glob = `${'*a'.repeat(25)}*b.xml`;
    const dir = scratch.repo({
      'virtlint.config.json': JSON.stringify([{ files: [glob, `**/${'*-'.repeat(12)}*.xml`], rules: { 'schema/invalid-value': 'off' } }]),
      [`${'a'.repeat(40)}.xml`]: INVALID_DOMAIN,
      [`${'a'.repeat(40)}b.xml`]: INVALID_DOMAIN,
    });
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', `${'-'.repeat(200)}.xml`), INVALID_DOMAIN);
    const run = cli(['--no-cache', '--format', 'json', '.'], { cwd: dir });
    const byFile = new Map(report(run).map((r) => [path.relative(dir, r.filePath), r.messages.map((m) => m.ruleId)]));
    expect(byFile.get(`${'a'.repeat(40)}.xml`)).to.deep.equal(['schema/invalid-value']);
    expect(byFile.get(`${'a'.repeat(40)}b.xml`)).to.deep.equal([]);
    expect(byFile.get(`sub/${'-'.repeat(200)}.xml`)).to.deep.equal([]);
  });

  it("means what picomatch means (dot: true), on fixed globs and paths", () => {
    for (const glob of GLOBS) {
      const theirs = picomatch(glob, { dot: true });
      const ours = tableGlobMatcher(glob);
      expect(ours, `${glob} is taken by the table matcher`).to.be.a('function');
      if (!ours) continue;
      for (const p of PATHS) expect(ours(p), `${glob} ~ ${p}`).to.equal(theirs(p));
    }
  });

  it('means what picomatch means on 3,000 random globs and paths', () => {
    const rnd = random(8);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd.next().value * xs.length)] as T;
    const GLOB_PARTS = ['a', 'b', '.', '-', '*', '?', '[ab]', '[!a]', '{a,b}', '{a,*b}'];
    const PATH_CHARS = ['a', 'b', '.', '-', 'c'];
    let taken = 0;
    const seg = (parts: readonly string[], max: number): string => Array.from({ length: 1 + Math.floor(rnd.next().value * max) }, () => pick(parts)).join('');
    for (let n = 0; n < 3000; n++) {
      const glob = Array.from({ length: 1 + Math.floor(rnd.next().value * 3) }, () => (rnd.next().value < 0.2 ? '**' : seg(GLOB_PARTS, 4))).join('/');
      const theirs = picomatch(glob, { dot: true });
      const ours = tableGlobMatcher(glob);
      if (!ours) continue; // picomatch's own (e.g. a '.' segment, '[!a]')
      taken++;
      for (let k = 0; k < 5; k++) {
        // Paths relative to a configuration's directory: never a '.' or '..' segment.
        const p = Array.from({ length: 1 + Math.floor(rnd.next().value * 3) }, () => seg(PATH_CHARS, 5))
          .map((x) => (x === '.' || x === '..' ? `${x}x` : x))
          .join('/');
        expect(ours(p), `${glob} ~ ${p}`).to.equal(theirs(p));
      }
    }
    expect(taken, 'random globs the table matcher took').to.be.above(1000);
  });
});
