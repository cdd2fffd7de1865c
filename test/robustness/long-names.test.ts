import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { fitName } from '../../src/temp-beside.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { cli, report, Scratch } from '../hardening/trust-helpers.js';

/**
 * Red team: names near the file system's limit (NAME_MAX, 255 bytes). `--fix`, `-o` and the result
 * cache write a temporary file beside their target, named after it with ~20-30 bytes more: a target
 * named with more than ~225 bytes could never be fixed, nor a report or a cache written there
 * (ENAMETOOLONG on the temporary file's name).
 */
const NIC = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/ci/nic-fixable.xml'), 'utf8');

describe('red team: targets named near NAME_MAX', function () {
  this.timeout(60000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it('--fix fixes a file of a 250-byte name and one of 252 bytes in two-byte characters, leaving no temporary file (was: ENAMETOOLONG)', () => {
    const names = [`${'v'.repeat(246)}.xml`, `${'\u00e9'.repeat(124)}.xml`];
    const repo = scratch.repo(Object.fromEntries(names.map((n) => [n, NIC])));
    const run = cli(['--no-probe', '--no-cache', '--fix', '-f', 'json', '.'], { cwd: repo });
    expect(report(run).map((r) => r.messages.filter((m) => m.ruleId.startsWith('io/')).map((m) => m.message))).to.deep.equal([[], []]);
    for (const n of names) expect(fs.readFileSync(path.join(repo, n), 'utf8')).to.not.contain('ioeventfd');
    expect(fs.readdirSync(repo).filter((n) => n.endsWith('.tmp'))).to.deep.equal([]);
  });

  it('-o and --cache-location of 250-byte names are written (was: exit 2, and a warning)', () => {
    const repo = scratch.repo({ 'vm.xml': NIC });
    const out = `${'r'.repeat(245)}.json`;
    const cache = `${'c'.repeat(244)}.cache`;
    const run = cli(['--no-probe', '--cache', '--cache-location', cache, '-f', 'json', '-o', out, 'vm.xml'], { cwd: repo });
    expect([run.status, run.stderr]).to.deep.equal([0, '']);
    expect(JSON.parse(fs.readFileSync(path.join(repo, out), 'utf8'))).to.have.length(1);
    expect((JSON.parse(fs.readFileSync(path.join(repo, cache), 'utf8')) as { format: number }).format).to.equal(2);
  });

  it('fitName cuts the name between characters to fit 255 bytes, and leaves a short one alone', () => {
    expect(fitName('.', 'vm.xml', '.tmp')).to.equal('.vm.xml.tmp');
    const cut = fitName('.', '\u00e9'.repeat(200), '.virtlint-1234567-0123abcd.tmp');
    expect(Buffer.byteLength(cut)).to.be.at.most(255).and.at.least(254);
    expect(cut).to.match(/^\.\u00e9+\.virtlint-1234567-0123abcd\.tmp$/);
  });
});
