import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigResolver } from '../../src/config/index.js';
import { TestLspClient } from '../lsp/client.js';
import { HOSTILE_BOUND_MS } from './helpers.js';
import { cli, report, Scratch, VALID_DOMAIN } from './trust-helpers.js';

/** A configuration that proves it ran by creating `marker`, and turns off every finding it can. */
const MARKING_CONFIG = (marker: string): string =>
  `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(marker)}, 'ran');\nexport default [{ settings: { probe: false } }];\n`;

/**
 * Issue 15, item 3: configuration lookup stops at the repository root (the nearest .git) and at the
 * editor's workspace; a configuration found by lookup is used only when it and its directory are
 * owned by the user (or root) and not writable by others — a .mjs in /tmp is never run.
 */
describe('issue 15.3: configuration is found only where the user trusts it', function () {
  this.timeout(4 * HOSTILE_BOUND_MS);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it('lookup stops at the repository root: a virtlint.config.mjs above it is never run', () => {
    const above = scratch.dir();
    const marker = path.join(above, 'ran');
    fs.writeFileSync(path.join(above, 'virtlint.config.mjs'), MARKING_CONFIG(marker));
    const repo = path.join(above, 'repo');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'vm.xml'), VALID_DOMAIN);
    const run = cli(['-f', 'json', 'repo/vm.xml'], { cwd: above });
    expect(run.status, run.stderr).to.equal(0);
    expect(fs.existsSync(marker), 'the configuration above the repository ran').to.equal(false);
    // The same file inside the repository is the repository's own configuration: it is used.
    fs.renameSync(path.join(above, 'virtlint.config.mjs'), path.join(repo, 'virtlint.config.mjs'));
    expect(cli(['-f', 'json', 'repo/vm.xml'], { cwd: above }).status).to.equal(0);
    expect(fs.existsSync(marker), 'the repository configuration is used').to.equal(true);
  });

  it('a virtlint.config.mjs in a world-writable directory (like /tmp) is refused, not run, even with no repository', () => {
    const shared = scratch.dir();
    fs.chmodSync(shared, 0o1777);
    const marker = path.join(shared, 'ran');
    fs.writeFileSync(path.join(shared, 'virtlint.config.mjs'), MARKING_CONFIG(marker));
    fs.mkdirSync(path.join(shared, 'project'));
    fs.writeFileSync(path.join(shared, 'project', 'vm.xml'), VALID_DOMAIN);
    const run = cli(['project/vm.xml'], { cwd: shared });
    expect(run.status).to.equal(2);
    expect(run.stderr).to.match(/virtlint\.config\.mjs: not used: its directory .* is writable by every user/);
    expect(fs.existsSync(marker), 'a configuration in a world-writable directory ran').to.equal(false);
    // Named explicitly, it is the user's choice.
    expect(cli(['--config', path.join(shared, 'virtlint.config.mjs'), '-f', 'json', 'project/vm.xml'], { cwd: shared }).status).to.equal(0);
    expect(fs.existsSync(marker)).to.equal(true);
  });

  it('a JSON configuration owned by another user is refused (it could turn rules off or allow-list a binary)', async function () {
    if (process.getuid?.() !== 0) this.skip();
    const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN.replace("type='kvm'", "type='bogus'"), 'virtlint.config.json': JSON.stringify([{ rules: {} }]) });
    fs.chownSync(path.join(repo, 'virtlint.config.json'), 65534, 65534);
    const run = cli(['vm.xml'], { cwd: repo });
    expect(run.status).to.equal(2);
    expect(run.stderr).to.match(/not used: it is owned by another user \(uid 65534\)/);
    await new ConfigResolver().forFile(path.join(repo, 'vm.xml')).then(
      () => expect.fail('resolved'),
      (e: Error) => expect(e.message).to.match(/owned by another user/),
    );
  });

  it('the language server never runs a .mjs configuration next to a document outside the workspace', async () => {
    const workspace = scratch.repo({ 'vm.xml': VALID_DOMAIN });
    const elsewhere = scratch.dir();
    const marker = path.join(elsewhere, 'ran');
    fs.writeFileSync(path.join(elsewhere, 'virtlint.config.mjs'), MARKING_CONFIG(marker));
    fs.writeFileSync(path.join(elsewhere, 'vm.xml'), VALID_DOMAIN);
    const { client } = await TestLspClient.start({}, { rootUri: pathToFileURL(workspace).href });
    try {
      const uri = pathToFileURL(path.join(elsewhere, 'vm.xml')).href;
      const published = client.nextDiagnostics(uri);
      await client.open(uri, VALID_DOMAIN);
      await published;
      expect(fs.existsSync(marker), 'the configuration next to an outside document ran').to.equal(false);
      // Inside the workspace, the workspace's configuration is used.
      const inside = path.join(workspace, 'vm.xml');
      fs.writeFileSync(path.join(workspace, 'virtlint.config.mjs'), MARKING_CONFIG(path.join(workspace, 'ran')));
      const insideUri = pathToFileURL(inside).href;
      const p2 = client.nextDiagnostics(insideUri);
      await client.open(insideUri, VALID_DOMAIN);
      await p2;
      expect(fs.existsSync(path.join(workspace, 'ran'))).to.equal(true);
    } finally {
      await client.stop();
    }
  });

  it('a configuration found by lookup that is a symbolic link is refused (exit 2 naming it)', () => {
    const outside = scratch.dir();
    fs.writeFileSync(path.join(outside, 'virtlint.config.json'), '[]');
    const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN });
    fs.symlinkSync(path.join(outside, 'virtlint.config.json'), path.join(repo, 'virtlint.config.json'));
    const run = cli(['vm.xml'], { cwd: repo });
    expect(run.status).to.equal(2);
    expect(run.stderr).to.match(/virtlint\.config\.json: not used: it is a symbolic link/);
    expect(report(cli(['--config', 'virtlint.config.json', '-f', 'json', 'vm.xml'], { cwd: repo }))).to.have.length(1);
  });
});
