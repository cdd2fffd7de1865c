import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { maxWorkers } from '../../src/workers/pool.js';
import { cli, INVALID_DOMAIN, report, Scratch } from '../hardening/trust-helpers.js';

/**
 * Red team: the CLI's worker threads. A worker that dies fails the file it was linting and no other;
 * messages on a worker's port that are not the pool's own are ignored; and asking for thousands of
 * threads starts a bounded number.
 */

/** A plugin rule that reports the thread it ran on, and misbehaves (in worker threads only) by the domain's name. */
const CONFIG = `
import { isMainThread, parentPort, threadId } from 'node:worker_threads';
const rule = {
  meta: { description: 'misbehaves in workers' },
  check(domain, context) {
    const name = domain.name?.value ?? '';
    if (!isMainThread && name.startsWith('exit')) process.exit(3);
    if (!isMainThread && name.startsWith('post')) for (const m of [null, 'garbage', { replies: 'x' }, { replies: [null, { id: 0, result: null }, { id: 1 }] }, { probe: null }]) parentPort.postMessage(m);
    context.report({ range: domain.range, message: 'thread ' + threadId });
  },
};
export default [{ plugins: { w: { rules: { r: rule } } }, rules: { 'w/r': 'error' } }];
`;

const named = (name: string): string => INVALID_DOMAIN.replace('<name>trust</name>', `<name>${name}</name>`);

describe('red team: worker threads that die, talk out of turn, or are asked for by the thousand', function () {
  this.timeout(180000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  /** A project of `count` documents named by `nameOf(i)`, with the plugin. */
  const project = (count: number, nameOf: (i: number) => string): string => {
    const dir = scratch.repo({ 'virtlint.config.mjs': CONFIG });
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `f${String(i).padStart(3, '0')}.xml`), named(nameOf(i)));
    return dir;
  };

  it('a worker that exits while linting a file: that file fails, every other file of the run is linted (was: every file after it failed)', () => {
    // Every 20th document ends the worker linting it: some land in workers, whichever they are.
    const dir = project(200, (i) => (i % 20 === 7 ? `exit${i}` : `vm${i}`));
    const run = cli(['--no-cache', '--format', 'json', '--concurrency', '2', '.'], { cwd: dir });
    expect(run.stderr).to.equal('');
    const results = report(run);
    expect(results).to.have.length(200);
    let died = 0;
    for (const r of results) {
      const ids = r.messages.map((m) => m.ruleId);
      if (ids.includes('virtlint/internal')) {
        died++;
        expect(path.basename(r.filePath), 'only a file that ends its worker fails').to.match(/^f\d\d7\.xml$/);
        expect(r.messages.map((m) => m.message)).to.deep.equal(['virtlint could not check this file: a worker thread exited (code 3) while linting']);
      } else {
        expect(ids, r.filePath).to.deep.equal(['w/r', 'schema/invalid-value']);
      }
    }
    expect(died, 'some of the ten landed in a worker').to.be.above(0);
    expect(died).to.be.at.most(10);
  });

  it("messages a plugin posts on a worker's port (null, a string, forged replies): ignored, every result is the real one (was: the process died)", () => {
    const dir = project(120, (i) => (i % 10 === 3 ? `post${i}` : `vm${i}`));
    const run = cli(['--no-cache', '--format', 'json', '--concurrency', '2', '.'], { cwd: dir });
    expect(run.stderr).to.equal('');
    expect(run.status).to.equal(1);
    const results = report(run);
    expect(results).to.have.length(120);
    for (const r of results) expect(r.messages.map((m) => m.ruleId), r.filePath).to.deep.equal(['w/r', 'schema/invalid-value']);
  });

  it(`--concurrency 32: at most ${maxWorkers()} worker threads start (was: 32, ~30 MB and a JIT warm-up each)`, () => {
    const dir = project(40, (i) => `vm${i}`);
    const run = cli(['--no-cache', '--format', 'json', '--concurrency', '32', '.'], { cwd: dir });
    expect(run.stderr).to.equal('');
    const threads = new Set(report(run).flatMap((r) => r.messages.filter((m) => m.ruleId === 'w/r').map((m) => m.message)));
    expect(threads.size, [...threads].join()).to.be.at.most(maxWorkers() + 1);
    expect(threads.size).to.be.above(1);
  });
});
