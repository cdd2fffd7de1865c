import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { stylish } from '../../src/formatters/stylish.js';
import { decodeBytes, firstInvalidUtf8 } from '../../src/xml/decode.js';
import { HOSTILE_BOUND_MS } from './helpers.js';
import { cli, mkfifo, report, Scratch, VALID_DOMAIN } from './trust-helpers.js';

/** Issue 15, item 9: the smaller findings of the attack pass. */
describe('issue 15.9: encodings, special files in walks, --schemas, file names in stylish', function () {
  this.timeout(4 * HOSTILE_BOUND_MS);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  describe('encodings', () => {
    // Was an xml/encoding error; libvirt 9.0 defines such a document, reading it as UTF-8 (the
    // oracle: e-u16.xml), so it is the warning xml/encoding-declaration (still not a schema message).
    it("a UTF-8 file declaring encoding='UTF-16' gets the warning xml/encoding-declaration (was a misleading schema message)", () => {
      const out = decodeBytes(Buffer.from(`<?xml version='1.0' encoding='UTF-16'?>\n${VALID_DOMAIN}`));
      expect(out.ok).to.equal(true);
      const repo = scratch.repo({ 'vm.xml': `<?xml version="1.0" encoding="utf-16"?>\n${VALID_DOMAIN}` });
      const run = cli(['-f', 'json', 'vm.xml'], { cwd: repo });
      const [message, ...others] = report(run)[0]!.messages;
      expect(others).to.deep.equal([]);
      expect(message!.ruleId).to.equal('xml/encoding-declaration');
      expect(message!.message).to.match(/names encoding 'utf-16', but the text is UTF-8/);
    });

    it("a UTF-16 file (byte-order mark) declaring UTF-8 gets xml/encoding; one declaring UTF-16 is read", () => {
      const utf16 = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
      const says8 = decodeBytes(utf16(`<?xml version='1.0' encoding='UTF-8'?>${VALID_DOMAIN}`));
      expect(!says8.ok && says8.diagnostic.message).to.match(/but the file is UTF-16/);
      expect(decodeBytes(utf16(`<?xml version='1.0' encoding='UTF-16'?>${VALID_DOMAIN}`)).ok).to.equal(true);
      expect(decodeBytes(Buffer.from(`<?xml version='1.0' encoding='UTF-8'?>${VALID_DOMAIN}`)).ok).to.equal(true);
    });

    it('an encoded surrogate, an overlong form and a code point over U+10FFFF are reported at their offset (was 0)', () => {
      const at = (bad: number[]): string => {
        const bytes = Buffer.concat([Buffer.from('<domain>abc'), Buffer.from(bad), Buffer.from('</domain>')]);
        const out = decodeBytes(bytes);
        expect(out.ok).to.equal(false);
        return !out.ok ? out.diagnostic.message : '';
      };
      expect(at([0xed, 0xa0, 0x80])).to.match(/first bad byte at offset 11/); // U+D800
      expect(at([0xe0, 0x80, 0xaf])).to.match(/first bad byte at offset 11/); // overlong '/'
      expect(at([0xc0, 0xaf])).to.match(/first bad byte at offset 11/);
      expect(at([0xf4, 0x90, 0x80, 0x80])).to.match(/first bad byte at offset 11/); // U+110000
      expect(at([0xe2, 0x82])).to.match(/first bad byte at offset 11/); // truncated
      // Agrees with the decoder on every valid sequence.
      expect(firstInvalidUtf8(Buffer.from('é€😀\u{10ffff}\ud7ff\ue000', 'utf8'))).to.equal(Buffer.byteLength('é€😀\u{10ffff}\ud7ff\ue000'));
    });
  });

  it('a FIFO and a directory named *.xml found by a directory walk: io/unreadable each (were skipped silently)', () => {
    const repo = scratch.repo({ 'vms/ok.xml': VALID_DOMAIN });
    mkfifo(path.join(repo, 'vms', 'pipe.xml'));
    fs.mkdirSync(path.join(repo, 'vms', 'folder.xml'));
    for (const input of ['vms', 'vms/*.xml']) {
      const run = cli(['-f', 'json', input], { cwd: repo });
      expect(run.status).to.equal(1);
      const byName = Object.fromEntries(report(run).map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId)]));
      expect(byName, input).to.deep.equal({ 'folder.xml': ['io/unreadable'], 'ok.xml': [], 'pipe.xml': ['io/unreadable'] });
    }
  });

  it("a glob's folders are walked, not reported: vms/** lists files (and folders named *.xml)", async () => {
    const repo = scratch.repo({ 'vms/sub/a.xml': VALID_DOMAIN, 'vms/b.xml': VALID_DOMAIN });
    fs.mkdirSync(path.join(repo, 'vms', 'odd.xml'));
    const { expandInputsDetailed } = await import('../../src/files.js');
    const got = await expandInputsDetailed(['vms/**'], repo);
    expect(got.files.map((f) => path.relative(repo, f.path))).to.deep.equal(['vms/b.xml', 'vms/odd.xml', 'vms/sub/a.xml']);
    expect(got.files.every((f) => !f.explicit)).to.equal(true);
  });

  it('--schemas /nonexistent exits 2; so does a configuration whose settings.schemas is missing (was: the grammar silently skipped)', () => {
    const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN.replace("type='kvm'", "type='bogus'") });
    const flag = cli(['--schemas', '/nonexistent', 'vm.xml'], { cwd: repo });
    expect(flag.status).to.equal(2);
    expect(flag.stderr).to.match(/--schemas \/nonexistent: not a directory/);
    fs.writeFileSync(path.join(repo, 'virtlint.config.json'), JSON.stringify([{ settings: { schemas: 'no-such-dir' } }]));
    const configured = cli(['vm.xml'], { cwd: repo });
    expect(configured.status).to.equal(2);
    expect(configured.stderr).to.match(/schemas .*no-such-dir: not a directory/);
    expect(configured.stderr.trim().split('\n')).to.have.length(1);
  });

  it('stylish prints a file name with a newline, ESC or a bidi override escaped, on one line', () => {
    const r = (filePath: string) => ({ filePath, notes: [], diagnostics: [{ ruleId: 'x', severity: 'error' as const, message: 'm', range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } }] });
    const out = stylish([r('/w/evil\n  1:1  error  fake  forged.xml'), r('/w/\u001b[2Jclear.xml'), r('/w/\u202egnp.xml'), r('/w/back\\slash.xml')], { color: false, cwd: '/w', srcRoot: '/w' });
    expect(out).to.include('evil\\n  1:1  error  fake  forged.xml\n');
    expect(out).to.include('\\x1b[2Jclear.xml');
    expect(out).to.include('\\u202egnp.xml');
    expect(out).to.include('back\\\\slash.xml');
    expect(out.includes('\u001b') || out.includes('\u202e'), 'raw ESC or RLO in the output').to.equal(false);
    expect(out.split('\n').filter((l) => l.includes('forged.xml'))).to.have.length(1);
  });

  it('a real file whose name has a newline, through the CLI', () => {
    const repo = scratch.repo({});
    fs.writeFileSync(path.join(repo, 'a\nb.xml'), VALID_DOMAIN.replace("type='kvm'", "type='bogus'"));
    const run = cli(['.'], { cwd: repo });
    expect(run.status).to.equal(1);
    expect(run.stdout.split('\n')[0]).to.equal('a\\nb.xml');
  });
});
