import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { decodeBytes } from '../../src/xml/decode.js';
import { CLI, REPO_ROOT } from '../helpers/paths.js';
import { cli, report, Scratch, VALID_DOMAIN } from '../hardening/trust-helpers.js';

/**
 * Red team: encodings virtlint does not read must be named, never guessed at, and never lose bytes
 * under --fix. (UTF-8 errors, NUL bytes, UTF-16 with a mark and declaration mismatches are covered in
 * test/xml/decode.test.ts and test/hardening/small-items.test.ts.)
 */

const NIC = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/ci/nic-fixable.xml'), 'utf8');

const utf16 = (text: string, le: boolean, bom = true): Buffer => {
  const body = Buffer.from(text, 'utf16le');
  if (!le) body.swap16();
  return bom ? Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
};
const utf32 = (text: string, le: boolean, bom = true): Buffer => {
  const points = [...(bom ? '\ufeff' : ''), ...text].map((c) => c.codePointAt(0) as number);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (le ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
  return out;
};
const messageOf = (bytes: Buffer): string => {
  const out = decodeBytes(bytes);
  expect(out.ok, 'refused').to.equal(false);
  return out.ok ? '' : `${out.diagnostic.ruleId}: ${out.diagnostic.message}`;
};

describe('red team: encodings', function () {
  this.timeout(60000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it('UTF-32 with either byte-order mark, and UTF-32 or UTF-16 without one, are named (were "a NUL byte, it looks binary" or "invalid UTF-8 at offset 2")', () => {
    expect(messageOf(utf32(VALID_DOMAIN, true))).to.match(/^xml\/encoding: The file is UTF-32 \(little-endian byte-order mark\); .*convert the file to UTF-8$/);
    expect(messageOf(utf32(VALID_DOMAIN, false))).to.match(/^xml\/encoding: The file is UTF-32 \(big-endian byte-order mark\)/);
    expect(messageOf(utf32(VALID_DOMAIN, true, false))).to.match(/^xml\/encoding: The file looks like UTF-32 \(little-endian, no byte-order mark\)/);
    expect(messageOf(utf32(VALID_DOMAIN, false, false))).to.match(/^xml\/encoding: The file looks like UTF-32 \(big-endian, no byte-order mark\)/);
    for (const le of [true, false]) expect(messageOf(utf16(VALID_DOMAIN, le, false))).to.match(/^xml\/encoding: The file looks like UTF-16 without a byte-order mark/);
    // Still read: UTF-16 with its mark, and UTF-8 that happens to start like nothing above.
    for (const le of [true, false]) expect(decodeBytes(utf16(VALID_DOMAIN, le)).ok).to.equal(true);
    expect(decodeBytes(Buffer.from(VALID_DOMAIN)).ok).to.equal(true);
  });

  it('UTF-16 with an unpaired surrogate or an odd last byte is refused at its offset (was silently read as U+FFFD)', () => {
    const lone = utf16(VALID_DOMAIN.replace('<name>trust', '<name>\udead'), true);
    const offset = 2 + 2 * VALID_DOMAIN.indexOf('trust');
    expect(messageOf(lone)).to.equal(`xml/encoding: The file is not valid UTF-16 (an unpaired surrogate at offset ${offset}); libvirt XML must be UTF-8 — convert the file to UTF-8`);
    const high = utf16(VALID_DOMAIN.replace('<name>trust', '<name>\ud800x'), false);
    expect(messageOf(high)).to.include(`an unpaired surrogate at offset ${offset}`);
    const odd = Buffer.concat([utf16(VALID_DOMAIN, true), Buffer.from([0x41])]);
    expect(messageOf(odd)).to.include(`an odd number of bytes: a lone byte at offset ${odd.length - 1}`);
    // A surrogate pair (an emoji in a description) is one character, not an error.
    expect(decodeBytes(utf16(VALID_DOMAIN.replace('<name>trust', '<name>trust\u{1F600}'), true)).ok).to.equal(true);
  });

  it('--fix on a UTF-16 file with an unpaired surrogate writes nothing (it wrote U+FFFD over the original bytes)', () => {
    const repo = scratch.repo();
    const file = path.join(repo, 'vm.xml');
    const bytes = utf16(NIC.replace('<name>', '<name>\udead'), true);
    fs.writeFileSync(file, bytes);
    const run = cli(['--fix', '--no-probe', '-f', 'json', 'vm.xml'], { cwd: repo });
    expect(run.status, run.stderr).to.equal(1);
    expect(report(run)[0]!.messages.map((m) => m.ruleId)).to.deep.equal(['xml/encoding']);
    expect(fs.readFileSync(file).equals(bytes), 'the file is byte-identical').to.equal(true);
    // Without the bad surrogate the same file is fixed, in UTF-16 (the fix path itself works). It
    // keeps its xml/encoding error: libvirt 9.0 refuses UTF-16 (the oracle: "Start tag expected").
    fs.writeFileSync(file, utf16(NIC, true));
    const fixed = cli(['--fix', '--no-probe', '-f', 'json', 'vm.xml'], { cwd: repo });
    expect(fixed.status).to.equal(1);
    expect(report(fixed)[0]!.messages.map((m) => m.ruleId)).to.deep.equal(['xml/encoding']);
    expect(new TextDecoder('utf-16le').decode(fs.readFileSync(file).subarray(2))).to.not.include('ioeventfd');
  });

  it('standard input gets the same diagnostics as a file', () => {
    const r = spawnSync(process.execPath, [CLI, '--no-probe', '-f', 'json', '--stdin'], { input: utf32(VALID_DOMAIN, false), encoding: 'utf8', timeout: 60000 });
    expect(r.status, r.stderr).to.equal(1);
    expect((JSON.parse(r.stdout) as { messages: { message: string }[] }[])[0]!.messages[0]!.message).to.match(/^The file is UTF-32 \(big-endian/);
  });
});
