import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { expandInputsDetailed, readBoundedRegularFile } from '../../src/files.js';
import { lintFiles } from '../../src/lint-files.js';
import { HOSTILE_BOUND_MS } from './helpers.js';
import { boundedReadCode as codeOf, mkfifo, Scratch, VALID_DOMAIN } from './trust-helpers.js';

/** Calls of fs.lstatSync, fs.statSync and fs.openSync on the given paths while `run` runs. */
async function fsCallsOn(paths: readonly string[], run: () => Promise<unknown> | unknown): Promise<{ lstat: string[]; stat: string[]; open: string[] }> {
  const calls = { lstat: [] as string[], stat: [] as string[], open: [] as string[] };
  const wanted = new Set(paths);
  const { lstatSync, statSync, openSync } = fs;
  const spy =
    <F extends (p: fs.PathLike, ...rest: never[]) => unknown>(f: F, into: string[]): F =>
    ((p: fs.PathLike, ...rest: never[]) => {
      if (wanted.has(String(p))) into.push(String(p));
      return f(p, ...rest);
    }) as F;
  Object.assign(fs, { lstatSync: spy(lstatSync, calls.lstat), statSync: spy(statSync, calls.stat), openSync: spy(openSync, calls.open) });
  try {
    await run();
  } finally {
    Object.assign(fs, { lstatSync, statSync, openSync });
  }
  return calls;
}

/**
 * A directory walk's readdir already looked at each entry without opening it (the entry type; Node
 * lstats the entry where the file system reports none), so a file it saw as regular is opened
 * without a second look (docs/security.md#files-virtlint-reads). What is swapped in after the walk
 * is still refused by the open (O_NOFOLLOW, O_NONBLOCK) and the fstat of the descriptor.
 */
