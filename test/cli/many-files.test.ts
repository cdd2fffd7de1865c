import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { AUTO_FILES_PER_WORKER, batchSize, laneCount, lintFiles } from '../../src/lint-files.js';
import { FileJob } from '../../src/workers/file-job.js';
import { GrammarError } from '../../src/schema/check.js';
import { availableCores, WorkerPool } from '../../src/workers/pool.js';
import { createProgress, shouldShowProgress } from '../../src/progress.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { runCli, spawnCli } from './run-cli.js';
import { tempDir, writeTree } from './tmp.js';

const FIX = path.join(REPO_ROOT, 'test/fixtures/ci');
const IDE = fs.readFileSync(path.join(FIX, 'ide-ioeventfd.xml'), 'utf8');
const CLEAN = fs.readFileSync(path.join(FIX, 'clean.xml'), 'utf8');
const strip = (rs: { filePath: string; diagnostics: readonly unknown[] }[]): unknown => rs.map((r) => [r.filePath, r.diagnostics]);

describe('worker threads (--concurrency)', function () {
  this.timeout(180000);

  it('give the same results, in input order, as a run in one thread (the shared corpus)', async () => {
    if (!fs.existsSync(CORPUS)) throw new Error(`the shared corpus is missing: ${CORPUS}`);
    // No live probe: its answer may depend on timing (a probe can time out on a loaded machine).
    const config = { settingsOverrides: { probe: false } };
    const one = await lintFiles([CORPUS], { concurrency: 1, config });
    const two = await lintFiles([CORPUS], { concurrency: 2, config });
    expect(one.length).to.be.greaterThan(100);
    const differs = one.flatMap((r, i) => (JSON.stringify(strip([r])) === JSON.stringify(strip([two[i]!])) ? [] : [`${r.filePath}: ${JSON.stringify(r.diagnostics.map((d) => d.ruleId))} vs ${JSON.stringify(two[i]!.diagnostics.map((d) => d.ruleId))}`]));
    expect(differs, differs.slice(0, 3).join('\n')).to.deep.equal([]);
    expect(one.map((r) => r.filePath)).to.deep.equal([...one.map((r) => r.filePath)].sort());
  });

  it('the CLI with --concurrency 2 prints files in input order and exits like one thread', () => {
    const dir = tempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`vm${String(i).padStart(2, '0')}.xml`] = i % 3 === 0 ? IDE : CLEAN;
    writeTree(dir, files);
    const a = spawnCli(['-f', 'json', '--concurrency', '2', '.'], { cwd: dir });
    const b = spawnCli(['-f', 'json', '--concurrency', '1', '.'], { cwd: dir });
    expect(a.stderr).to.equal('');
    expect(a.code).to.equal(1);
    expect(a.stdout).to.equal(b.stdout);
    expect(JSON.parse(a.stdout).map((r: { filePath: string; errorCount: number }) => [path.basename(r.filePath), r.errorCount])).to.deep.equal(
      Object.keys(files).map((f, i) => [f, i % 3 === 0 ? 1 : 0]),
    );
  });

  it('an error inside a worker keeps its class across the thread (a broken grammar: exit 2, not an internal error)', async () => {
    const dir = tempDir();
    writeTree(dir, { 'schemas/domain.rng': '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="nowhere"/></start></grammar>', 'vm.xml': CLEAN });
    const pool = new WorkerPool(1, { config: { settingsOverrides: { schemas: path.join(dir, 'schemas') } } });
    try {
      let caught: unknown;
      await pool.lint(path.join(dir, 'vm.xml')).catch((e: unknown) => (caught = e));
      expect(caught).to.be.instanceOf(GrammarError);
      expect((caught as Error).message).to.contain('domain.rng cannot be compiled');
      // The worker survives the error and lints the next file (same worker, same broken grammar: same error).
      let again: unknown;
      await pool.lint(path.join(dir, 'vm.xml')).catch((e: unknown) => (again = e));
      expect(again).to.be.instanceOf(GrammarError);
    } finally {
      await pool.close();
    }
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`vm${i}.xml`] = CLEAN;
    writeTree(dir, files);
    const r = spawnCli(['--concurrency', '2', '--schemas', 'schemas', '.'], { cwd: dir });
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/^virtlint: the grammar .*domain\.rng cannot be compiled/);
  });

  it('auto starts no worker for a handful of files (a pre-commit run) nor for a few hundred, and uses at most one thread per core', () => {
    expect(laneCount({}, 1)).to.equal(1);
    expect(laneCount({ concurrency: 'auto' }, 15)).to.equal(1);
    expect(laneCount({ concurrency: 'auto' }, 2 * AUTO_FILES_PER_WORKER - 1)).to.equal(1);
    expect(laneCount({ concurrency: 'auto' }, 2 * AUTO_FILES_PER_WORKER)).to.equal(Math.min(2, availableCores()));
    expect(laneCount({ concurrency: 'auto' }, 1000 * AUTO_FILES_PER_WORKER)).to.equal(availableCores());
    expect(laneCount({ concurrency: 4 }, 3)).to.equal(3);
    expect(laneCount({ concurrency: 1 }, 1000)).to.equal(1);
  });

  it('a batch sent to a worker gives one result per file, in order, the same as this thread', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.xml': IDE, 'b.xml': CLEAN, 'c.xml': '<domain type="kvm"><name>x</name' });
    const names = ['a.xml', 'missing.xml', 'b.xml', 'c.xml'].map((f) => path.join(dir, f));
    const pool = new WorkerPool(1, {});
    try {
      const there = await Promise.all(pool.lintBatch(names.map((file) => ({ file }))));
      const job = new FileJob({});
      const here = await Promise.all(names.map((f) => job.lintPath(f)));
      expect(strip(there)).to.deep.equal(strip(here));
      expect(there.map((r) => r.diagnostics[0]?.ruleId)).to.deep.equal(['ioeventfd-requires-virtio', 'io/unreadable', undefined, here[3]!.diagnostics[0]!.ruleId]);
    } finally {
      await pool.close();
    }
  });

  it('batches shrink towards the end of a run, so no thread is left with a long tail', () => {
    expect(batchSize(5000, 2)).to.equal(32);
    expect(batchSize(80, 2)).to.equal(10);
    expect(batchSize(3, 2)).to.equal(1);
    expect(batchSize(0, 2)).to.equal(1);
  });

  it('--fix inside worker threads fixes every file', () => {
    const dir = tempDir();
    const nic = fs.readFileSync(path.join(FIX, 'nic-fixable.xml'), 'utf8');
    const files: Record<string, string> = {};
    for (let i = 0; i < 10; i++) files[`vm${i}.xml`] = nic;
    writeTree(dir, files);
    const r = spawnCli(['--fix', '--concurrency', '2', '-f', 'json', '.'], { cwd: dir });
    expect(r.stderr).to.equal('');
    for (const res of JSON.parse(r.stdout)) expect(res.output).to.equal(nic.replace('   ioeventfd="on"', '').replace(" ioeventfd='off'", ''));
    for (const f of Object.keys(files)) expect(fs.readFileSync(path.join(dir, f), 'utf8')).to.not.contain('ioeventfd');
  });

  it('rejects a bad --concurrency value', async () => {
    const r = await runCli(['--concurrency', 'many', path.join(FIX, 'clean.xml')]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.contain('--concurrency many');
  });
});

