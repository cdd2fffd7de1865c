import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI } from '../helpers/paths.js';
import { HOSTILE_BOUND_MS } from '../hardening/helpers.js';
import { cli, report, Scratch } from '../hardening/trust-helpers.js';
import { QEMU, qemuInstalled } from '../caps/helpers.js';

/**
 * Red team: virtlint keeps caches under `$XDG_CACHE_HOME/virtlint` besides the code cache — probe
 * results (`caps/`) and compiled foreign grammars (`grammars/`, `grammars/model/`) — and trusted them
 * wherever they were and whoever wrote them. The code cache was already used only from a directory
 * and files that are the user's alone; these were not. A cache directory another user can write (one
 * they own, a shared or world-writable XDG_CACHE_HOME, a user's ~/.cache read by `sudo virtlint` that
 * kept HOME) let them:
 * - plant a probe result: the capability rules reported what the planter chose, as "probe of …";
 * - plant a compiled grammar under the key of a schema set (its content hash, computable by anyone who
 *   has the schemas): documents were validated against the planter's grammar;
 * - plant a symbolic link where the grammar cache writes its temporary file (`KEY.json.PID.tmp`, written
 *   without O_EXCL): the compiled grammar was written through it, over any file the user may write.
 * Tests run as root and hand the directories to `nobody` with chown.
 */

const NOBODY = { uid: 65534, gid: 65534 };

