import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { spawnCli } from '../cli/run-cli.js';
import { tempDir } from '../cli/tmp.js';

/** What a terminal would act on instead of showing: C0 controls but tab and LF, DEL, C1 controls, bidi marks, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const DRIVES_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Documents that quote hostile characters: raw in the source (not well-formed, so shown in the code
 * frame) and inside a value (C1 controls, U+202E and a &#13; are allowed in XML, so messages quote them).
 */
function hostileFiles(): { dir: string; raw: string; value: string } {
  const dir = tempDir('virtlint-terminal-');
  const raw = path.join(dir, 'raw.xml');
  const value = path.join(dir, 'value.xml');
  fs.writeFileSync(raw, '<domain>\x1b]0;pwned\x07\x1b[2J</domain>');
  fs.writeFileSync(value, "<domain type='k\u009b2J\u202evm&#13;X'><name>a</name></domain>\n");
  return { dir, raw, value };
}

describe('report text on a terminal: characters of the document that would drive it are escaped', function () {
  this.timeout(60000);
  let files: ReturnType<typeof hostileFiles>;
  before(() => (files = hostileFiles()));

  it('stylish: the source line in the code frame is escaped visibly, with the carets under what is printed', () => {
    const r = spawnCli(['--no-color', 'raw.xml'], { cwd: files.dir });
    expect(r.code).to.equal(1);
    expect(r.stdout).not.to.match(DRIVES_TERMINAL);
    const lines = r.stdout.split('\n');
    const frame = lines.findIndex((l) => l.includes('1 | <domain>'));
    expect(lines[frame]).to.equal('    1 | <domain>\\x1b]0;pwned\\x07\\x1b[2J</domain>');
    // The finding is the first ESC (one character): its four printed characters are underlined.
    const carets = lines[frame + 1]!;
    expect(carets.indexOf('^')).to.equal(lines[frame]!.indexOf('\\x1b'));
    expect(carets.match(/\^+/)![0]).to.equal('^^^^');
  });

  it('stylish: a message quoting a value escapes it; the carets cover the escaped value', () => {
    const r = spawnCli(['--no-color', 'value.xml'], { cwd: files.dir });
    expect(r.stdout).not.to.match(DRIVES_TERMINAL);
    expect(r.stdout).to.contain("Invalid value 'k\\x9b2J\\u202evm\\rX' for attribute 'type'");
    const lines = r.stdout.split('\n');
    const frame = lines.findIndex((l) => l.includes('1 | <domain'));
    const printedValue = "k\\x9b2J\\u202evm&#13;X";
    expect(lines[frame]).to.contain(`'${printedValue}'`);
    expect(lines[frame + 1]!.indexOf('^')).to.equal(lines[frame]!.indexOf(printedValue));
    expect(lines[frame + 1]!.match(/\^+/)![0].length).to.equal(printedValue.length);
  });

  it('stylish with colours: only its own colour sequences reach the terminal', () => {
    const r = spawnCli(['--color', 'raw.xml', 'value.xml'], { cwd: files.dir });
    // Every ESC starts one of stylish's SGR sequences (ESC [ digits;… m); nothing else is raw.
    // eslint-disable-next-line no-control-regex -- the colour sequences are what is removed
    const withoutColours = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    expect(withoutColours).not.to.match(DRIVES_TERMINAL);
    expect(withoutColours).to.contain('\\x1b]0;pwned\\x07');
  });

  it('github: annotations carry the escaped value (line breaks still as %0D, the command syntax)', () => {
    const r = spawnCli(['-f', 'github', 'raw.xml', 'value.xml'], { cwd: files.dir });
    expect(r.stdout).not.to.match(DRIVES_TERMINAL);
    expect(r.stdout).to.contain("Invalid value 'k\\x9b2J\\u202evm%0DX'");
  });

  it('json keeps the values exactly (JSON escaping is its encoding); junit stays well-formed XML', () => {
    const json = spawnCli(['-f', 'json', 'value.xml'], { cwd: files.dir });
    const [result] = JSON.parse(json.stdout) as { messages: { message: string }[] }[];
    expect(result!.messages[0]!.message).to.contain("'k\u009b2J\u202evm\rX'");
    const junit = spawnCli(['-f', 'junit', 'raw.xml', 'value.xml'], { cwd: files.dir });
    expect(junit.code).to.equal(1);
    const lint = spawnSync('xmllint', ['--noout', '-'], { input: junit.stdout, encoding: 'utf8' });
    expect(lint.status, lint.stderr).to.equal(0);
  });

  it('--verbose notes on stderr escape file names and what they quote', () => {
    const sub = path.join(files.dir, 'notes');
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, 'a\x1b]0;x\x07.xml'), '<foo/>');
    const r = spawnCli(['--verbose', 'notes'], { cwd: files.dir });
    expect(r.stderr).not.to.match(DRIVES_TERMINAL);
    expect(r.stderr).to.contain('notes/a\\x1b]0;x\\x07.xml: note: skipped: <foo> is not a libvirt document');
  });

  it('file names keep their escaping (backslash and tab too)', () => {
    const odd = path.join(files.dir, 'a\\b\tc\u202e.xml');
    fs.copyFileSync(files.raw, odd);
    const r = spawnCli(['--no-color', path.basename(odd)], { cwd: files.dir });
    expect(r.stdout.split('\n')[0]).to.equal('a\\\\b\\tc\\u202e.xml');
  });
});
