import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { CLI } from '../helpers/paths.js';
import { HOSTILE_BOUND_MS } from '../hardening/helpers.js';
import { report, Scratch } from '../hardening/trust-helpers.js';

/**
 * Red team: `virtlint - < DIR` (a slip of the shell). Reading a directory fails, and Node's stream for
 * standard input simply ended: the run reported an empty document (xml/not-well-formed, "document must
 * contain a root element") instead of why nothing was read.
 */
describe('red team: standard input that is a directory', function () {
  this.timeout(60000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it('is io/unreadable saying so (was: an empty document, xml/not-well-formed)', () => {
    const dir = scratch.dir();
    const fd = fs.openSync(dir, 'r');
    try {
      const r = spawnSync(process.execPath, [CLI, '--no-probe', '--no-cache', '-f', 'json', '-'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: HOSTILE_BOUND_MS, killSignal: 'SIGKILL', env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_CACHE_HOME: `${dir}/.xdg` } });
      expect(r.error).to.equal(undefined);
      expect(r.status, r.stderr).to.equal(1);
      expect(report({ status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal }).map((f) => f.messages.map((m) => `${m.ruleId}: ${m.message}`))).to.deep.equal([['io/unreadable: Cannot read standard input: it is a directory']]);
    } finally {
      fs.closeSync(fd);
    }
  });
});
