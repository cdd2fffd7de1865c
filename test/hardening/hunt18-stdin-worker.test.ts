import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI } from '../helpers/paths.js';
import { suiteTempDir } from '../helpers/temp-dir.js';

/**
 * Hunt 18: standard input linted in a worker thread (its configuration loads plugins) whose worker
 * dies: a plugin rule that calls process.exit, or exhausts the heap. A file gets virtlint/internal
 * and the run goes on (exit 1); standard input ended the run instead ("virtlint: internal error: a
 * worker thread exited (code 3) while linting", exit 2, no report), and the filter `--stdin --fix`
 * printed nothing: `virtlint --stdin --fix < vm.xml > fixed.xml`, or an editor's filter, emptied the
 * document. A rule that never returns was already handled (the document printed back unchanged).
 */

const NETWORK = "<network>\n  <name>n</name>\n  <bridge name='br0'/>\n</network>\n";

describe('hunt 18: standard input whose lint worker dies', function () {
  this.timeout(120000);
  const dir = suiteTempDir('virtlint-hunt18-stdin-');

  before(() => {
    fs.mkdirSync(path.join(dir(), '.git'));
    fs.writeFileSync(
      path.join(dir(), 'virtlint.config.mjs'),
      `const quit = { meta: { description: 'ends its thread', document: 'network' }, check() { process.exit(3); } };
export default [{ plugins: { h: { rules: { quit } } }, rules: { 'h/quit': 'error' } }];
`,
    );
  });

  const run = (args: readonly string[]): ReturnType<typeof spawnSync> =>
    spawnSync(process.execPath, [CLI, '--no-probe', '--stdin', '--stdin-filename', 'net.xml', ...args], { cwd: dir(), input: NETWORK, encoding: 'utf8', timeout: 100000 });

  it('--stdin -f json: the document gets virtlint/internal, exit 1 (was: exit 2, no report)', () => {
    const r = run(['-f', 'json']);
    expect(r.error).to.equal(undefined);
    const results = JSON.parse(r.stdout as string) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
    expect(results.map((f) => [path.basename(f.filePath), f.messages.map((m) => m.ruleId)])).to.deep.equal([['net.xml', ['virtlint/internal']]]);
    expect(results[0]?.messages[0]?.message).to.equal('virtlint could not check this file: a worker thread exited (code 3) while linting');
    expect(r.status).to.equal(1);
  });

  it('--stdin --fix: the document is printed back unchanged, the finding on stderr, exit 1 (was: nothing printed)', () => {
    const r = run(['--fix']);
    expect(r.error).to.equal(undefined);
    expect(r.stdout).to.equal(NETWORK);
    expect(r.stderr).to.include('virtlint/internal');
    expect(r.status).to.equal(1);
  });
});
