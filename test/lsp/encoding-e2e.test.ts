/**
 * The saved file's encoding in the editor (src/lsp/saved-encoding.ts): a real server over stdio, real
 * UTF-16 and UTF-32 files in a temporary directory, and the editor's text as an editor decodes them.
 * The editor shows what `virtlint FILE` reports on the same file (rule id, message, range).
 */
import { expect } from 'chai';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams, Range } from 'vscode-languageserver-protocol';
import { CLI, EXAMPLES } from '../helpers/paths.js';
import { TestLspClient } from './client.js';

/** A domain with one finding of a rule (ioeventfd on an IDE disk, line 20), as the editor shows it. */
const SOURCE = fs.readFileSync(path.join(EXAMPLES, 'disk-ide-ioeventfd.xml'), 'utf8');

const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Buffer => Buffer.from(utf16le(text)).swap16();
const utf32le = (text: string): Buffer => {
  const points = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0) as number)];
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => out.writeUInt32LE(p, i * 4));
  return out;
};
const utf32be = (text: string): Buffer => Buffer.from(utf32le(text)).swap32();

interface Finding {
  readonly code: unknown;
  readonly message: unknown;
  readonly range: Range;
}

const byPlace = (a: Finding, b: Finding): number =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.code).localeCompare(String(b.code));

interface CliMessage {
  readonly ruleId: string;
  readonly severity: number;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** What `virtlint --format json ARGS FILE` reports on one file. */
function cliMessages(file: string, args: readonly string[]): CliMessage[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [CLI, '--format', 'json', ...args, file], { encoding: 'utf8' });
  } catch (e) {
    out = (e as { stdout: string }).stdout; // exit 1: findings
  }
  return (JSON.parse(out) as { messages: CliMessage[] }[])[0]?.messages ?? [];
}

/** What `virtlint --no-config --format json FILE` reports, as LSP ranges. */
function cliFindings(file: string, args: readonly string[] = []): Finding[] {
  return cliMessages(file, ['--no-config', ...args])
    .map((m) => ({ code: m.ruleId, message: m.message, range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } } }))
    .sort(byPlace);
}

const findings = (p: PublishDiagnosticsParams): Finding[] => p.diagnostics.map((d) => ({ code: d.code, message: d.message, range: d.range })).sort(byPlace);
const AT_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const encodingFinding = (p: PublishDiagnosticsParams): Finding | undefined => findings(p).find((f) => f.code === 'xml/encoding');
const ruleFinding = (p: PublishDiagnosticsParams): boolean => p.diagnostics.some((d) => d.code === 'ioeventfd-requires-virtio');

/** A temporary directory and a server started by `start` for one describe block (ended after it). */
function tempServer(start: (dir: string) => Promise<TestLspClient>): { readonly dir: string; readonly client: TestLspClient } {
  const s = {} as { dir: string; client: TestLspClient };
  before(async () => {
    s.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-lsp-encoding-'));
    s.client = await start(s.dir);
  });
  after(() => {
    s.client?.kill();
    fs.rmSync(s.dir, { recursive: true, force: true });
  });
  return s;
}

/** A server started with VIRTLINT_LSP_TRACE=1: its log says when it read a file, and what each check found. */
async function tracedServer(options: object): Promise<TestLspClient> {
  const was = process.env['VIRTLINT_LSP_TRACE'];
  process.env['VIRTLINT_LSP_TRACE'] = '1';
  try {
    return (await TestLspClient.start(options)).client;
  } finally {
    if (was === undefined) delete process.env['VIRTLINT_LSP_TRACE'];
    else process.env['VIRTLINT_LSP_TRACE'] = was;
  }
}

