import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI } from '../helpers/paths.js';
import { cli, Scratch, VALID_DOMAIN } from '../hardening/trust-helpers.js';

/**
 * `-o` naming a named pipe (`mkfifo report; virtlint -o report .`, a log collector's FIFO). Opening a
 * FIFO for writing blocks until a process opens it for reading: with none, the run hung for ever. It
 * now waits a while for a reader (one that comes late still gets the report), then fails with a
 * message saying so, exit 2; a reader gets the whole report, however large (the pipe fills and drains).
 */
describe('red team: --output-file naming a FIFO', function () {
  this.timeout(120000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  function project(files = 1): string {
    const dir = scratch.dir();
    for (let i = 0; i < files; i++) fs.writeFileSync(path.join(dir, `vm${i}.xml`), VALID_DOMAIN.replace("type='kvm'", "type='bogus'"));
    spawnSync('mkfifo', [path.join(dir, 'report.fifo')]);
    return dir;
  }

  it('with no reader: exit 2 and a message, not a hang', () => {
    const dir = project();
    const run = cli(['-o', 'report.fifo', '.'], { cwd: dir });
    expect(run.status, run.stderr).to.equal(2);
    expect(run.stderr).to.equal('virtlint: --output-file report.fifo: no process opened the named pipe for reading within 10 s\n');
  });

  it('a reader that comes late gets the whole report; a large one fills and drains the pipe', async () => {
    const dir = project(400);
    const expected = cli(['-f', 'json', '.'], { cwd: dir });
    expect(expected.stdout.length).to.be.above(256 * 1024); // more than a pipe holds
    const lint = spawn(process.execPath, [CLI, '-f', 'json', '-o', 'report.fifo', '.'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_CACHE_HOME: path.join(dir, '.xdg-cache') } });
    const exited = new Promise<number | null>((resolve) => lint.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // A slow reader: the writer meets a full pipe again and again.
    const chunks: Buffer[] = [];
    const reader = fs.createReadStream(path.join(dir, 'report.fifo'), { highWaterMark: 4096 });
    for await (const chunk of reader) {
      chunks.push(chunk as Buffer);
      if (chunks.length % 16 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await exited).to.equal(1);
    expect(Buffer.concat(chunks).toString('utf8')).to.equal(expected.stdout);
  });
});