describe('--cache', () => {
  it('reuses a stored result for unchanged bytes and configuration, and recomputes when either changes', async () => {
    const dir = tempDir();
    writeTree(dir, { 'vm.xml': IDE });
    const first = await runCli(['--cache', '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(first.code).to.equal(1);
    const cacheFile = path.join(dir, '.virtlintcache');
    const stored = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    const entry = stored.entries[path.join(dir, 'vm.xml')];
    expect(entry.diagnostics[0].ruleId).to.equal('ioeventfd-requires-virtio');
    // A hit leaves the cache file alone (nothing new to store); a miss rewrites it (a new inode).
    const ino = (): number => fs.statSync(cacheFile).ino;
    const stored1 = ino();
    const hit = await runCli(['--cache', '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(JSON.parse(hit.stdout)[0].messages[0].ruleId).to.equal('ioeventfd-requires-virtio');
    expect(hit.code).to.equal(1);
    expect(ino(), 'a hit does not rewrite the cache').to.equal(stored1);
    // An entry edited by anyone but virtlint is a miss (issue 15.6: entries are authenticated).
    entry.diagnostics[0].message = 'FROM THE CACHE';
    fs.writeFileSync(cacheFile, JSON.stringify(stored));
    const tampered = await runCli(['--cache', '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(JSON.parse(tampered.stdout)[0].messages[0].message).to.not.equal('FROM THE CACHE');
    // Without --cache the cache is not consulted.
    expect(JSON.parse((await runCli(['-f', 'json', 'vm.xml'], { cwd: dir })).stdout)[0].messages[0].message).to.not.equal('FROM THE CACHE');
    // A configuration change is a miss.
    const stored2 = ino();
    const ruled = await runCli(['--cache', '-f', 'json', '--rule', 'ioeventfd-requires-virtio:warn', 'vm.xml'], { cwd: dir });
    expect(JSON.parse(ruled.stdout)[0].messages[0].severity).to.equal(1);
    expect(ino(), 'a miss stores the new result').to.not.equal(stored2);
    // A content change is a miss.
    fs.writeFileSync(path.join(dir, 'vm.xml'), IDE.replace('ide-disk', 'ide-disk2'));
    const changed = await runCli(['--cache', '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(JSON.parse(changed.stdout)[0].messages[0].message).to.contain('ioeventfd is only supported');
  });

  it('keys on capability files: editing one invalidates the results that used it', async () => {
    const dir = tempDir();
    writeTree(dir, { 'vm.xml': IDE, 'caps.json': '{}' });
    const key = (): string => Object.values(JSON.parse(fs.readFileSync(path.join(dir, 'cache/.virtlintcache'), 'utf8')).entries as Record<string, { key: string }>)[0]!.key;
    await runCli(['--cache', '--cache-location', 'cache/', '--no-config', '-f', 'json', 'vm.xml'], { cwd: dir, env: {} });
    writeTree(dir, { 'virtlint.config.json': JSON.stringify([{ settings: { caps: { '/usr/bin/qemu-system-x86_64': 'caps.json' } } }]) });
    await runCli(['--cache', '--cache-location', 'cache/', '-f', 'json', 'vm.xml'], { cwd: dir });
    const k1 = key();
    fs.writeFileSync(path.join(dir, 'caps.json'), '{ }\n'); // still a valid (empty) profile, other bytes
    await runCli(['--cache', '--cache-location', 'cache/', '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(key()).to.not.equal(k1);
  });

  it('a corrupt cache file is ignored and replaced', async () => {
    const dir = tempDir();
    writeTree(dir, { 'vm.xml': IDE, '.virtlintcache': '{not json' });
    const r = await runCli(['--cache', '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(r.code).to.equal(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, '.virtlintcache'), 'utf8')).format).to.equal(2);
  });
});

describe('progress bar', () => {
  it('only on a terminal, outside CI, for runs over 50 files', () => {
    expect(shouldShowProgress(51, { isTTY: true }, {})).to.equal(true);
    expect(shouldShowProgress(50, { isTTY: true }, {})).to.equal(false);
    expect(shouldShowProgress(500, { isTTY: false }, {})).to.equal(false);
    expect(shouldShowProgress(500, { isTTY: true }, { CI: 'true' })).to.equal(false);
  });

  it('draws on the stream and clears its line at the end', () => {
    let written = '';
    const p = createProgress(60, { write: (s: string) => (written += s), isTTY: true, columns: 80 }, {});
    for (let i = 0; i < 60; i++) p.tick();
    p.done();
    expect(written).to.contain('60/60 files');
    expect(written.endsWith('\r\u001b[2K')).to.equal(true);
  });

  it('the CLI shows it on a terminal stderr for many files, and never when stderr is piped', async () => {
    const dir = tempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 55; i++) files[`vm${i}.xml`] = CLEAN;
    writeTree(dir, files);
    const tty = await runCli(['--concurrency', '1', '.'], { cwd: dir, stderrIsTTY: true, env: {} });
    expect(tty.stderr).to.contain('55/55 files');
    expect(tty.stdout).to.equal('');
    const piped = await runCli(['--concurrency', '1', '.'], { cwd: dir, stderrIsTTY: false, env: {} });
    expect(piped.stderr).to.equal('');
    const ci = await runCli(['--concurrency', '1', '.'], { cwd: dir, stderrIsTTY: true, env: { CI: 'true' } });
    expect(ci.stderr).to.equal('');
  });
});
