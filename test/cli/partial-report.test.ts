import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, REPO_ROOT } from '../helpers/paths.js';
import { spawnCli } from './run-cli.js';
import { tempDir, writeTree } from './tmp.js';

const IDE = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/ci/ide-ioeventfd.xml'), 'utf8');
const FILES = 60;

/**
 * a/f00.xml … a/f59.xml (findings in each: more report than is gathered before a write), then
 * z/vm.xml under a configuration whose capabilities file is broken: the run ends there (exit 2),
 * part-way, after every file of a/ was reported.
 */
function failingTree(): { dir: string; caps: string } {
  const dir = fs.realpathSync(tempDir('virtlint-partial-'));
  const files: Record<string, string> = { 'z/vm.xml': IDE, 'z/virtlint.config.json': '{"settings":{"caps":"caps.json"}}', 'z/caps.json': '{broken' };
  for (let i = 0; i < FILES; i++) files[`a/f${String(i).padStart(2, '0')}.xml`] = IDE;
  writeTree(dir, files);
  return { dir, caps: path.join(dir, 'z/caps.json') };
}

const linted = Array.from({ length: FILES }, (_, i) => `a/f${String(i).padStart(2, '0')}.xml`);
const error = (caps: string): string => `virtlint: ${caps}: not valid JSON (Expected property name or '}' in JSON at position 1)\n`;
const incomplete = (where: string): string => `virtlint: the report ${where} is incomplete: the run stopped before its end\n`;

describe('a run that ends part-way (exit 2) never passes part of a report off as the whole', function () {
  this.timeout(60000);

  it('-f json on standard output: every file before the failure, the document left unclosed (it does not parse), and stderr says so', () => {
    const { dir, caps } = failingTree();
    const r = spawnCli(['--concurrency', '1', '-f', 'json', '.'], { cwd: dir });
    expect(r.code).to.equal(2);
    expect(r.stderr).to.equal(error(caps) + incomplete('on standard output'));
    expect(r.stdout.startsWith('[{"filePath":')).to.equal(true);
    expect(() => JSON.parse(r.stdout) as unknown).to.throw(SyntaxError);
    // Each file handed on before the failure is in it, whole: the text ends with a complete result.
    for (const f of linted) expect(r.stdout).to.contain(`"filePath":${JSON.stringify(path.join(dir, f))}`);
    expect(JSON.parse(`${r.stdout}]`)).to.have.length(FILES);
  });

  for (const format of ['stylish', 'github']) {
    it(`-f ${format} on standard output: every file before the failure, and stderr says the report is incomplete`, () => {
      const { dir, caps } = failingTree();
      const r = spawnCli(['--concurrency', '1', '-f', format, '.'], { cwd: dir });
      expect(r.code).to.equal(2);
      expect(r.stderr).to.equal(error(caps) + incomplete('on standard output'));
      for (const f of linted) expect(r.stdout).to.match(format === 'github' ? new RegExp(`file=${f},`) : new RegExp(`^${f}$`, 'm'));
      expect(r.stdout).to.not.contain('z/vm.xml');
    });
  }

  for (const format of ['sarif', 'junit']) {
    it(`-f ${format} (made at the end): nothing on standard output, nothing said incomplete`, () => {
      const { dir, caps } = failingTree();
      const r = spawnCli(['--concurrency', '1', '-f', format, '.'], { cwd: dir });
      expect(r.code).to.equal(2);
      expect(r.stdout).to.equal('');
      expect(r.stderr).to.equal(error(caps));
    });
  }

  it('-o FILE: the previous report stays as it was, no temporary file is left, nothing is said incomplete', () => {
    const { dir, caps } = failingTree();
    fs.writeFileSync(path.join(dir, 'report.json'), 'the previous report');
    const before = (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
    for (const format of ['json', 'sarif']) {
      const r = spawnCli(['--concurrency', '1', '-f', format, '-o', 'report.json', '.'], { cwd: dir });
      expect(r.code).to.equal(2);
      expect(r.stdout).to.equal('');
      expect(r.stderr).to.equal(error(caps));
      expect(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).to.equal('the previous report');
      expect((fs.readdirSync(dir, { recursive: true }) as string[]).sort()).to.deep.equal(before);
    }
  });

  it('-o /dev/stdout on a pipe (written through): every file before the failure, and stderr says the report there is incomplete', () => {
    const { dir, caps } = failingTree();
    // Through a shell's pipe: a child's standard output from spawnSync is a socket, which /dev/stdout cannot open.
    const r = spawnSync('bash', ['--norc', '-c', 'set -o pipefail; "$0" "$1" --concurrency 1 -f json -o /dev/stdout . | cat', process.execPath, CLI], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.status).to.equal(2);
    expect(r.stderr).to.equal(error(caps) + incomplete('in /dev/stdout'));
    expect(JSON.parse(`${r.stdout}]`)).to.have.length(FILES);
  });
});
