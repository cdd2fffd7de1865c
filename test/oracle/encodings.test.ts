/**
 * Encodings against the running libvirtd: virtlint's `xml/encoding` error for exactly the documents
 * libvirt refuses for their encoding, the warning `xml/encoding-declaration` for UTF-8 text whose
 * declaration names another encoding (libvirt reads it as UTF-8), and every encoding name virtlint
 * calls known accepted by libvirt (libxml2), the unknown ones refused.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { applyEdits } from '../../src/fix.js';
import { lintText } from '../../src/linter/lint.js';
import { isKnownEncoding } from '../../src/xml/encoding-names.js';
import { CLI } from '../helpers/paths.js';
import { ENC_NAME, tableNames, variants } from '../xml/encoding-names-sample.js';
import { describeOracle, libvirtVerdict } from './libvirt.js';

/** A domain libvirt accepts as it is (domxml-to-native), with `text` in its description. */
const domain = (declaration: string, text: string): string =>
  `${declaration}\n<domain type='qemu'><name>enctest</name><description>${text}</description><memory>131072</memory>` +
  `<os><type arch='x86_64' machine='pc'>hvm</type></os></domain>\n`;
/**
 * The names virtlint's hand-written list had (before the table generated from glibc, ICU and libxml2):
 * the common ones, each still checked against libvirtd.
 */
const KNOWN_ENCODING_NAMES: readonly string[] = [
  'UTF-8', 'UTF-16', 'UTF-16LE', 'UTF-16BE', 'UTF-32', 'UTF-32LE', 'UTF-32BE', 'UTF-7',
  'UCS-2', 'UCS-2LE', 'UCS-2BE', 'UCS-4', 'UCS-4LE', 'UCS-4BE',
  'US-ASCII', 'ASCII', 'ANSI_X3.4-1968', 'ISO646-US', 'US', 'HTML',
  'LATIN1', 'LATIN2', 'LATIN3', 'LATIN4', 'LATIN5', 'LATIN6', 'LATIN7', 'LATIN8', 'LATIN9', 'LATIN10',
  'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L10', 'CSISOLATIN1', 'ISO-IR-100',
  'KOI8-R', 'KOI8-U', 'KOI8-RU', 'KOI8-T',
  'EUC-JP', 'EUC-KR', 'EUC-CN', 'EUC-TW', 'Shift_JIS', 'SJIS', 'MS_KANJI', 'CSSHIFTJIS', 'WINDOWS-31J',
  'ISO-2022-JP', 'ISO-2022-JP-2', 'ISO-2022-KR', 'ISO-2022-CN',
  'GB2312', 'GBK', 'GB18030', 'CP936', 'Big5', 'BIG5-HKSCS', 'HZ', 'WINDOWS-932', 'WINDOWS-949', 'WINDOWS-950',
  'TIS-620', 'MACINTOSH', 'MAC', 'MACROMAN', 'VISCII', 'ARMSCII-8', 'GEORGIAN-PS', 'EBCDIC-US',
];
const decl = (name: string): string => `<?xml version="1.0" encoding="${name}"?>`;
const utf16 = (s: string, le: boolean): Buffer => {
  const body = Buffer.from(s, 'utf16le');
  return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), le ? body : body.swap16()]);
};

interface Message {
  readonly ruleId: string;
  readonly severity: number;
  readonly message: string;
}

