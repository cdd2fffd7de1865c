import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { cli, INVALID_DOMAIN, report, Scratch, VALID_DOMAIN } from '../hardening/trust-helpers.js';

/**
 * Red team: names that are not UTF-8. Node reads names as UTF-8 and turns each bad byte into U+FFFD,
 * so the name it gives no longer opens the file. A directory of such a name was skipped by a walk
 * as if it had vanished (its documents silently unlinted, a green run); a file of such a name was
 * reported as "no such file" while it was right there.
 */
const WHY = 'its name is not valid UTF-8, and virtlint reads names as UTF-8: it cannot open it, nor anything in it, by that name (rename it)';

describe('red team: file and directory names that are not UTF-8', function () {
  this.timeout(60000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it('found by a walk: io/unreadable on the file and on the directory, saying why (were "no such file", and nothing at all)', () => {
    const repo = scratch.repo({ 'ok.xml': VALID_DOMAIN });
    const dir = Buffer.concat([Buffer.from(repo), Buffer.from('/vms-'), Buffer.from([0xff]), Buffer.from('-old')]);
    fs.mkdirSync(dir);
    fs.writeFileSync(Buffer.concat([dir, Buffer.from('/vm.xml')]), INVALID_DOMAIN);
    fs.writeFileSync(Buffer.concat([Buffer.from(repo), Buffer.from('/caf'), Buffer.from([0xe9]), Buffer.from('.xml')]), INVALID_DOMAIN);
    const run = cli(['--no-probe', '-f', 'json', '.'], { cwd: repo });
    expect(run.status, run.stderr).to.equal(1);
    const found = report(run).map((r) => [path.relative(repo, r.filePath), r.messages.map((m) => `${m.ruleId}: ${m.message}`)]);
    expect(found).to.deep.equal([
      ['caf\uFFFD.xml', [`io/unreadable: Cannot read ${path.join(repo, 'caf\uFFFD.xml')}: ${WHY}`]],
      ['ok.xml', []],
      ['vms-\uFFFD-old', [`io/unreadable: Cannot read ${path.join(repo, 'vms-\uFFFD-old')}: ${WHY}`]],
    ]);
  });

  it('a name that does contain U+FFFD (valid UTF-8) is linted as any other', () => {
    const repo = scratch.repo({ 'caf\uFFFD.xml': INVALID_DOMAIN, 'd\uFFFD/vm.xml': INVALID_DOMAIN });
    const run = cli(['--no-probe', '-f', 'json', '.'], { cwd: repo });
    expect(report(run).map((r) => [path.relative(repo, r.filePath), r.messages.map((m) => m.ruleId)])).to.deep.equal([
      ['caf\uFFFD.xml', ['schema/invalid-value']],
      ['d\uFFFD/vm.xml', ['schema/invalid-value']],
    ]);
  });
});
