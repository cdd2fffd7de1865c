import { expect } from 'chai';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestLspClient } from './client.js';

/**
 * Document versions are LSP integers (-2^31 to 2^31 - 1). A didOpen or didChange whose version is
 * not one (1.5, "2", 1e300, null, missing), or whose text or change ranges cannot be applied, is
 * ignored with a line in the editor's log, and the server forgets its copy of the document (as a
 * close does): no diagnostic or code action is computed for a text the editor may not have, and no
 * version the editor cannot read is echoed back (src/lsp/sync-check.ts).
 */

const DOC = "<domain type='kvm'>\n<name>x</name>\n<memory>1048576</memory>\n<os><type>hvm</type></os>\n<devices><disk type='bogus'/></devices>\n</domain>\n";
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };
const codes = (p: PublishDiagnosticsParams): unknown[] => p.diagnostics.map((d) => d.code);

describe('lsp: document versions that are not integers, and changes that cannot be applied', function () {
  this.timeout(120000);
  let client: TestLspClient;
  before(async () => {
    ({ client } = await TestLspClient.start({ debounceMs: 0 }));
  });
  after(() => client?.kill());

  const symbols = (uri: string): Promise<unknown> => client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  const open = (uri: string, version: unknown, text: unknown = DOC): Promise<void> =>
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version, text } });

  it('didOpen with a version that is not an LSP integer, or a text that is not a string: ignored, logged', async () => {
    const bad: [string, unknown, unknown?][] = [
      ['fraction', 1.5],
      ['string', '2'],
      ['huge', 1e300],
      ['past-int32', 2 ** 31],
      ['null', null],
      ['missing', undefined],
      ['object', { v: 1 }],
      ['text-number', 1, 42],
      ['text-null', 1, null],
    ];
    for (const [name, version, text] of bad) await open(`file:///tmp/lsp-sync/${name}.xml`, version, text === undefined ? DOC : text);
    // Everything above was handled before this request is answered (messages are taken in order).
    for (const [name] of bad) expect(await symbols(`file:///tmp/lsp-sync/${name}.xml`), name).to.deep.equal([]);
    expect(client.published.filter((p) => p.uri.startsWith('file:///tmp/lsp-sync/'))).to.deep.equal([]);
    expect(client.logs).to.include('virtlint: textDocument/didOpen of file:///tmp/lsp-sync/fraction.xml ignored: the version 1.5 is not an integer; the document is closed on the server until the editor opens it again');
    expect(client.logs).to.include('virtlint: textDocument/didOpen of file:///tmp/lsp-sync/string.xml ignored: the version "2" is not an integer; the document is closed on the server until the editor opens it again');
    expect(client.logs).to.include('virtlint: textDocument/didOpen of file:///tmp/lsp-sync/text-number.xml ignored: the text is not a string; the document is closed on the server until the editor opens it again');
  });

  it('the log names a long document and quotes a long version without half an emoji', async () => {
    // The address is cut at 200 characters, the version's JSON at 40: each between an emoji's halves.
    const uri = `file:///tmp/lsp-sync/${'u'.repeat(178)}😀.xml`;
    await open(uri, `${'x'.repeat(38)}😀y`);
    expect(await symbols(uri)).to.deep.equal([]);
    const line = `virtlint: textDocument/didOpen of file:///tmp/lsp-sync/${'u'.repeat(178)}… ignored: the version "${'x'.repeat(38)}… is not an integer; the document is closed on the server until the editor opens it again`;
    expect(client.logs).to.include(line);
  });

  it('integer versions are taken as they are, negative and the largest too', async () => {
    for (const version of [-1, 0, 2 ** 31 - 1, -(2 ** 31)]) {
      const uri = `file:///tmp/lsp-sync/int${version}.xml`;
      const published = client.nextDiagnostics(uri);
      await open(uri, version);
      const p = await published;
      expect(p.version).to.equal(version);
      expect(codes(p)).to.include('schema/invalid-value');
    }
  });

  it('didChange with a bad version, or a range of non-integers: the document is forgotten (diagnostics cleared, no code actions) until opened again', async () => {
    const cases: [string, object][] = [
      ['fraction', { textDocument: { version: 2.5 }, contentChanges: [{ text: DOC.replace('bogus', 'file') }] }],
      ['string', { textDocument: { version: '3' }, contentChanges: [{ text: DOC }] }],
      ['null-version', { textDocument: { version: null }, contentChanges: [{ text: DOC }] }],
      ['range', { textDocument: { version: 2 }, contentChanges: [{ range: { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } }, text: 'X' }] }],
      ['range-string', { textDocument: { version: 2 }, contentChanges: [{ range: { start: { line: '1', character: 0 }, end: { line: 2, character: 0 } }, text: 'X' }] }],
      ['no-text', { textDocument: { version: 2 }, contentChanges: [{ range: WHOLE }] }],
      ['not-a-list', { textDocument: { version: 2 }, contentChanges: { text: DOC } }],
    ];
    for (const [name, params] of cases) {
      const uri = `file:///tmp/lsp-sync/change-${name}.xml`;
      const first = client.nextDiagnostics(uri);
      await open(uri, 1);
      expect(codes(await first), name).to.include('schema/invalid-value');
      const cleared = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
      const p = params as { textDocument: object };
      await client.connection.sendNotification('textDocument/didChange', { ...params, textDocument: { uri, ...p.textDocument } });
      await cleared;
      expect(await client.codeActions(uri, WHOLE, []), name).to.deep.equal([]);
      expect(await symbols(uri), name).to.deep.equal([]);
      // A later valid change is for a document the server does not have: ignored too.
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: DOC }] });
      expect(await symbols(uri), name).to.deep.equal([]);
      // Opened again: checked again.
      const again = client.nextDiagnostics(uri, (p) => p.version === 4);
      await open(uri, 4);
      expect(codes(await again), name).to.include('schema/invalid-value');
      expect(client.logs.some((l) => l.startsWith(`virtlint: textDocument/didChange of ${uri} ignored: `)), name).to.equal(true);
    }
  });

  it('opened again or changed without a new version: the outline is of the new text', async () => {
    const uri = 'file:///tmp/lsp-sync/same-version-outline.xml';
    const named = (n: string): string => DOC.replace('<name>x</name>', `<name>${n}</name>`);
    const rootName = async (): Promise<unknown> => ((await symbols(uri)) as { name: string }[])[0]?.name;
    await open(uri, 1, named('first'));
    expect(await rootName()).to.match(/first/);
    await open(uri, 1, named('second'));
    expect(await rootName()).to.match(/second/);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: named('third') }] });
    expect(await rootName()).to.match(/third/);
  });

  it('still answers, and exits 0 on shutdown with nothing on stderr', async () => {
    expect(await symbols('file:///tmp/lsp-sync/int0.xml')).to.have.length.above(0);
    expect(client.stderr).to.equal('');
    expect(await client.stop()).to.equal(0);
  });
});