/** `dir` and everything in it, owned by nobody (what another user's directory is). */
function giveToNobody(dir: string): void {
  const walk = (p: string): void => {
    fs.lchownSync(p, NOBODY.uid, NOBODY.gid);
    if (fs.lstatSync(p).isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
  };
  walk(dir);
}

const envWith = (home: string, xdg: string): NodeJS.ProcessEnv => ({ PATH: process.env.PATH ?? '', HOME: home, XDG_CACHE_HOME: xdg });

const DOMAIN = `<domain type='qemu'>
  <name>cache-dirs</name>
  <memory unit='KiB'>1048576</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices><emulator>${QEMU}</emulator></devices>
</domain>
`;

describe('red team: caches in a directory another user can write', function () {
  this.timeout(120000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  before(function () {
    if (process.getuid?.() !== 0) {
      console.warn('    (skipped: needs root, to hand directories to nobody)');
      this.skip();
    }
  });

  describe('the probe cache', function () {
    before(function () {
      if (!qemuInstalled()) {
        console.warn(`    (skipped: ${QEMU} is missing — install Debian's qemu-system-x86)`);
        this.skip();
      }
    });

    /** A real probe entry of the system QEMU, with `arches` forged to aarch64 alone: [file name, forged JSON]. */
    function forgedEntry(repo: string): [string, string] {
      const own = path.join(repo, '.own-cache');
      const run = cli(['-f', 'json', 'vm.xml'], { cwd: repo, env: envWith(repo, own) });
      expect(run.status, run.stderr).to.equal(0);
      const dir = path.join(own, 'virtlint', 'caps');
      const [name] = fs.readdirSync(dir);
      const entry = JSON.parse(fs.readFileSync(path.join(dir, name!), 'utf8')) as { profile: { arches: string[] } };
      entry.profile.arches = ['aarch64'];
      return [name!, JSON.stringify(entry)];
    }

    const archFindings = (run: ReturnType<typeof cli>): string[] =>
      report(run)
        .flatMap((r) => r.messages)
        .map((m) => `${m.ruleId}: ${m.message}`);

    it('an entry of your own, in your own directory, is used (the forged entry below is read when it is yours)', () => {
      const repo = scratch.repo({ 'vm.xml': DOMAIN });
      const [name, forged] = forgedEntry(repo);
      const xdg = path.join(repo, '.own-cache');
      fs.writeFileSync(path.join(xdg, 'virtlint', 'caps', name), forged);
      const run = cli(['-f', 'json', 'vm.xml'], { cwd: repo, env: envWith(repo, xdg) });
      expect(run.status, run.stderr).to.equal(1);
      expect(archFindings(run)).to.have.length(1);
      expect(archFindings(run)[0]).to.match(/^emulator-supports-arch-and-type: The emulator does not run guest architecture 'x86_64'/);
    });

    it("is not trusted from a directory another user owns: the emulator is probed, no planted finding, nothing written there (was: the planter's arches reported as the probe's)", () => {
      const repo = scratch.repo({ 'vm.xml': DOMAIN });
      const [name, forged] = forgedEntry(repo);
      const xdg = scratch.dir();
      fs.mkdirSync(path.join(xdg, 'virtlint', 'caps'), { recursive: true });
      fs.writeFileSync(path.join(xdg, 'virtlint', 'caps', name), forged);
      giveToNobody(path.join(xdg, 'virtlint'));
      const run = cli(['-f', 'json', 'vm.xml'], { cwd: repo, env: envWith(repo, xdg) });
      expect(run.status, run.stderr).to.equal(0);
      expect(archFindings(run)).to.deep.equal([]);
      expect(fs.readdirSync(path.join(xdg, 'virtlint', 'caps'))).to.deep.equal([name]);
      expect(fs.readFileSync(path.join(xdg, 'virtlint', 'caps', name), 'utf8')).to.equal(forged);
    });

    it('is not trusted when the entry is another user\'s, or the directory writable by others', () => {
      const repo = scratch.repo({ 'vm.xml': DOMAIN });
      const [name, forged] = forgedEntry(repo);
      for (const [label, plant] of [
        ['a file owned by nobody in your directory', (dir: string, file: string) => fs.chownSync(file, NOBODY.uid, NOBODY.gid)],
        ['your file, writable by others', (_dir: string, file: string) => fs.chmodSync(file, 0o666)],
        ['your file in a directory every user may write', (dir: string) => fs.chmodSync(dir, 0o777)],
        ['your file in a group-writable directory', (dir: string) => fs.chmodSync(dir, 0o770)],
      ] as const) {
        const xdg = scratch.dir();
        const dir = path.join(xdg, 'virtlint', 'caps');
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        fs.writeFileSync(path.join(dir, name), forged, { mode: 0o600 });
        plant(dir, path.join(dir, name));
        const run = cli(['-f', 'json', 'vm.xml'], { cwd: repo, env: envWith(repo, xdg) });
        expect(run.status, `${label}: ${run.stderr}`).to.equal(0);
        expect(archFindings(run), label).to.deep.equal([]);
      }
    });
  });

  describe('the compiled-grammar cache (--schemas)', () => {
    const STRICT = `<grammar xmlns="http://relaxng.org/ns/structure/1.0">
  <start><element name="domain"><attribute name="type"/><element name="name"><text/></element></element></start>
</grammar>
`;
    const LENIENT = STRICT.replace('<element name="name"><text/></element>', '<zeroOrMore><element><anyName/><text/></element></zeroOrMore>');
    const BAD = `<domain type="kvm"><name>a</name><bogus/></domain>\n`;

    /** A schema set, and the cache files a run with a cache of its own writes for it (relative to XDG_CACHE_HOME). */
    function schemaSet(rng: string): { dir: string; files: Map<string, string> } {
      const dir = scratch.dir();
      fs.writeFileSync(path.join(dir, 'domain.rng'), rng);
      fs.writeFileSync(path.join(dir, 'doc.xml'), BAD);
      const xdg = scratch.dir();
      const run = cli(['--no-probe', '--schemas', dir, '-f', 'json', 'doc.xml'], { cwd: dir, env: envWith(dir, xdg) });
      expect(run.status, run.stderr).to.be.oneOf([0, 1]);
      const files = new Map<string, string>();
      const root = path.join(xdg, 'virtlint', 'grammars');
      for (const rel of ['', 'model']) {
        // The model (for wording schema errors) is compiled only for a document with one.
        if (!fs.existsSync(path.join(root, rel))) continue;
        for (const f of fs.readdirSync(path.join(root, rel)).filter((n) => n.endsWith('.json'))) files.set(path.join(rel, f), fs.readFileSync(path.join(root, rel, f), 'utf8'));
      }
      return { dir, files };
    }

    // Fixed in src/schema/grammars.ts (readCached): read through src/private-cache.ts
    // (readPrivateCacheFile), as the probe cache does.
    it('a compiled grammar planted in a directory another user owns is not used: the document is checked against its own schemas (was: against the planter\'s)', () => {
      const strict = schemaSet(STRICT);
      const lenient = schemaSet(LENIENT);
      expect(lenient.files.size, 'the lenient grammar accepts the document: no model compiled for wording').to.equal(1);
      const xdg = scratch.dir();
      const root = path.join(xdg, 'virtlint', 'grammars');
      fs.mkdirSync(root, { recursive: true });
      // The lenient set's compiled grammar under the strict set's name.
      const grammarOf = (files: Map<string, string>): string => [...files.keys()].find((k) => !k.startsWith('model'))!;
      fs.writeFileSync(path.join(root, grammarOf(strict.files)), lenient.files.get(grammarOf(lenient.files))!);
      giveToNobody(path.join(xdg, 'virtlint'));
      const run = cli(['--no-probe', '--schemas', strict.dir, '-f', 'json', 'doc.xml'], { cwd: strict.dir, env: envWith(strict.dir, xdg) });
      expect(run.status, run.stderr).to.equal(1);
      expect(report(run).flatMap((r) => r.messages.map((m) => m.ruleId))).to.deep.equal(['schema/unexpected-element']);
    });

    // Fixed in src/schema/grammars.ts (writeCached wrote `${file}.${process.pid}.tmp` with writeFileSync,
    // which follows a link and does not fail on an existing file): it writes through writePrivateCacheFile.
    it('a link planted where the grammar cache writes its temporary file is not written through (was: the compiled grammar written over the file it names)', () => {
      const strict = schemaSet(STRICT);
      const xdg = scratch.dir();
      const root = path.join(xdg, 'virtlint', 'grammars');
      fs.mkdirSync(path.join(root, 'model'), { recursive: true });
      giveToNobody(path.join(xdg, 'virtlint'));
      const victim = path.join(scratch.dir(), 'precious.txt');
      fs.writeFileSync(victim, 'precious\n');
      // The temporary name depends only on the key (anyone can compute it) and the process id: this
      // preload, run in virtlint's own process, plants the link (owned by nobody) for that id.
      const plant = path.join(scratch.dir(), 'plant.mjs');
      fs.writeFileSync(
        plant,
        `import fs from 'node:fs';
for (const f of ${JSON.stringify([...strict.files.keys()].map((rel) => path.join(root, rel)))}) {
  const link = f + '.' + process.pid + '.tmp';
  fs.symlinkSync(${JSON.stringify(victim)}, link);
  fs.lchownSync(link, ${NOBODY.uid}, ${NOBODY.gid});
}
`,
      );
      const r = spawnSync(process.execPath, ['--import', plant, CLI, '--no-probe', '--schemas', strict.dir, '-f', 'json', 'doc.xml'], {
        cwd: strict.dir,
        env: envWith(strict.dir, xdg),
        encoding: 'utf8',
        timeout: HOSTILE_BOUND_MS,
        killSignal: 'SIGKILL',
      });
      expect(r.status, r.stderr).to.equal(1);
      expect(fs.readFileSync(victim, 'utf8')).to.equal('precious\n');
    });
  });
});
