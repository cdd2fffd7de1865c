import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { mayHoldMoreValues } from '../../src/cache/json-values.js';
import { MAX_RESULT_CACHE_VALUES } from '../../src/cache/result-cache.js';
import { CLI } from '../helpers/paths.js';
import { HOSTILE_BOUND_MS } from '../hardening/helpers.js';
import { cli, INVALID_DOMAIN, report, Scratch } from '../hardening/trust-helpers.js';

/**
 * Red team: the result cache file is bounded in bytes (256 MiB), but JSON.parse's memory grows with
 * the values a file holds, not its size: `[],` is 3 bytes and ~30 bytes of heap. A committed
 * `.virtlintcache` of 64 MiB of empty arrays took a `--cache` run out of a 256 MiB heap (a crash);
 * 250 MiB of them kept a default run collecting garbage past 4.9 GB for five minutes.
 */
describe('red team: a result cache file of many small values', function () {
  this.timeout(120000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it('64 MiB of empty arrays, under a 256 MiB heap: a warning, the document linted, the cache written anew (was: out of memory)', () => {
    const repo = scratch.repo({ 'vm.xml': INVALID_DOMAIN });
    const n = Math.floor((64 * 1024 * 1024) / 3);
    fs.writeFileSync(path.join(repo, '.virtlintcache'), `{"format":2,"entries":[${'[],'.repeat(n - 1)}[]]}`);
    const env = { PATH: process.env.PATH ?? '', HOME: repo, XDG_CACHE_HOME: path.join(repo, '.xdg-cache') };
    const r = spawnSync(process.execPath, ['--max-old-space-size=256', CLI, '--cache', '--no-probe', '-f', 'json', 'vm.xml'], { cwd: repo, env, encoding: 'utf8', timeout: HOSTILE_BOUND_MS, killSignal: 'SIGKILL' });
    expect(r.error, 'virtlint did not finish').to.equal(undefined);
    expect(r.signal, r.stderr.slice(0, 2000)).to.equal(null);
    expect(r.status, r.stderr.slice(0, 2000)).to.equal(1);
    expect(r.stderr).to.equal(`virtlint: warning: the cache ${path.join(repo, '.virtlintcache')} cannot be used: it holds more than 4,000,000 JSON values (it will be written anew)\n`);
    expect(report({ ...r, signal: null }).map((f) => f.messages.map((m) => m.ruleId))).to.deep.equal([['schema/invalid-value']]);
    const written = JSON.parse(fs.readFileSync(path.join(repo, '.virtlintcache'), 'utf8')) as { entries: object };
    expect(Object.keys(written.entries)).to.deep.equal([path.join(repo, 'vm.xml')]);
    // And the next run uses it, without a warning.
    const again = cli(['--cache', '--no-probe', '-f', 'json', 'vm.xml'], { cwd: repo });
    expect(again.stderr).to.equal('');
  });

  it('the count never falls below the values JSON.parse makes (containers, their elements, object members), counting separators inside strings too', () => {
    const values = (v: unknown): number => (Array.isArray(v) ? 1 + v.reduce((n: number, x) => n + values(x), 0) : v !== null && typeof v === 'object' ? 1 + Object.values(v).reduce((n: number, x) => n + values(x), 0) : 1);
    const samples = ['5', '"a,[{"', '[]', '[[]]', '[1,2,3]', '{"a":1,"b":[{},{"c":[1,[2]]}]}', '[[],[],[[],[{}]]]', '{"":{"":{"":[]}}}'];
    for (const json of samples) {
      const n = values(JSON.parse(json));
      // Below the true count it always says so (a file it lets through holds no more than the bound).
      expect(mayHoldMoreValues(Buffer.from(json), n - 1), `${json} holds ${n} values`).to.equal(true);
    }
    // 4 values, counted as 11 (an empty container is counted as if it held one): an over-count only.
    expect(mayHoldMoreValues(Buffer.from('[[],[],[]]'), 11)).to.equal(false);
    expect(MAX_RESULT_CACHE_VALUES).to.equal(4_000_000);
  });
});
