import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { HOST_PROGRAMS } from '../helpers/host-programs.js';
import { REPO_ROOT } from '../helpers/paths.js';

/**
 * The contract between the tests and `.ci/setup`: every host program or file a test or the bench
 * uses is listed in HOST_PROGRAMS, and its Debian package is installed by `.ci/setup` (named there,
 * pulled in by a package named there, or essential to every Debian system). A new test that runs
 * another program fails here until the program is listed and its package installed.
 */

function setupPackages(): string[] {
  const setup = fs.readFileSync(path.join(REPO_ROOT, '.ci', 'setup'), 'utf8');
  const list = /^packages=\(([^)]*)\)/m.exec(setup);
  if (!list) throw new Error('.ci/setup has no packages=(...) line');
  return (list[1] as string).split(/\s+/).filter(Boolean);
}

function dpkgField(pkg: string, field: string): string | undefined {
  const r = spawnSync('dpkg-query', ['-W', `-f=\${${field}}`, pkg], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : undefined;
}

/** Source files of the tests and the bench (not fixtures). */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures') out.push(...sources(full));
    } else if (/\.(ts|mjs|cjs|js)$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Programs named literally as the first argument of a spawn-like call. */
const SPAWN_LITERAL = /\b(?:spawn|spawnSync|execFile|execFileSync|execSync|exec)\(\s*(['"`])([^'"`$]+)\1/g;

describe('the tests and .ci/setup (host programs contract)', () => {
  const packages = setupPackages();

  it('installs the package of every host program the tests use', () => {
    const missing: string[] = [];
    for (const [name, program] of Object.entries(HOST_PROGRAMS)) {
      if (packages.includes(program.package)) continue;
      if (program.via !== undefined && packages.includes(program.via)) continue;
      if (dpkgField(program.package, 'Essential')?.trim() === 'yes') continue;
      missing.push(`${name} (${program.package})`);
    }
    expect(missing, 'packages .ci/setup does not install').to.deep.equal([]);
  });

  it('names each program only under the package that really ships it (checked with dpkg where installed)', function () {
    this.timeout(60000);
    if (spawnSync('dpkg-query', ['--version']).status !== 0) this.skip();
    const installed = Object.values(HOST_PROGRAMS).filter((p) => fs.existsSync(p.path));
    // One dpkg call for all paths: "pkg1, pkg2: /path" per line.
    const owned = spawnSync('dpkg-query', ['-S', ...installed.map((p) => p.path)], { encoding: 'utf8' }).stdout;
    const ownersOf = (file: string): string[] =>
      owned.split('\n').flatMap((line) => (line.endsWith(`: ${file}`) ? line.slice(0, -file.length - 2).split(', ').map((o) => o.replace(/:.*$/, '')) : []));
    const wrong: string[] = [];
    for (const [name, program] of Object.entries(HOST_PROGRAMS)) {
      if (!fs.existsSync(program.path)) continue;
      const owners = ownersOf(program.path);
      if (!owners.includes(program.package)) wrong.push(`${name}: ${program.path} belongs to ${owners.join(', ') || 'no package'}`);
      if (program.via !== undefined) {
        const depends = dpkgField(program.via, 'Depends') ?? '';
        if (!new RegExp(`(^|[ ,])${program.package}([ ,(:]|$)`).test(depends)) wrong.push(`${name}: ${program.via} does not depend on ${program.package}`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('lists every program a test or the bench spawns by name', () => {
    const known = new Set([...Object.keys(HOST_PROGRAMS), ...Object.values(HOST_PROGRAMS).map((p) => p.path), 'dpkg-query']);
    const unknown: string[] = [];
    const self = path.join(REPO_ROOT, 'test', 'ci', 'setup-contract.test.ts');
    for (const file of [...sources(path.join(REPO_ROOT, 'test')), ...sources(path.join(REPO_ROOT, 'bench'))]) {
      if (file === self) continue;
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(SPAWN_LITERAL)) {
        const program = m[2] as string;
        if (!known.has(program) && !known.has(path.basename(program))) unknown.push(`${path.relative(REPO_ROOT, file)}: ${program}`);
      }
    }
    expect(unknown, 'add these to test/helpers/host-programs.ts and their packages to .ci/setup').to.deep.equal([]);
  });

  it('catches a spawn of an unlisted program (the scanner itself)', () => {
    const sample = "spawnSync('nvim', ['--headless']); execFileSync(QEMU, []); spawn(`jing`, [])";
    expect([...sample.matchAll(SPAWN_LITERAL)].map((m) => m[2])).to.deep.equal(['nvim', 'jing']);
  });
});