describe('files a walk saw as regular: opened without a second look, still refused when swapped', function () {
  this.timeout(4 * HOSTILE_BOUND_MS);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it("expandInputsDetailed marks only walk-found regular files (not a FIFO, a folder named *.xml, or a named file)", async () => {
    const repo = scratch.repo({ 'vms/a.xml': VALID_DOMAIN, 'vms/b.XML': VALID_DOMAIN, 'named.xml': VALID_DOMAIN });
    mkfifo(path.join(repo, 'vms', 'pipe.xml'));
    fs.mkdirSync(path.join(repo, 'vms', 'folder.xml'));
    fs.symlinkSync(path.join(repo, 'named.xml'), path.join(repo, 'vms', 'link.xml'));
    const got = await expandInputsDetailed(['vms', 'named.xml', 'vms/*.xml'], repo);
    const marks = Object.fromEntries(got.files.map((f) => [path.relative(repo, f.path), { explicit: f.explicit, seenRegular: f.seenRegular === true }]));
    expect(marks).to.deep.equal({
      'vms/a.xml': { explicit: false, seenRegular: true },
      'vms/b.XML': { explicit: false, seenRegular: true },
      'vms/folder.xml': { explicit: false, seenRegular: false },
      'vms/pipe.xml': { explicit: false, seenRegular: false },
      'named.xml': { explicit: true, seenRegular: false },
    });
    expect(got.skipped.map((s) => path.relative(repo, s.path))).to.deep.equal(['vms/link.xml']);
    // A file both found by the walk and named: named wins, and gets its look before the open.
    const both = await expandInputsDetailed(['vms', 'vms/a.xml'], repo);
    expect(both.files.find((f) => f.path.endsWith('a.xml'))).to.deep.equal({ path: path.join(repo, 'vms', 'a.xml'), explicit: true });
  });

  it('a path the walk saw as a regular file and that is now a symlink, a FIFO, a directory or a device: refused without reading', () => {
    const d = scratch.dir();
    const opts = { maxBytes: 1024, seenRegular: true };
    const link = path.join(d, 'link.xml');
    fs.symlinkSync('/dev/zero', link);
    expect(codeOf(() => readBoundedRegularFile(link, opts))).to.equal('ESYMLINK');
    const fifo = path.join(d, 'fifo.xml');
    mkfifo(fifo);
    expect(codeOf(() => readBoundedRegularFile(fifo, opts)), 'a FIFO, opened non-blocking: refused by fstat, no wait').to.equal('ENOTREG');
    expect(codeOf(() => readBoundedRegularFile(d, opts))).to.equal('EISDIR');
    expect(codeOf(() => readBoundedRegularFile('/dev/null', opts)), 'a device: refused by fstat').to.equal('ENOTREG');
    expect(codeOf(() => readBoundedRegularFile(path.join(d, 'gone.xml'), opts))).to.equal('ENOENT');
    const big = path.join(d, 'big.xml');
    fs.writeFileSync(big, 'x'.repeat(1025));
    expect(codeOf(() => readBoundedRegularFile(big, opts))).to.equal('ETOOBIG');
  });

  it('the look before the open is skipped only for a walk-found regular file: kept for named paths (followed links) and other walk entries', async () => {
    const d = scratch.dir();
    const file = path.join(d, 'a.xml');
    fs.writeFileSync(file, VALID_DOMAIN);
    const walkSaw = await fsCallsOn([file], () => readBoundedRegularFile(file, { maxBytes: 1 << 20, seenRegular: true }));
    expect(walkSaw).to.deep.equal({ lstat: [], stat: [], open: [file] });
    const walk = await fsCallsOn([file], () => readBoundedRegularFile(file, { maxBytes: 1 << 20 }));
    expect(walk).to.deep.equal({ lstat: [file], stat: [], open: [file] });
    // `seenRegular` is about the link itself: a followed link gets its look at the target.
    const named = await fsCallsOn([file], () => readBoundedRegularFile(file, { maxBytes: 1 << 20, followSymlinks: true, seenRegular: true }));
    expect(named).to.deep.equal({ lstat: [], stat: [file], open: [file] });
  });

  it('lintFiles: walk-found regular files are opened once with no look first; a walk-found FIFO is looked at and never opened', async () => {
    const repo = scratch.repo({ 'vms/a.xml': VALID_DOMAIN, 'vms/b.xml': VALID_DOMAIN });
    const pipe = path.join(repo, 'vms', 'pipe.xml');
    mkfifo(pipe);
    const [a, b] = [path.join(repo, 'vms', 'a.xml'), path.join(repo, 'vms', 'b.xml')];
    let results: Awaited<ReturnType<typeof lintFiles>> = [];
    const calls = await fsCallsOn([a, b, pipe], async () => {
      results = await lintFiles(['vms'], { cwd: repo, concurrency: 1 });
    });
    expect(calls).to.deep.equal({ lstat: [pipe], stat: [], open: [a, b] });
    expect(results.map((r) => [path.basename(r.filePath), r.diagnostics.map((m) => m.ruleId)])).to.deep.equal([
      ['a.xml', []],
      ['b.xml', []],
      ['pipe.xml', ['io/unreadable']],
    ]);
    // Named, each file gets its look (after the input's own stat when the inputs are expanded).
    const namedCalls = await fsCallsOn([a], () => lintFiles([a], { cwd: repo, concurrency: 1 }));
    expect(namedCalls).to.deep.equal({ lstat: [], stat: [a, a], open: [a] });
  });

  it("reads to the end a file whose size fstat under-reports (/proc), and files of 0 bytes and of exactly the limit", () => {
    // /proc files report size 0: the read may not stop at the fstat size when bytes keep coming.
    const status = readBoundedRegularFile('/proc/self/status', { maxBytes: 1 << 20 }).toString();
    expect(status).to.match(/^Name:/);
    expect(status).to.match(/\nPid:\s+\d+\n/);
    expect(status.endsWith('\n')).to.equal(true);
    const d = scratch.dir();
    const empty = path.join(d, 'empty.xml');
    fs.writeFileSync(empty, '');
    expect(readBoundedRegularFile(empty, { maxBytes: 10, seenRegular: true }).length).to.equal(0);
    const exact = path.join(d, 'exact.xml');
    fs.writeFileSync(exact, '0123456789');
    expect(readBoundedRegularFile(exact, { maxBytes: 10, seenRegular: true }).toString()).to.equal('0123456789');
  });
});
