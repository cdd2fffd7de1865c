import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI } from '../helpers/paths.js';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: number; message: string; line: number; column: number }[];
}

function runCli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, timeout: 60000, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Lints one file with the JSON formatter and returns its single result, asserting exit code 1. */
function lintOne(file: string, ...extra: string[]): JsonResult {
  const r = runCli(['--format', 'json', ...extra, file]);
  expect(r.stderr, 'nothing on stderr').to.equal('');
  expect(r.status, r.stdout).to.equal(1);
  const results = JSON.parse(r.stdout) as JsonResult[];
  expect(results).to.have.length(1);
  return results[0]!;
}

describe('hostile input through the CLI (one clear diagnostic, exit 1, no crash)', function () {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-adversarial-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, data: string | Buffer): string => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, data);
    return p;
  };

  it('malformed XML', () => {
    const r = lintOne(write('malformed.xml', "<domain type='kvm'>\n  <name>x</name>\n  <devices>\n</domain>\n"));
    expect(r.messages).to.have.length(1);
    expect(r.messages[0]).to.include({ ruleId: 'xml/not-well-formed', severity: 2, line: 4 });
  });

  it('billion laughs: refused, nothing expanded', () => {
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n');
    const r = lintOne(write('lol.xml', `<?xml version="1.0"?>\n<!DOCTYPE domain [\n<!ENTITY lol "lol">\n${entities}\n]>\n<domain>&lol9;</domain>\n`));
    expect(r.messages).to.have.length(1);
    expect(r.messages[0]).to.include({ ruleId: 'xml/doctype', line: 2 });
  });

  it('external entity naming /etc/passwd: refused and never read', () => {
    const file = write('xxe.xml', '<?xml version="1.0"?>\n<!DOCTYPE domain [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<domain type="kvm"><name>&xxe;</name></domain>\n');
    const r = runCli(['--format', 'json', file]);
    const stylish = runCli([file]);
    expect(r.status).to.equal(1);
    const firstPasswdLine = fs.readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
    expect(firstPasswdLine.length).to.be.greaterThan(5);
    for (const out of [r.stdout, r.stderr, stylish.stdout, stylish.stderr]) expect(out).to.not.include(firstPasswdLine);
    const parsed = JSON.parse(r.stdout) as JsonResult[];
    expect(parsed[0]!.messages.map((m) => m.ruleId)).to.deep.equal(['xml/doctype']);
  });

  it('a 50 MB file: refused by size before it is read', () => {
    const file = path.join(dir, 'huge.xml');
    const fd = fs.openSync(file, 'w');
    const chunk = Buffer.from('<disk/>'.repeat(1024 * 64));
    fs.writeSync(fd, '<domain><devices>');
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) fs.writeSync(fd, chunk);
    fs.writeSync(fd, '</devices></domain>');
    fs.closeSync(fd);
    const r = lintOne(file);
    expect(r.messages).to.have.length(1);
    expect(r.messages[0]!.ruleId).to.equal('xml/too-large');
    expect(r.messages[0]!.message).to.match(/10 MiB/);
  });

  it('100,000 nested elements: stopped at the depth limit', () => {
    const r = lintOne(write('deep.xml', '<domain>' + '<a>'.repeat(100000) + '</a>'.repeat(100000) + '</domain>'));
    expect(r.messages).to.have.length(1);
    expect(r.messages[0]!.ruleId).to.equal('xml/too-deep');
  });

  it('random binary', () => {
    const r = lintOne(write('random.xml', crypto.randomBytes(64 * 1024)));
    expect(r.messages).to.have.length(1);
    expect(r.messages[0]!.ruleId).to.equal('xml/encoding');
  });

  it('an unknown root element names the supported kinds (reported when schema/unknown-root is enabled)', () => {
    const r = lintOne(write('html.xml', '<html><body/></html>'), '--rule', 'schema/unknown-root:error');
    expect(r.messages).to.have.length(1);
    expect(r.messages[0]!.ruleId).to.equal('schema/unknown-root');
    expect(r.messages[0]!.message).to.include('<domain>').and.include('<network>');
  });

  it('a directory, a FIFO and a dangling symlink named explicitly', () => {
    fs.mkdirSync(path.join(dir, 'sub.xml'));
    const dangling = path.join(dir, 'dangling.xml');
    fs.symlinkSync(path.join(dir, 'does-not-exist.xml'), dangling);
    const fifo = path.join(dir, 'fifo.xml');
    const mk = spawnSync('mkfifo', [fifo]);
    const files = [dangling, ...(mk.status === 0 ? [fifo] : [])];
    const r = runCli(['--format', 'json', ...files]);
    expect(r.status).to.equal(1);
    const results = JSON.parse(r.stdout) as JsonResult[];
    expect(results.map((x) => x.messages.map((m) => m.ruleId))).to.deep.equal(files.map(() => ['io/unreadable']));
    expect(results[0]!.messages[0]!.message).to.match(/symbolic link/);
  });

  it('a missing path is a usage error (exit 2) with a one-line message', () => {
    const r = runCli([path.join(dir, 'nope.xml')]);
    expect(r.status).to.equal(2);
    expect(r.stderr.trim().split('\n')).to.have.length(1);
    expect(r.stderr).to.match(/No such file/);
  });

  it('unknown options are usage errors (exit 2)', () => {
    const r = runCli(['--no-such-option', 'x.xml']);
    expect(r.status).to.equal(2);
    expect(r.stderr).to.match(/Unknown argument/i);
  });
});
