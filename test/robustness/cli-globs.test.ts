import { expect } from 'chai';
import path from 'node:path';
import picomatch from 'picomatch';
import { globMatcher, tableGlobMatcher } from '../../src/config/glob.js';
import { cli, INVALID_DOMAIN, report, Scratch } from '../hardening/trust-helpers.js';
import { prng } from '../oracle/mutate.js';

/**
 * Red team: the command line's own globs (`virtlint '**\/*-*-*.xml'`) meet every name the walk finds,
 * which a pull request chooses, as configurations' globs do (config-globs.test.ts). They are matched by
 * src/config/glob.ts with picomatch's `dot: false`; compared here with picomatch on fixed and random
 * cases, both `dot` values.
 */

const GLOBS = ['*', '?', '*.xml', '**/*.xml', '**', 'vms/**', 'a/**/b', '**/.hidden/*', '.*', '\\.x', '[.]x', '[.a]*', '[^a]x', '?x', '??', '*?', '?*', 'a?', 'a*', '*x', '*.*.x', '*-*-*', 'x/*', 'x/?y', 'x/**', '{.,a}x', '*{.,a}x', '{a,*b}', '{*a,b}', '{?a,b}', 'x{a,*b}', 'x/{a,*b}', '{a/*,b}', '{a,b}/*', '{x/?y,b}', '*-{a,b}', '{*-a,b}', '{a,b}*', '**/x-*-*.xml'];
const PATHS = ['x', '.x', 'a', '.a', 'a.', 'a.b', 'ab', '.b', 'bb', 'x.xml', '.x.xml', 'a/x.xml', '.a/x.xml', 'a/.x.xml', 'vms/.x', 'vms/a/.b', 'vms/a/b', 'a/b', 'a/.c/b', 'a/c/b', '.hidden/x', 'z/.hidden/x', 'z/.hidden/.x', '.-a-b-c', 'a-.b-c', 'x/.y', 'x/y', 'x/.b', 'xa', 'x.b', 'a/.x', 'a/x', 'b/.x', 'x/.', '.-a', '-a', 'a/.x/c', 'a/x/c', '.a.x', 'q/x-a-b.xml', 'q/.x-a-b.xml', '.q/x-a-b.xml'];

/** Globs the table matcher must leave to picomatch, and a path where reading them as their brace expansion or as a plain glob goes wrong. */
const PICOMATCH_READINGS: readonly (readonly [string, string])[] = [
  ['**/*.*', 'x/a.'], // a fast path: the last `*` takes a character
  ['*.*', 'a.'],
  ['x/{a/*,b}*/*', 'x/a/b/c/d'], // `a/*` + `*` is no globstar
  ['{**,a}/*', 'ccc'], // a `**` in braces needs its '/'
  ['a/{**,b}/x', 'a/.c/x'], // …and has no dot guard first
  ['x/**/{,a}*', 'x'], // a `*` from braces may match nothing
];

/** Random globs against random paths (segments starting with '.' too): pairs compared, and those matching. */
function differential(seed: number, globCount: number, dot: boolean): { taken: number; compared: number; matching: number } {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const GLOB_PARTS = ['a', 'b', '.', '-', '*', '*', '?', '[ab]', '[.a]', '[^a]', '[*]', '\\.', '\\*', '{a,b}', '{a,*b}', '{.,?}', '{,a}', '{**,a}/', 'a/{*,b}', '{a/*,b}', '**', '/'];
  const PATH_CHARS = ['a', 'b', '.', '-', 'c', '*'];
  const seg = (parts: readonly string[], max: number): string => Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(parts)).join('');
  let taken = 0;
  let compared = 0;
  let matching = 0;
  for (let n = 0; n < globCount; n++) {
    const glob = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => (rnd() < 0.2 ? '**' : seg(GLOB_PARTS, 4))).join('/');
    const theirs = picomatch(glob, { dot });
    const ours = tableGlobMatcher(glob, { dot });
    if (!ours) continue;
    taken++;
    for (let k = 0; k < 8; k++) {
      // Relative paths as a walk gives them: never a '.' or '..' segment, nor an empty one.
      const p = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => (rnd() < 0.3 ? '.' : '') + seg(PATH_CHARS, 5))
        .map((x) => (x === '.' || x === '..' ? `${x}x` : x))
        .join('/');
      const expected = theirs(p);
      expect(ours(p), `${glob} ~ ${p} (dot: ${dot})`).to.equal(expected);
      compared++;
      if (expected) matching++;
    }
  }
  return { taken, compared, matching };
}

describe('red team: command-line globs against hostile file names', function () {
  this.timeout(180000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it("a glob of 9 wildcard runs over a tree holding a 208-character name of dashes: the run ends and lints what the glob names (was: picomatch's backtracking, hours)", () => {
    const dir = scratch.repo({
      'a-b-c-d-e-f-g-h.xml': INVALID_DOMAIN,
      'sub/x-y-z-w-v-u-t-s-r.xml': INVALID_DOMAIN,
      [`sub/${'-'.repeat(200)}.xml`]: INVALID_DOMAIN,
      [`sub/${'-'.repeat(200)}.xml.txt`]: INVALID_DOMAIN, // no match, and the slowest to tell
      'sub/a-b-c.xml': INVALID_DOMAIN, // too few dashes
      '.hidden/a-b-c-d-e-f-g-h.xml': INVALID_DOMAIN, // a dot-directory: a wildcard does not enter it
    });
    const run = cli(['--no-cache', '--format', 'json', '**/*-*-*-*-*-*-*-*.xml'], { cwd: dir });
    const linted = report(run).map((r) => path.relative(dir, r.filePath));
    expect(linted.sort()).to.deep.equal(['a-b-c-d-e-f-g-h.xml', `sub/${'-'.repeat(200)}.xml`, 'sub/x-y-z-w-v-u-t-s-r.xml']);
    expect(run.status).to.equal(1);
  });

  it('means what picomatch means (dot: false), on fixed globs and paths', () => {
    for (const glob of GLOBS) {
      const theirs = picomatch(glob, { dot: false });
      const ours = tableGlobMatcher(glob, { dot: false });
      expect(ours, `${glob} is taken by the table matcher`).to.be.a('function');
      if (!ours) continue;
      for (const p of PATHS) expect(ours(p), `${glob} ~ ${p}`).to.equal(theirs(p));
      // globMatcher (what src/files.ts calls) agrees whichever matcher it picks.
      const chosen = globMatcher(glob, { dot: false });
      for (const p of PATHS) expect(chosen(p), `globMatcher ${glob} ~ ${p}`).to.equal(theirs(p));
    }
  });

  it("leaves to picomatch the globs whose reading is picomatch's own (both dot values)", () => {
    for (const dot of [false, true]) {
      for (const [glob, p] of PICOMATCH_READINGS) {
        expect(tableGlobMatcher(glob, { dot }), `${glob} is left to picomatch`).to.equal(undefined);
        expect(globMatcher(glob, { dot })(p), `${glob} ~ ${p} (dot: ${dot})`).to.equal(picomatch(glob, { dot })(p));
      }
    }
  });

  it('means what picomatch means on 4,000 random globs × 8 paths, dot false and dot true', () => {
    for (const dot of [false, true]) {
      const { taken, compared, matching } = differential(20261206, 4000, dot);
      expect(taken, 'random globs the table matcher took').to.be.above(1000);
      // Not a differential of "no" against "no": a good share of the pairs match.
      expect(matching, `pairs that match, of ${compared}`).to.be.above(compared / 20);
    }
  });
});
