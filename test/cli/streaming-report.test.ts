import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli.js';
import { FileQueue } from '../../src/file-queue.js';
import { InOrder } from '../../src/in-order.js';
import { IN_ORDER_WINDOW, lintFilesInOrder } from '../../src/lint-files.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { runCli, spawnCli } from './run-cli.js';
import { heapWhileReporting, longDocuments } from './heap.js';
import { tempDir, writeTree } from './tmp.js';

const FIX = path.join(REPO_ROOT, 'test/fixtures/ci');
const IDE = fs.readFileSync(path.join(FIX, 'ide-ioeventfd.xml'), 'utf8');
const CLEAN = fs.readFileSync(path.join(FIX, 'clean.xml'), 'utf8');

/** `n` files vm0000.xml…, every third with findings (the first one included). */
function manyFiles(n: number): string {
  const dir = tempDir();
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`vm${String(i).padStart(4, '0')}.xml`] = i % 3 === 0 ? IDE : CLEAN;
  writeTree(dir, files);
  return dir;
}

/** Resolves once `count()` has not changed for `quietMs` (the run is waiting, not working). */
async function settled(count: () => number, quietMs = 400): Promise<number> {
  let last = -1;
  let since = Date.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 50));
    const now = count();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return now;
  }
}

describe('the CLI writes its report as the files are linted (bounded memory)', function () {
  this.timeout(180000);

  for (const format of ['json', 'stylish']) {
    it(`-f ${format}: the report begins before the last file is linted, and is the whole report`, async () => {
      // Above the progress bar's minimum (its count tells how far the run is), and more report than the
      // output gathers before a write.
      const n = 300;
      const dir = manyFiles(n);
      let stderr = '';
      let stdout = '';
      let linkedAtFirstWrite: number | undefined;
      const err = new PassThrough();
      err.on('data', (c: Buffer) => (stderr += c.toString()));
      const out = new Writable({
        write(chunk: Buffer, _enc, done) {
          if (linkedAtFirstWrite === undefined) {
            const counts = [...stderr.matchAll(/(\d+)\/300 files/g)].map((m) => Number(m[1]));
            linkedAtFirstWrite = counts.at(-1) ?? 0;
          }
          stdout += chunk.toString();
          done();
        },
      });
      const stdin = new PassThrough();
      stdin.end();
      const code = await main(['-f', format, '--no-cache', '--concurrency', '1', '.'], { stdout: out, stderr: err, stdin, isTTY: false, stderrIsTTY: true, env: { PATH: process.env.PATH }, cwd: dir });
      expect(code).to.equal(1);
      // Before: the whole report was made (and every result kept) after the last file, 300/300.
      expect(linkedAtFirstWrite, stderr).to.be.a('number').below(n);
      const whole = spawnCli(['-f', format, '--no-cache', '--concurrency', '1', '.'], { cwd: dir });
      expect(stdout).to.equal(whole.stdout);
    });
  }

  it('a slow reader holds the run back: at most the in-order window is linted ahead of the report, then every result arrives in order', async () => {
    const n = IN_ORDER_WINDOW + 200;
    const dir = manyFiles(n);
    for (const concurrency of [1, 2]) {
      let linted = 0;
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      const order: number[] = [];
      const names: string[] = [];
      const run = lintFilesInOrder([dir], { concurrency, onResult: () => linted++ }, (r, i) => {
        order.push(i);
        names.push(path.basename(r.filePath));
        return i === 0 ? held : undefined; // the reader of the first file's part does not come back
      });
      const stalled = await settled(() => linted);
      // The window, plus what a worker had taken before it ran out of room (two batches of at most 32).
      expect(stalled, `concurrency ${concurrency}`).to.be.below(n).and.at.most(1 + IN_ORDER_WINDOW + 2 * 32);
      release();
      expect(await run).to.equal(n);
      expect(order).to.deep.equal([...Array(n).keys()]);
      expect(names).to.deep.equal([...names].sort());
    }
  });

  it('an error of the consumer ends the run (lintFilesInOrder rejects with it)', async () => {
    const dir = manyFiles(5);
    const run = lintFilesInOrder([dir], { concurrency: 1 }, (_r, i) => {
      if (i === 2) throw new Error('the consumer failed');
    });
    let error: unknown;
    await run.catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('the consumer failed');
  });
});