describe('lsp: the saved file’s encoding (real files, a server over stdio)', function () {
  this.timeout(180000);
  const s = tempServer(async () => (await TestLspClient.start({ noConfig: true })).client);
  const fileOf = (name: string): string => path.join(s.dir, name);
  const uriOf = (name: string): string => pathToFileURL(fileOf(name)).href;

  /** Opens `name` with the text an editor decoded from it; resolves with the first diagnostics. */
  async function openFile(name: string, text: string): Promise<PublishDiagnosticsParams> {
    const published = s.client.nextDiagnostics(uriOf(name));
    await s.client.open(uriOf(name), text);
    return published;
  }

  // Each file as saved, and the text an editor shows for it (the byte-order mark is not part of it).
  const cases: { name: string; bytes: Buffer; text: string; expect: RegExp; alone: boolean }[] = [
    { name: 'utf16le.xml', bytes: utf16le(SOURCE), text: SOURCE, expect: /^The file is UTF-16 \(it starts with a UTF-16 byte-order mark\); libvirt reads documents as UTF-8 and refuses it/, alone: false },
    { name: 'utf16be.xml', bytes: utf16be(SOURCE), text: SOURCE, expect: /^The file is UTF-16 \(it starts with a UTF-16 byte-order mark\)/, alone: false },
    { name: 'utf32le.xml', bytes: utf32le(SOURCE), text: SOURCE, expect: /^The file is UTF-32 \(little-endian byte-order mark\); libvirt XML must be UTF-8/, alone: true },
    { name: 'utf32be.xml', bytes: utf32be(SOURCE), text: SOURCE, expect: /^The file is UTF-32 \(big-endian byte-order mark\)/, alone: true },
    // Without a mark an editor may still guess UTF-16 (VS Code's auto-guess, Vim's fileencodings).
    { name: 'utf16-no-mark.xml', bytes: Buffer.from(SOURCE, 'utf16le'), text: SOURCE, expect: /^The file looks like UTF-16 without a byte-order mark/, alone: true },
    // Latin-1 bytes: Vim falls back to latin1 and shows 'café'; the CLI names the first bad byte.
    {
      name: 'latin1.xml',
      bytes: Buffer.from(SOURCE.replace('<name>test', '<name>café'), 'latin1'),
      text: SOURCE.replace('<name>test', '<name>café'),
      expect: /^The file is not valid UTF-8 \(first bad byte at offset \d+\)/,
      alone: true,
    },
    // A lone surrogate at the end: an editor shows U+FFFD, the CLI refuses the bytes.
    { name: 'utf16-bad.xml', bytes: Buffer.concat([utf16le(SOURCE), Buffer.from([0x00, 0xd8])]), text: `${SOURCE}\uFFFD`, expect: /^The file is not valid UTF-16 \(an unpaired surrogate at offset \d+\)/, alone: true },
  ];

  for (const c of cases) {
    it(`${c.name}: xml/encoding at the start, as the CLI reports it${c.alone ? ' (alone: the bytes cannot be decoded)' : ', with the rest of the lint'}`, async () => {
      fs.writeFileSync(fileOf(c.name), c.bytes);
      const p = await openFile(c.name, c.text);
      const enc = encodingFinding(p);
      expect(enc?.range).to.deep.equal(AT_START);
      expect(enc?.message).to.match(c.expect);
      expect(p.diagnostics.find((d) => d.code === 'xml/encoding')?.severity).to.equal(1);
      expect(ruleFinding(p)).to.equal(!c.alone);
      expect(findings(p)).to.deep.equal(cliFindings(fileOf(c.name)));
    });
  }

  it('a UTF-16 file declaring UTF-8: the declaration is refused, as by the CLI (the editor’s text alone says nothing)', async () => {
    const text = `<?xml version='1.0' encoding='UTF-8'?>\n${SOURCE}`;
    fs.writeFileSync(fileOf('utf16-declared-utf8.xml'), utf16le(text));
    const p = await openFile('utf16-declared-utf8.xml', text);
    expect(encodingFinding(p)?.message).to.match(/^The XML declaration names encoding 'UTF-8', but the file is UTF-16/);
    expect(findings(p)).to.deep.equal(cliFindings(fileOf('utf16-declared-utf8.xml')));
  });

  it('a save in another encoding is checked again: UTF-16, then UTF-8 (no xml/encoding), then UTF-32 (xml/encoding alone)', async () => {
    const name = 'resaved.xml';
    fs.writeFileSync(fileOf(name), utf16le(SOURCE));
    expect(encodingFinding(await openFile(name, SOURCE))?.message).to.match(/^The file is UTF-16/);
    // "Save with encoding": the text does not change, so only the save can tell the server.
    fs.writeFileSync(fileOf(name), SOURCE);
    let published = s.client.nextDiagnostics(uriOf(name));
    await s.client.save(uriOf(name));
    let p = await published;
    expect(encodingFinding(p)).to.equal(undefined);
    expect(ruleFinding(p)).to.equal(true);
    expect(findings(p)).to.deep.equal(cliFindings(fileOf(name)));
    fs.writeFileSync(fileOf(name), utf32le(SOURCE));
    published = s.client.nextDiagnostics(uriOf(name));
    await s.client.save(uriOf(name));
    p = await published;
    expect(findings(p)).to.deep.equal(cliFindings(fileOf(name)));
    expect(findings(p).map((f) => f.code)).to.deep.equal(['xml/encoding']);
  });

  it('a file replaced on disk (a checkout) is read again at the next check, without a save', async () => {
    const name = 'replaced.xml';
    fs.writeFileSync(fileOf(name), SOURCE);
    expect(encodingFinding(await openFile(name, SOURCE))).to.equal(undefined);
    // Another program writes a new file in its place; the editor reloads the (same) text.
    fs.writeFileSync(fileOf(`${name}.new`), utf16be(SOURCE));
    fs.renameSync(fileOf(`${name}.new`), fileOf(name));
    const published = s.client.nextDiagnostics(uriOf(name));
    await s.client.change(uriOf(name), [{ text: SOURCE }]);
    const p = await published;
    expect(encodingFinding(p)?.message).to.match(/^The file is UTF-16/);
    expect(findings(p)).to.deep.equal(cliFindings(fileOf(name)));
  });

  it('a symbolic link the editor opened is read through, as a file named on the command line', async () => {
    fs.writeFileSync(fileOf('target16.xml'), utf16le(SOURCE));
    fs.symlinkSync(fileOf('target16.xml'), fileOf('link16.xml'));
    const p = await openFile('link16.xml', SOURCE);
    expect(encodingFinding(p)?.message).to.match(/^The file is UTF-16/);
    expect(findings(p)).to.deep.equal(cliFindings(fileOf('link16.xml')));
  });

  it('no file to read (untitled, a file: URI of nothing, a FIFO, a directory): the text is linted as before, nothing hangs', async () => {
    fs.writeFileSync(fileOf('untitled16.xml'), utf16le(SOURCE));
    const fifo = fileOf('fifo.xml');
    execFileSync('mkfifo', [fifo]);
    fs.mkdirSync(fileOf('folder.xml'));
    const uris = [`untitled:${fileOf('untitled16.xml')}`, 'untitled:Untitled-1', uriOf('missing.xml'), uriOf('fifo.xml'), uriOf('folder.xml')];
    for (const uri of uris) {
      const published = s.client.nextDiagnostics(uri);
      await s.client.open(uri, SOURCE);
      const p = await published;
      expect(findings(p).map((f) => f.code), uri).to.deep.equal(['ioeventfd-requires-virtio']);
    }
  });
});

