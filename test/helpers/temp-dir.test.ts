/**
 * test/helpers/temp-dir.ts, where the tests' temporary directories come from (test/cli/tmp.ts and
 * test/caps/helpers.ts hand its tempDir on): a child mocha run with TMPDIR set to an empty directory
 * makes directories the ways the suites do, fails a test and a hook on purpose, and leaves TMPDIR as
 * empty as it found it.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './paths.js';
import { suiteTempDir, tempDir } from './temp-dir.js';

const helper = (rel: string) => pathToFileURL(path.join(REPO_ROOT, 'dist/test', rel)).href;

/** A child suite: tempDir in a test that fails, through both re-exports, and suiteTempDir in a suite whose test fails. */
const CHILD = `import fs from 'node:fs';
import { suiteTempDir, tempDir } from '${helper('helpers/temp-dir.js')}';
import { tempDir as cliTempDir } from '${helper('cli/tmp.js')}';
import { tempDir as capsTempDir } from '${helper('caps/helpers.js')}';
describe('child', () => {
  it('makes directories and fails', () => {
    for (const dir of [tempDir('a-'), cliTempDir(), capsTempDir('caps')]) fs.writeFileSync(dir + '/f', 'x');
    throw new Error('on purpose');
  });
  describe('a suite with its own directory', () => {
    const dir = suiteTempDir('suite-');
    it('sees it', () => {
      console.log('SUITE ' + dir());
      fs.mkdirSync(dir() + '/sub');
      throw new Error('on purpose too');
    });
  });
  describe('a suite whose hook fails after making one', () => {
    before(() => {
      tempDir('hook-');
      throw new Error('hook on purpose');
    });
    it('is not run', () => {});
  });
});
`;

describe('test/helpers/temp-dir: temporary directories are removed, failures included', function () {
  this.timeout(60000);
  const outer = suiteTempDir('virtlint-temp-dir-test-');

  it('a child mocha run whose tests and hooks fail leaves its TMPDIR empty', () => {
    const tmp = path.join(outer(), 'tmp');
    fs.mkdirSync(tmp);
    const suite = path.join(outer(), 'child.test.mjs');
    fs.writeFileSync(suite, CHILD);
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/mocha/bin/mocha.js'), '--no-config', '--reporter', 'spec', suite], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp }, timeout: 60000 });
    expect(r.status, `${r.stdout}${r.stderr}`).to.equal(3);
    expect(r.stdout).to.match(/^SUITE .*\/suite-\w{6}$/m);
    expect(r.stdout).to.include('on purpose').and.include('on purpose too').and.include('hook on purpose');
    expect(fs.readdirSync(tmp), 'left in TMPDIR').to.deep.equal([]);
  });

  let inSuite: string | undefined;
  describe('a suite with suiteTempDir', () => {
    const dir = suiteTempDir('virtlint-temp-dir-suite-');
    it('has a fresh, empty directory named by its prefix', () => {
      inSuite = dir();
      expect(path.basename(inSuite)).to.match(/^virtlint-temp-dir-suite-\w{6}$/);
      expect(fs.readdirSync(inSuite)).to.deep.equal([]);
      expect(tempDir('virtlint-temp-dir-suite-')).to.not.equal(inSuite);
    });
  });
  describe('the next suite', () => {
    it('no longer finds that directory', () => {
      expect(inSuite).to.be.a('string');
      expect(fs.existsSync(inSuite!)).to.equal(false);
    });
  });
});
