import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI } from '../helpers/paths.js';
import { suiteTempDir } from '../helpers/temp-dir.js';

/**
 * Hunt 18: a plugin rule that exhausts its worker thread's heap. The worker's 'error' event carries
 * ERR_WORKER_OUT_OF_MEMORY, whose `code` made lint-files.ts take it for an errno of the file: each
 * file the rule ran on was reported `io/unreadable`, "Cannot read vm.xml: Worker terminated due to
 * reaching memory limit: JS heap out of memory", as if the file could not be read. It is virtlint's
 * failure to check the file (virtlint/internal, as for a worker that exits), and the run goes on.
 */

const NETWORK = "<network>\n  <name>n</name>\n  <bridge name='br0'/>\n</network>\n";
const POOL = "<pool type='dir'>\n  <name>p</name>\n  <target><path>/var/lib/libvirt/images</path></target>\n</pool>\n";

describe('hunt 18: a plugin rule that runs its worker out of memory', function () {
  this.timeout(120000);
  const dir = suiteTempDir('virtlint-hunt18-memory-');

  before(() => {
    fs.mkdirSync(path.join(dir(), '.git'));
    fs.writeFileSync(path.join(dir(), 'net.xml'), NETWORK);
    fs.writeFileSync(path.join(dir(), 'pool.xml'), POOL);
    fs.writeFileSync(
      path.join(dir(), 'virtlint.config.mjs'),
      `const hog = { meta: { description: 'keeps everything', document: 'network' }, check() { const kept = []; for (;;) kept.push(new Array(1e6).fill(1)); } };
export default [{ plugins: { h: { rules: { hog } } }, rules: { 'h/hog': 'error' } }];
`,
    );
  });

  it('the file it ran on gets virtlint/internal naming the exhausted heap, not io/unreadable; the other file is linted', () => {
    // A small heap (workers take the main thread's limit), so that it runs out in a second or two.
    const r = spawnSync(process.execPath, ['--max-old-space-size=160', CLI, '--format', 'json', '--no-probe', 'net.xml', 'pool.xml'], { cwd: dir(), encoding: 'utf8', timeout: 100000 });
    expect(r.error).to.equal(undefined);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
    const net = results.find((f) => f.filePath.endsWith('net.xml'));
    expect(net?.messages.map((m) => m.ruleId)).to.deep.equal(['virtlint/internal']);
    expect(net?.messages[0]?.message).to.match(/^virtlint could not check this file: a worker thread stopped while linting: .*memory/);
    expect(results.find((f) => f.filePath.endsWith('pool.xml'))?.messages).to.deep.equal([]);
    expect(r.status).to.equal(1);
  });
});