describe('lsp: the configured level of xml/too-large applies to a document over maxFileSize, as in the CLI', function () {
  this.timeout(180000);
  const s = tempServer(async (dir) => {
    fs.writeFileSync(path.join(s.dir, 'levels.json'), JSON.stringify([{ rules: { 'xml/too-large': 'warn' } }, { ignores: ['ignored-*.xml'] }]));
    return tracedServer({ configFile: path.join(dir, 'levels.json'), maxFileSize: 6000 });
  });
  const LONG = SOURCE.replace('<domain', `<!-- ${'x'.repeat(1500)} -->\n<domain`);

  const LONGER = LONG.replace('<!-- ', `<!-- ${'y'.repeat(3000)}`);
  const cases: readonly { readonly what: string; readonly name: string; readonly bytes: Buffer; readonly text: string }[] = [
    { what: 'a UTF-16 file over maxFileSize (its text under it)', name: 'warned-large16.xml', bytes: utf16le(LONG), text: LONG },
    { what: 'a text over maxFileSize (its UTF-8 file too)', name: 'warned-large8.xml', bytes: Buffer.from(LONGER), text: LONGER },
  ];
  for (const c of cases) {
    it(`${c.what}: xml/too-large set to warn is a warning, as the CLI’s`, async () => {
      const file = path.join(s.dir, c.name);
      fs.writeFileSync(file, c.bytes);
      const uri = pathToFileURL(file).href;
      const published = s.client.nextDiagnostics(uri);
      await s.client.open(uri, c.text);
      const p = await published;
      const cli = cliMessages(file, ['--config', path.join(s.dir, 'levels.json'), '--max-file-size', '6000']);
      expect(cli.map((m) => [m.ruleId, m.severity])).to.deep.equal([['xml/too-large', 1]]);
      expect(p.diagnostics.map((d) => [d.code, d.severity === 1 ? 2 : 1])).to.deep.equal([['xml/too-large', 1]]);
    });
  }

  it('a text over maxFileSize that the configuration ignores gets nothing, as the CLI lints nothing of it', async () => {
    const file = path.join(s.dir, 'ignored-large8.xml');
    fs.writeFileSync(file, LONGER);
    const uri = pathToFileURL(file).href;
    await s.client.open(uri, LONGER);
    const checked = (): boolean => s.client.logs.some((l) => l.startsWith(`virtlint trace: ${uri} run `) && l.endsWith(': nothing to check (cleared: false)'));
    for (const start = Date.now(); !checked() && Date.now() - start < 20000; ) await new Promise((r) => setTimeout(r, 20));
    expect(checked(), 'the check of the ignored document').to.equal(true);
    expect(s.client.published.filter((p) => p.uri === uri)).to.deep.equal([]);
    const cli = spawnSync(process.execPath, [CLI, '--config', path.join(s.dir, 'levels.json'), '--max-file-size', '6000', file], { encoding: 'utf8' });
    expect([cli.status, cli.stdout]).to.deep.equal([2, '']);
    expect(cli.stderr).to.match(/are ignored \(by the configuration's ignores/);
  });
});

describe('lsp: the configured level of xml/encoding applies to the saved file’s refusal, as in the CLI', function () {
  this.timeout(180000);
  const s = tempServer(async (dir) => {
    fs.writeFileSync(path.join(s.dir, 'levels.json'), JSON.stringify({ rules: { 'xml/encoding': 'warn' } }));
    return (await TestLspClient.start({ configFile: path.join(dir, 'levels.json') })).client;
  });

  for (const [name, bytes] of [
    ['warned32.xml', utf32be(SOURCE)],
    ['warned16.xml', utf16be(SOURCE)],
  ] as const) {
    it(`${name}: xml/encoding set to warn is a warning`, async () => {
      const file = path.join(s.dir, name);
      fs.writeFileSync(file, bytes);
      const uri = pathToFileURL(file).href;
      const published = s.client.nextDiagnostics(uri);
      await s.client.open(uri, SOURCE);
      const p = await published;
      expect(p.diagnostics.find((d) => d.code === 'xml/encoding')?.severity).to.equal(2);
      const cli = cliMessages(file, ['--config', path.join(s.dir, 'levels.json')]);
      // JSON severities are ESLint's (1 warning, 2 error); LSP's are 1 error, 2 warning.
      expect(p.diagnostics.map((d) => [d.code, d.severity === 1 ? 2 : 1]).sort()).to.deep.equal(cli.map((m) => [m.ruleId, m.severity]).sort());
    });
  }
});

describe('lsp: the saved file is read on open and save, not on every change', function () {
  this.timeout(180000);
  // The trace says when the server read a document's file (docs/editors.md, Troubleshooting).
  const s = tempServer(() => tracedServer({ noConfig: true, maxFileSize: 6000, debounceMs: 0 }));

  it('one read when the document is opened, none for edits, one per save', async () => {
    const file = path.join(s.dir, 'edited.xml');
    const uri = pathToFileURL(file).href;
    fs.writeFileSync(file, utf16le(SOURCE));
    const reads = (): string[] => s.client.logs.filter((l) => l.startsWith(`virtlint trace: ${uri} saved file:`));
    let published = s.client.nextDiagnostics(uri);
    await s.client.open(uri, SOURCE);
    expect(encodingFinding(await published)?.message).to.match(/^The file is UTF-16/);
    let text = SOURCE;
    for (let i = 0; i < 3; i++) {
      text = text.replace('<name>test', '<name>test1');
      published = s.client.nextDiagnostics(uri, (p) => p.version === i + 2);
      await s.client.change(uri, [{ text }]);
      expect(encodingFinding(await published)?.message).to.match(/^The file is UTF-16/);
    }
    expect(reads()).to.deep.equal([`virtlint trace: ${uri} saved file: utf-16le`]);
    fs.writeFileSync(file, utf16le(text));
    await s.client.save(uri);
    // The save itself reads (its trace comes without any change)…
    for (const start = Date.now(); reads().length < 2 && Date.now() - start < 20000; ) await new Promise((r) => setTimeout(r, 20));
    expect(reads()).to.have.length(2);
    // …and the checks after it do not read again.
    published = s.client.nextDiagnostics(uri);
    await s.client.change(uri, [{ text: `${text} ` }]);
    expect(encodingFinding(await published)?.message).to.match(/^The file is UTF-16/);
    expect(reads()).to.have.length(2);
  });

  it('a saved file over maxFileSize is not read: the CLI’s xml/too-large alone, though the editor’s text is under the limit; saved under it, the rest', async () => {
    // 3.4 KB of text, 6.8 KB as UTF-16 with a long comment: over the 6,000-byte limit only on disk.
    const text = SOURCE.replace('<domain', `<!-- ${'x'.repeat(1500)} -->\n<domain`);
    expect(Buffer.byteLength(text)).to.be.below(6000);
    const file = path.join(s.dir, 'large16.xml');
    fs.writeFileSync(file, utf16le(text));
    const size = fs.statSync(file).size;
    expect(size).to.be.above(6000);
    const uri = pathToFileURL(file).href;
    let published = s.client.nextDiagnostics(uri);
    await s.client.open(uri, text);
    const p = await published;
    const message = `The file is ${(size / 1024).toFixed(1)} KiB, over the 5.9 KiB limit for one document (raise it with the maxFileSize setting)`;
    expect(s.client.logs).to.include(`virtlint trace: ${uri} saved file: refused: ${message}`);
    // The CLI, with the same limit, refuses the file as too large: the same finding, at the same place
    // and level, the limit named as the editor's setting instead of the command line's option.
    const cli = cliFindings(file, ['--max-file-size', '6000']);
    expect(cli.map((f) => f.code)).to.deep.equal(['xml/too-large']);
    expect(findings(p)).to.deep.equal(cli.map((f) => ({ ...f, message: String(f.message).replace('--max-file-size', 'the maxFileSize setting') })));
    expect(findings(p)[0]?.message).to.equal(message);
    expect(p.diagnostics[0]?.severity).to.equal(1);
    // The text itself is under the limit: hover still answers.
    const domainLine = text.slice(0, text.indexOf('<domain')).split('\n').length - 1;
    expect(await s.client.hover(uri, { line: domainLine, character: 2 })).to.not.equal(null);
    // Saved in UTF-8, under the limit: read, and checked as the CLI checks it.
    fs.writeFileSync(file, text);
    published = s.client.nextDiagnostics(uri);
    await s.client.save(uri);
    const again = await published;
    expect(findings(again).map((f) => f.code)).to.deep.equal(['ioeventfd-requires-virtio']);
    expect(findings(again)).to.deep.equal(cliFindings(file, ['--max-file-size', '6000']));
  });
});
