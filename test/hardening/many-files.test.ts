import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintFiles } from '../../src/lint-files.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';

/** Open file descriptors of this process (Linux). */
const openFds = (): number => fs.readdirSync('/proc/self/fd').length;

/**
 * A CI run over thousands of files: every file gets a result, and no file descriptor is left open
 * (whatever the file was: valid, broken, binary, too large, a directory, a dangling link).
 */
describe('hardening: thousands of files in one run', function () {
  this.timeout(0);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-many-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('2,000 mixed files: one result per file, no descriptor leaked, sources read whole', async () => {
    const corpus = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((f) => f.endsWith('.xml')).slice(0, 20).map((f) => fs.readFileSync(path.join(CORPUS, f))) : [];
    expect(corpus.length, `the shared corpus is needed (${CORPUS})`).to.be.greaterThan(0);
    const kinds: ((i: number) => Buffer | 'dir' | 'dangling')[] = [
      (i) => corpus[i % corpus.length]!,
      (i) => corpus[i % corpus.length]!.subarray(0, 100 + (i % 400)),
      (i) => Buffer.from(Array.from({ length: 64 }, (_, k) => (i * 31 + k * 7) % 256)),
      () => Buffer.alloc(11 * 1024, 0x20),
      () => 'dir',
      () => 'dangling',
    ];
    const files: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const file = path.join(dir, `f${String(i).padStart(4, '0')}.xml`);
      const made = kinds[i % kinds.length]!(i);
      if (made === 'dir') fs.mkdirSync(file);
      else if (made === 'dangling') fs.symlinkSync(path.join(dir, `missing-${i}.xml`), file);
      else fs.writeFileSync(file, made);
      files.push(file);
    }
    await lintFiles([files[0]!], { concurrency: 1 }); // modules and grammar loaded before counting descriptors
    const before = openFds();
    const results = await lintFiles(files, { concurrency: 1, maxBytes: 10 * 1024 });
    const after = openFds();
    // A directory named as an input is searched for *.xml files (these hold none): no result of its own.
    const kindOf = new Map(files.map((f, i) => [f, i % kinds.length]));
    expect(results.map((r) => r.filePath)).to.deep.equal(files.filter((f) => kindOf.get(f) !== 4));
    expect(after, `descriptors before ${before}, after ${after}`).to.be.at.most(before);
    for (const r of results) {
      const i = files.indexOf(r.filePath);
      const kind = kindOf.get(r.filePath);
      const ids = r.diagnostics.map((d) => d.ruleId);
      if (kind === 3) expect(ids, r.filePath).to.deep.equal(['xml/too-large']);
      if (kind === 5) expect(ids, r.filePath).to.deep.equal(['io/unreadable']);
      if (kind === 2) expect(ids.length, r.filePath).to.be.greaterThan(0);
      if (kind === 0) expect(Buffer.from(r.source ?? '', 'utf8').equals(corpus[i % corpus.length]!), r.filePath).to.equal(true);
    }
  });

  it('a walk of 12,000 files under a small stack lists them all (appending them with push(...files) overflowed it)', () => {
    const many = fs.mkdtempSync(path.join(dir, 'walk-'));
    for (let i = 0; i < 12000; i++) fs.writeFileSync(path.join(many, `${i}.xml`), '');
    // --stack-size=100 (KiB) puts the overflow at ~12,000 arguments instead of ~120,000 files.
    const script = `const { expandInputsDetailed } = await import(${JSON.stringify(path.join(REPO_ROOT, 'dist/src/files.js'))});
      process.stdout.write(String((await expandInputsDetailed([${JSON.stringify(many)}])).files.length));`;
    const r = spawnSync(process.execPath, ['--stack-size=100', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).to.not.match(/Maximum call stack size exceeded/);
    expect(r.stdout, r.stderr).to.equal('12000');
  });
});