/** The heap while the report of `n` long documents is written, with `format`. */
async function heapOfRun(n: number, format: string): Promise<number> {
  const dir = longDocuments(n);
  const most = await heapWhileReporting(dir, ['-f', format, '--no-cache', '--concurrency', '1', '.']);
  fs.rmSync(dir, { recursive: true, force: true });
  return most;
}

describe('the memory of a CLI run does not grow with its number of files', function () {
  this.timeout(300000);

  for (const format of ['json', 'stylish']) {
    it(`-f ${format}: 4× the files, under 2 KB more heap per added file (each document is ~8 KB; keeping results costs more than that)`, async () => {
      const n = 250;
      await heapOfRun(4 * n, format); // warm-up: grammar, optimised code, caches of a first run
      const small = await heapOfRun(n, format);
      const large = await heapOfRun(4 * n, format);
      const perFile = (large - small) / (3 * n);
      // Before: every result was kept with its source text until the report was made (~10 KB a file here).
      expect(perFile, `${(small / 1e6).toFixed(1)} MB for ${n} files, ${(large / 1e6).toFixed(1)} MB for ${4 * n}: ${(perFile / 1024).toFixed(2)} KB a file`).to.be.below(2048);
    });
  }
});

// After the runs without the cache above: its large runs before them raise their heap growth (measured
// 3.5 KB a file after them, before and after this test was added).
/**
 * The heap while the report of `n` long documents is written with --cache: `warm` fills the cache
 * first and then changes the first document, so that every later file is a hit that must wait for
 * it; otherwise the cache is empty (every file is read for its key and is a miss).
 */
async function heapOfCachedRun(n: number, warm: boolean): Promise<number> {
  const dir = longDocuments(n);
  const cache = path.join(tempDir(), 'cache.json');
  const args = ['-f', 'json', '--cache', '--cache-location', cache, '--concurrency', '1', '.'];
  if (warm) {
    await heapWhileReporting(dir, args);
    fs.appendFileSync(path.join(dir, 'vm0000.xml'), '<!-- changed -->\n');
  }
  const most = await heapWhileReporting(dir, args);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(path.dirname(cache), { recursive: true, force: true });
  return most;
}

describe('the memory of a --cache run does not grow with its number of files', function () {
  this.timeout(300000);

  for (const warm of [false, true]) {
    const what = warm ? 'a warm cache, the first file changed (every later hit waits for it)' : 'a cold cache (every file read for its key is a miss)';
    it(`${what}: 3× the files, under 4 KB more heap per added file (each document is ~8 KB)`, async () => {
      // Both runs larger than the in-order window, which may hold its files' results and texts.
      const n = IN_ORDER_WINDOW + 100;
      await heapOfCachedRun(n, warm); // warm-up: grammar, optimised code, caches of a first run
      const small = await heapOfCachedRun(n, warm);
      const large = await heapOfCachedRun(3 * n, warm);
      const perFile = (large - small) / (2 * n);
      // The cache keeps an entry per file until it is saved (key, hashes, diagnostics, notes: ~1–2 KB
      // in memory here, 1.5–1.9 KB a file measured); the documents' texts must not be kept (~8 KB).
      // Before: the pass that reads every file for its key kept each miss's text until it was linted,
      // and the results of hits waited (with their text) for the earlier misses.
      expect(perFile, `${(small / 1e6).toFixed(1)} MB for ${n} files, ${(large / 1e6).toFixed(1)} MB for ${3 * n}: ${(perFile / 1024).toFixed(2)} KB a file`).to.be.below(4096);
    });
  }
});

