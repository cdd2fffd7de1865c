/**
 * describeOracle (./libvirt.ts), the setup every oracle suite shares: a fresh temporary directory for
 * the body's hooks and tests, removed after the body's own `after` hooks (volume-define's pool is
 * destroyed before its folder goes); and a suite whose oracle cannot answer fails in its first hook,
 * before any test, instead of passing by skipping (a child mocha run with a virsh that cannot connect).
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/paths.js';
import { describeOracle } from './libvirt.js';

describe('describeOracle: the setup of the oracle suites', function () {
  let seen: string | undefined;
  let presentInBodyAfter: boolean | undefined;

  describeOracle('a suite that asks no oracle', { needs: [], tmp: 'virtlint-describe-oracle-' }, function (dir) {
    it('has a fresh directory of its own in its tests', () => {
      seen = dir();
      expect(path.basename(seen)).to.match(/^virtlint-describe-oracle-/);
      expect(fs.readdirSync(seen)).to.deep.equal([]);
    });
    after(() => {
      presentInBodyAfter = fs.existsSync(dir());
    });
  });

  after(function () {
    expect(presentInBodyAfter, "the directory in the body's after hook").to.equal(true);
    expect(fs.existsSync(seen!), 'the directory after the suite').to.equal(false);
  });

  it('fails a suite whose libvirtd does not answer in its first hook, running none of its tests', function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-describe-oracle-child-'));
    try {
      const bin = path.join(dir, 'bin');
      fs.mkdirSync(bin);
      fs.writeFileSync(path.join(bin, 'virsh'), '#!/bin/sh\necho "error: failed to connect to the hypervisor" >&2\nexit 1\n', { mode: 0o755 });
      const suite = path.join(dir, 'no-daemon.test.mjs');
      const helper = pathToFileURL(path.join(REPO_ROOT, 'dist/test/oracle/libvirt.js')).href;
      fs.writeFileSync(suite, `import { describeOracle } from '${helper}';\ndescribeOracle('no daemon', { needs: ['libvirtd'], tmp: 'virtlint-describe-oracle-' }, function () {\n  it('a test', () => {});\n});\n`);
      const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/mocha/bin/mocha.js'), '--no-config', '--reporter', 'json', suite], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` }, timeout: 60000 });
      expect(r.status, r.stderr).to.equal(1);
      const report = JSON.parse(r.stdout) as { stats: { passes: number; pending: number; failures: number }; failures: { fullTitle: string; err: { message: string } }[] };
      expect(report.stats).to.include({ passes: 0, pending: 0, failures: 1 });
      expect(report.failures[0]!.fullTitle).to.match(/^no daemon "before all" hook/);
      expect(report.failures[0]!.err.message).to.equal('libvirtd (QEMU driver) is not running: run `bash .ci/setup` as root (see ../shared/ORACLE.md)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