describeOracle('oracle: encodings as libvirtd reads them', { needs: ['libvirtd'], tmp: 'virtlint-encoding-oracle-' }, function (dir) {
  this.timeout(600000);

  const write = (name: string, bytes: Buffer | string): string => {
    const file = path.join(dir(), name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const lint = (file: string): Message[] => {
    const r = spawnSync(process.execPath, [CLI, '--no-probe', '-f', 'json', file], { encoding: 'utf8', timeout: 60000 });
    return (JSON.parse(r.stdout) as { messages: Message[] }[])[0]!.messages;
  };
  const encodingIds = (messages: readonly Message[]): string[] => messages.filter((m) => m.ruleId.startsWith('xml/encoding')).map((m) => `${m.ruleId}:${m.severity}`);

  const CASES: { name: string; bytes: Buffer | string; libvirt: string | true; virtlint: string[] }[] = [
    { name: 'UTF-8 café declared ISO-8859-1', bytes: domain(decl('ISO-8859-1'), 'café'), libvirt: true, virtlint: ['xml/encoding-declaration:1'] },
    { name: 'ASCII declared ISO-8859-1', bytes: domain(decl('ISO-8859-1'), 'plain'), libvirt: true, virtlint: ['xml/encoding-declaration:1'] },
    { name: 'UTF-8 Cyrillic declared KOI8-R', bytes: domain(decl('KOI8-R'), 'привет'), libvirt: true, virtlint: ['xml/encoding-declaration:1'] },
    { name: 'UTF-8 declared UTF-16 (no byte-order mark)', bytes: domain(decl('UTF-16'), 'café'), libvirt: true, virtlint: ['xml/encoding-declaration:1'] },
    { name: 'UTF-8 declared windows-1252', bytes: domain(decl('windows-1252'), 'café'), libvirt: true, virtlint: ['xml/encoding-declaration:1'] },
    { name: 'UTF-8 é declared US-ASCII', bytes: domain(decl('US-ASCII'), 'café'), libvirt: true, virtlint: ['xml/encoding-declaration:1'] },
    { name: 'ASCII declared US-ASCII', bytes: domain(decl('US-ASCII'), 'plain'), libvirt: true, virtlint: [] },
    { name: 'UTF-8 declared utf8', bytes: domain(decl('utf8'), 'café'), libvirt: true, virtlint: [] },
    // Names virtlint's hand list called unknown (a false error), or known by a pattern (a missed refusal).
    { name: "UTF-8 declared x-mac-roman (ICU's x-MacRoman)", bytes: domain(decl('x-mac-roman'), 'café'), libvirt: true, virtlint: ['xml/encoding-declaration:1'] },
    { name: "UTF-8 declared BIG-FIVE (glibc's)", bytes: domain(decl('BIG-FIVE'), 'café'), libvirt: true, virtlint: ['xml/encoding-declaration:1'] },
    { name: "UTF-8 declared LMBCS-19 (ICU's algorithmic converter)", bytes: domain(decl('LMBCS-19'), 'café'), libvirt: true, virtlint: ['xml/encoding-declaration:1'] },
    { name: 'UTF-8 declared HZ', bytes: domain(decl('HZ'), 'café'), libvirt: true, virtlint: ['xml/encoding-declaration:1'] },
    { name: 'UTF-8 declared UTF-7', bytes: domain(decl('UTF-7'), 'café'), libvirt: true, virtlint: ['xml/encoding-declaration:1'] },
    { name: 'a code page that does not exist (CP9999)', bytes: domain(decl('CP9999'), 'plain'), libvirt: 'Unsupported encoding CP9999', virtlint: ['xml/encoding:2'] },
    { name: "ARMSCII_8 (glibc's ARMSCII-8 compares - and _ apart)", bytes: domain(decl('ARMSCII_8'), 'plain'), libvirt: 'Unsupported encoding ARMSCII_8', virtlint: ['xml/encoding:2'] },
    { name: 'an encoding libxml2 does not know', bytes: domain(decl('no-such-enc'), 'plain'), libvirt: 'Unsupported encoding no-such-enc', virtlint: ['xml/encoding:2'] },
    { name: 'Latin-1 bytes declared ISO-8859-1', bytes: Buffer.from(domain(decl('ISO-8859-1'), 'café'), 'latin1'), libvirt: 'Input is not proper UTF-8', virtlint: ['xml/encoding:2'] },
    { name: 'UTF-16 LE with a byte-order mark', bytes: utf16(domain(decl('UTF-16'), 'café'), true), libvirt: "Start tag expected, '<' not found", virtlint: ['xml/encoding:2'] },
    { name: 'UTF-16 BE with a byte-order mark', bytes: utf16(domain(decl('UTF-16'), 'café'), false), libvirt: "Start tag expected, '<' not found", virtlint: ['xml/encoding:2'] },
  ];

  CASES.forEach((c, i) => {
    it(`${c.name}: ${c.libvirt === true ? 'accepted' : 'refused'} by libvirt; virtlint reports ${c.virtlint.join(', ') || 'nothing about the encoding'}`, () => {
      const file = write(`case${i}.xml`, c.bytes);
      const verdict = libvirtVerdict(file);
      if (c.libvirt === true) expect(verdict).to.deep.equal({ accepted: true });
      else expect(verdict.message).to.contain(c.libvirt);
      const messages = lint(file);
      expect(encodingIds(messages)).to.deep.equal(c.virtlint);
      // Only the encoding: the document itself is valid (a UTF-16 one is still linted).
      expect(messages.filter((m) => !m.ruleId.startsWith('xml/encoding'))).to.deep.equal([]);
    });
  });

  it('the fix (encoding="UTF-8") leaves a document libvirt accepts and virtlint has nothing to say about', async () => {
    for (const name of ['ISO-8859-1', 'KOI8-R', 'no-such-enc']) {
      const text = domain(decl(name), 'café');
      const d = (await lintText(text)).diagnostics.find((x) => x.ruleId.startsWith('xml/encoding'));
      expect(d?.fix, name).to.not.equal(undefined);
      const fixed = applyEdits(text, d!.fix!.edits).text;
      expect(fixed.startsWith(decl('UTF-8'))).to.equal(true);
      expect(libvirtVerdict(write(`fixed-${name}.xml`, fixed)), name).to.deep.equal({ accepted: true });
      expect((await lintText(fixed)).diagnostics, name).to.deep.equal([]);
    }
  });

  it('every encoding name virtlint calls known is accepted by libvirt; names it calls unknown are refused', () => {
    const samples = ['ISO-8859-2', 'iso8859-15', 'ISO_8859-16', 'windows-1250', 'windows-874', 'CP1252', 'cp850', 'IBM037', 'latin-1', 'utf_8'];
    const refusedNames = ['no-such-enc', 'ISO-8859-12', 'UTF-9', 'LATIN99', 'windows-9999'];
    const accepted: string[] = [];
    const refused: string[] = [];
    [...KNOWN_ENCODING_NAMES, ...samples, ...refusedNames].forEach((name, i) => {
      expect(isKnownEncoding(name), name).to.equal(!refusedNames.includes(name));
      const verdict = libvirtVerdict(write(`name${i}.xml`, domain(decl(name), 'plain')));
      (verdict.accepted ? accepted : refused).push(verdict.accepted ? name : `${name}: ${verdict.message}`);
    });
    expect(refused.map((r) => r.replace(/:.*/, ''))).to.deep.equal(refusedNames);
    for (const r of refused) expect(r).to.match(/Unsupported encoding/);
    expect(accepted).to.have.length(KNOWN_ENCODING_NAMES.length + samples.length);
  });

  it('a name that starts with a digit is no XML encoding name: libvirt refuses the declaration, virtlint says xml/not-well-formed only', () => {
    // ICU knows 8859_1, but libxml2 refuses the name before it looks it up.
    expect(isKnownEncoding('8859_1')).to.equal(true);
    const file = write('digit-first.xml', domain(decl('8859_1'), 'plain'));
    expect(libvirtVerdict(file).message).to.contain('Invalid XML encoding name');
    expect(lint(file).map((m) => `${m.ruleId}:${m.severity}`)).to.deep.equal(['xml/not-well-formed:2']);
  });

  it('libvirtd agrees with virtlint on a sample of the table and of garbled names (xmllint is the full comparison)', () => {
    const listed = tableNames();
    const sample = [...new Set([...listed.filter((_, i) => i % 40 === 0), ...variants(listed).filter((_, i) => i % 20 === 0)])].filter((n) => ENC_NAME.test(n));
    const disagreements: string[] = [];
    let refused = 0;
    sample.forEach((name, i) => {
      const verdict = libvirtVerdict(write(`sample${i}.xml`, domain(decl(name), 'plain')));
      if (!verdict.accepted) {
        refused++;
        expect(verdict.message, name).to.contain(`Unsupported encoding ${name}`);
      }
      if (verdict.accepted !== isKnownEncoding(name)) disagreements.push(`${name}: libvirtd ${verdict.accepted ? 'accepts' : `refuses (${verdict.message})`}`);
    });
    expect(disagreements).to.deep.equal([]);
    expect(sample.length).to.be.greaterThan(100);
    expect(refused).to.be.greaterThan(20);
  });
});
