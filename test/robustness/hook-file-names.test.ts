import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { cli, Scratch, VALID_DOMAIN } from '../hardening/trust-helpers.js';

/**
 * Red team: the pre-commit hook (.pre-commit-hooks.yaml) runs `prebuilt/virtlint.js ARGS FILES`, the
 * staged files' paths appended after the user's `args` with no `--` between them. A file at the top
 * of a repository named like an option and `.xml` (so `types: [xml]` passes it) is then read as that
 * option: a pull request adding `--output-file=README.xml` makes `pre-commit run --all-files` replace
 * README.xml (any file not staged) with the report. The hook cannot put `--` in `args` (the README's
 * recipe sets `args: [--no-probe]`, which replaces them) nor in `entry` (the user's args would follow
 * it as file names).
 *
 * The hook's default `args` and every recipe now end with `--` (test/docs/integrations.test.ts checks
 * the recipes; test/e2e/pre-commit.test.ts runs the README's through real pre-commit).
 */
describe('red team: file names the pre-commit hook passes are never read as options', function () {
  this.timeout(60000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it('a staged file named --output-file=README.xml is linted as a file; README.xml is left alone (was: replaced by the report)', () => {
    const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN, 'README.xml': '<doc>keep me</doc>\n', '--output-file=README.xml': VALID_DOMAIN });
    // What pre-commit runs for the README's recipe: entry, `args: [--no-probe, --]`, then the file names.
    const run = cli(['--no-probe', '--', '--output-file=README.xml', 'vm.xml'], { cwd: repo });
    expect(fs.readFileSync(path.join(repo, 'README.xml'), 'utf8')).to.equal('<doc>keep me</doc>\n');
    expect(run.status, run.stderr).to.equal(0);
  });
});
