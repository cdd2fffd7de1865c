import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, EXAMPLES, REPO_ROOT } from '../helpers/paths.js';
import { HOSTILE_BOUND_MS } from '../hardening/helpers.js';
import { Scratch } from '../hardening/trust-helpers.js';

/**
 * Red team: the V8 code cache (bin/code-cache.js) is trusted only when this user alone can write it,
 * but a file of one's own can still be damaged (a bad disk block, a stray write, a full disk under
 * another tool). V8 checks code cache data only in debug builds: flipped bytes in it crashed every
 * run at the load (V8_Fatal "unreachable code", SIGTRAP, a segfault), and since the crash came
 * before the run's end the cache was never written again.
 */
describe('red team: a damaged code cache file', function () {
  this.timeout(180000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());
  const bundled = fs.existsSync(path.join(REPO_ROOT, 'dist', 'src', 'bundle', 'cli.cjs'));

  it('is not used and is written again: every run ends as one without a cache (was: V8_Fatal, SIGTRAP or SIGSEGV on every run)', function () {
    if (!bundled) this.skip();
    const xdg = scratch.dir();
    const dir = path.join(xdg, 'virtlint', 'code');
    const args = ['--no-cache', '--no-probe', '-f', 'json', path.join(EXAMPLES, 'disk-ide-ioeventfd.xml')];
    const run = (env: NodeJS.ProcessEnv) => {
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: xdg, ...env }, timeout: HOSTILE_BOUND_MS, killSignal: 'SIGKILL' });
      expect(r.error, 'virtlint did not finish').to.equal(undefined);
      return r;
    };
    const plain = run({ VIRTLINT_CODE_CACHE: '0' });
    run({});
    const [name] = fs.readdirSync(dir);
    const file = path.join(dir, name as string);
    const whole = fs.readFileSync(file);
    // Places that crashed V8 in Node 20 (its header and first objects; the end), and a few between.
    for (const at of [56, 64, 72, 96, 232, 1032, whole.length >> 1, whole.length - 100]) {
      const damaged = Buffer.from(whole);
      for (let i = at; i < Math.min(at + 16, damaged.length); i++) damaged[i] = (damaged[i] as number) ^ 0x5a;
      fs.writeFileSync(file, damaged);
      const r = run({});
      expect([r.status, r.signal, r.stderr.slice(0, 300)], `bytes ${at}..${at + 15} damaged`).to.deep.equal([plain.status, null, plain.stderr]);
      expect(r.stdout).to.equal(plain.stdout);
      expect(fs.readFileSync(file).equals(damaged), 'written again').to.equal(false);
      expect(run({}).stdout, 'and used by the next run').to.equal(plain.stdout);
    }
  });
});