describe('InOrder', () => {
  it('hands items on in index order whatever order they complete in', async () => {
    const got: string[] = [];
    const q = new InOrder<string>((s) => {
      got.push(s);
    }, 10);
    for (const i of [3, 1, 0, 4, 2]) q.put(i, `#${i}`);
    await q.drained();
    expect(got).to.deep.equal(['#0', '#1', '#2', '#3', '#4']);
  });

  it('gives room to start an item only within the window past the last one handed on', async () => {
    let free: () => void = () => undefined;
    const q = new InOrder<number>((_item, i) => (i === 0 ? new Promise<void>((r) => (free = r)) : undefined), 2);
    let started = false;
    expect(q.room(1)).to.equal(undefined); // within the window: no waiting
    void q.room(2)?.then(() => (started = true));
    await new Promise((r) => setImmediate(r));
    expect(started).to.equal(false);
    q.put(1, 1);
    q.put(0, 0); // handed on, but its consumer has not finished
    await new Promise((r) => setImmediate(r));
    expect(started).to.equal(false);
    free();
    await q.drained();
    expect(started).to.equal(true);
  });

  it("a consumer's error rejects the waiting producers and drained()", async () => {
    const q = new InOrder<number>(() => {
      throw new Error('boom');
    }, 1);
    const waiting = q.room(5) as Promise<void>;
    q.put(0, 0);
    let a: unknown;
    let b: unknown;
    await waiting.catch((e: unknown) => (a = e));
    await q.drained().catch((e: unknown) => (b = e));
    expect((a as Error).message).to.equal('boom');
    expect((b as Error).message).to.equal('boom');
  });
});

describe('FileQueue', () => {
  it('hands out the files the cache does not serve, in order, never past the window, and a batch never waits for room', async () => {
    let free: () => void = () => undefined;
    const window = new InOrder<number>((_item, i) => (i === 0 ? new Promise<void>((r) => (free = r)) : undefined), 8);
    const served: number[] = [];
    // Every third file is a cache hit: its result is handed on when it is looked up.
    const queue = new FileQueue(20, 14, window, (i) => {
      if (i % 3 !== 1) return false;
      served.push(i);
      window.put(i, i);
      return true;
    });
    expect(await queue.next()).to.equal(0);
    // The rest of the window (files 1–7) in one batch: hits 1, 4, 7 handed on, not in the batch.
    expect(await queue.nextBatch(32)).to.deep.equal([2, 3, 5, 6]);
    expect(served).to.deep.equal([1, 4, 7]);
    expect(queue.remaining()).to.equal(14 - 5);
    let next: number | undefined;
    void queue.next().then((i) => (next = i));
    await new Promise((r) => setImmediate(r));
    expect(next, 'file 8 waits for room').to.equal(undefined);
    window.put(0, 0);
    free(); // file 0 handed on: 1 (a hit) follows, 2 has not been linted, so file 8 may start
    await new Promise((r) => setImmediate(r));
    expect(next).to.equal(8);
  });
});

describe('--output-file writes a temporary file beside the target and renames it', () => {
  it('a regular file: replaced whole, its permissions kept, no temporary file left', async () => {
    const dir = manyFiles(4);
    const report = path.join(dir, 'out', 'report.json');
    fs.mkdirSync(path.dirname(report));
    fs.writeFileSync(report, 'old', { mode: 0o600 });
    fs.chmodSync(report, 0o600);
    const r = await runCli(['-f', 'json', '--no-cache', '-o', report, '.'], { cwd: dir });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal('');
    expect((JSON.parse(fs.readFileSync(report, 'utf8')) as unknown[]).length).to.equal(4);
    expect(fs.statSync(report).mode & 0o777).to.equal(0o600);
    expect(fs.readdirSync(path.dirname(report))).to.deep.equal(['report.json']);
  });

  it('a run that ends without a report (exit 2) leaves the previous report and no temporary file', async () => {
    const dir = tempDir();
    const report = path.join(dir, 'report.json');
    fs.writeFileSync(report, 'previous');
    const r = await runCli(['-f', 'json', '--no-cache', '-o', report, 'missing-*.xml'], { cwd: dir });
    expect(r.code).to.equal(2);
    expect(fs.readFileSync(report, 'utf8')).to.equal('previous');
    expect(fs.readdirSync(dir)).to.deep.equal(['report.json']);
  });

  it('a symbolic link is written through (the link stays, its target gets the report)', async () => {
    const dir = manyFiles(2);
    const target = path.join(dir, 'target.txt');
    const link = path.join(dir, 'link.txt');
    fs.writeFileSync(target, '');
    fs.symlinkSync(target, link);
    const r = await runCli(['-f', 'stylish', '--no-cache', '-o', link, '.'], { cwd: dir });
    expect(r.code).to.equal(1);
    expect(fs.lstatSync(link).isSymbolicLink()).to.equal(true);
    expect(fs.readFileSync(target, 'utf8')).to.match(/ioeventfd/);
  });
});
