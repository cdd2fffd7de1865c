import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { cli, INVALID_DOMAIN, report, Scratch, VALID_DOMAIN } from '../hardening/trust-helpers.js';

/**
 * Red team: virtlint writes a user's file only under --fix. `--cache-location` naming a file that is
 * not a virtlint cache — one of the linted documents, a typo for another file — replaced that file
 * with the cache (data loss, exit 0).
 */
describe('red team: --cache-location never replaces a file that is not a virtlint cache', function () {
  this.timeout(60000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it('naming the linted document itself, or another file: a warning, both files byte-identical, the report as without a cache', () => {
    const repo = scratch.repo({ 'vm.xml': INVALID_DOMAIN, 'notes.txt': 'my notes\n' });
    for (const [location, inputs] of [['vm.xml', ['vm.xml']], ['notes.txt', ['vm.xml']], ['vm.xml', ['--concurrency', '2', 'vm.xml', '.']]] as const) {
      const run = cli(['--cache', '--cache-location', location, '--no-probe', '-f', 'json', ...inputs], { cwd: repo });
      expect(run.status, run.stderr).to.equal(1);
      expect(report(run)[0]!.messages.map((m) => m.ruleId)).to.deep.equal(['schema/invalid-value']);
      expect(run.stderr).to.equal(`virtlint: warning: the cache ${path.join(repo, location)} was not saved: that file exists and is not a virtlint cache, and virtlint replaces only its own cache file (delete it, or choose another --cache-location)\n`);
      expect(fs.readFileSync(path.join(repo, 'vm.xml'), 'utf8')).to.equal(INVALID_DOMAIN);
      expect(fs.readFileSync(path.join(repo, 'notes.txt'), 'utf8')).to.equal('my notes\n');
    }
  });

  it('its own cache file, an empty file and a missing one are written; a cache of another format, and a corrupt file named .virtlintcache, are replaced', () => {
    const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN, 'empty.cache': '', 'old.cache': '{"format":1,"version":"0.0.1","entries":{}}', 'sub/.virtlintcache': '{not json' });
    for (const location of ['.virtlintcache', 'empty.cache', 'old.cache', '.virtlintcache', 'sub/.virtlintcache']) {
      const run = cli(['--cache', '--cache-location', location, '--no-probe', 'vm.xml'], { cwd: repo });
      expect(run.status, run.stderr).to.equal(0);
      expect(run.stderr).to.equal('');
      const written = JSON.parse(fs.readFileSync(path.join(repo, location), 'utf8')) as { format: number; entries: object };
      expect(written.format).to.equal(2);
      expect(Object.keys(written.entries)).to.deep.equal([path.join(repo, 'vm.xml')]);
    }
  });
});
