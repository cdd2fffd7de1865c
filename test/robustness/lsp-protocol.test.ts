import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../lsp/client.js';

/**
 * Red team: the language server driven with requests an editor should not send but a buggy or
 * hostile client can: documents never opened, positions outside the document (negative, huge,
 * fractional, not numbers), changes with ranges past the end or reversed, URIs that are not files.
 * Each gets an answer (possibly empty) or is ignored; the server keeps working and exits cleanly.
 * (Random edits are fuzzed in test/fuzz/lsp.test.ts; size and depth limits in test/hardening/.)
 */

const DOC = "<domain type='kvm'>\n<name>x</name>\n<memory>1048576</memory>\n<os><type>hvm</type></os>\n<devices><disk type='bogus'/></devices>\n</domain>\n";
const EXPECTED = ['schema/missing-element', 'schema/invalid-value'];
const codes = (p: PublishDiagnosticsParams): unknown[] => p.diagnostics.map((d) => d.code);

describe('red team: the language server under malformed requests', function () {
  this.timeout(120000);
  let client: TestLspClient;
  before(async () => {
    ({ client } = await TestLspClient.start({ debounceMs: 0 }));
  });
  after(() => client?.kill());

  /** A request that must be answered (not left pending, not an internal error). */
  const answered = async (method: string, params: object): Promise<unknown> => {
    const reply = client.connection.sendRequest(method, params);
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`${method} got no answer`)), 30000));
    return Promise.race([reply, timeout]);
  };

  it('requests about a document never opened: empty answers', async () => {
    const textDocument = { uri: 'file:///never/opened.xml' };
    const at = { line: 0, character: 0 };
    expect(await answered('textDocument/hover', { textDocument, position: at })).to.equal(null);
    expect(await answered('textDocument/completion', { textDocument, position: at })).to.deep.equal([]);
    expect(await answered('textDocument/documentSymbol', { textDocument })).to.deep.equal([]);
    expect(await answered('textDocument/foldingRange', { textDocument })).to.deep.equal([]);
    expect(await answered('textDocument/codeAction', { textDocument, range: { start: at, end: at }, context: { diagnostics: [] } })).to.deep.equal([]);
    // Changing or closing it is ignored.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: textDocument.uri, version: 2 }, contentChanges: [{ text: DOC }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument });
  });

  it('positions outside the document or not numbers: answered, the document unharmed', async () => {
    const uri = 'file:///tmp/red-team-lsp/vm.xml';
    const first = client.nextDiagnostics(uri);
    await client.open(uri, DOC);
    expect(codes(await first)).to.deep.equal(EXPECTED);
    const positions = [{ line: -1, character: 0 }, { line: 1e9, character: 1e9 }, { line: 0, character: -5 }, { line: 1.5, character: 0.5 }, { line: '1', character: 'x' }, { line: null, character: null }, {}, { line: 2 ** 53, character: 2 ** 31 }, { line: 4, character: 999999 }];
    for (const position of positions as Position[]) {
      await answered('textDocument/hover', { textDocument: { uri }, position });
      await answered('textDocument/completion', { textDocument: { uri }, position });
      const diagnostic = { range: { start: position, end: position }, message: 'x', code: 'schema/invalid-value', source: 'virtlint' };
      expect(await answered('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [diagnostic] } })).to.be.an('array');
    }
    const hover = (await answered('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 11 } })) as { contents: unknown } | null;
    expect(hover, 'hover on <disk type> still answers').to.not.equal(null);
  });

  it('changes with ranges past the end, reversed or negative: applied as clamped edits, linted, never a crash', async () => {
    const uri = 'file:///tmp/red-team-lsp/edits.xml';
    const first = client.nextDiagnostics(uri);
    await client.open(uri, DOC);
    await first;
    for (const range of [
      { start: { line: 50, character: 0 }, end: { line: 60, character: 0 } },
      { start: { line: 3, character: 5 }, end: { line: 1, character: 0 } },
      { start: { line: -3, character: -5 }, end: { line: 0, character: 0 } },
    ]) {
      const next = client.nextDiagnostics(uri, (p) => p.version === version);
      const version = await client.change(uri, [{ range, text: 'X' }]);
      expect(codes(await next), JSON.stringify(range)).to.include('xml/not-well-formed');
    }
    // The whole text replaced afterwards: linted as that text again.
    const next = client.nextDiagnostics(uri, (p) => p.version === version);
    const version = await client.change(uri, [{ text: DOC }]);
    expect(codes(await next)).to.deep.equal(EXPECTED);
  });

  it('URIs that are not files on disk (untitled, http, bad escapes, NUL, a device, a 5,000-character name): each linted from its text', async () => {
    for (const uri of ['untitled:Untitled-1', 'http://example.com/x.xml', 'file:///tmp/%E0%A4%A', 'file:///tmp/a%00b.xml', 'file://host/share/x.xml', 'file:///..%2F..%2Fetc%2Fpasswd', 'not a uri', `file:///tmp/${'x'.repeat(5000)}.xml`, 'file:///dev/zero', 'file:///proc/self/fd/0']) {
      const published = client.nextDiagnostics(uri, () => true, 30000);
      await client.open(uri, DOC);
      expect(codes(await published), uri.slice(0, 40)).to.deep.equal(EXPECTED);
    }
  });

  it('workspace folder changes that are malformed (no event, lists that are not lists, folders without a file: URI) or change nothing: ignored, the configuration found as before', async () => {
    // A session without folders: lookup finds this configuration above the document.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'red-team-folders-'));
    try {
      fs.writeFileSync(path.join(dir, 'virtlint.config.json'), JSON.stringify([{ rules: { 'schema/invalid-value': 'off' } }]));
      const uri = pathToFileURL(path.join(dir, 'vm.xml')).href;
      const first = client.nextDiagnostics(uri);
      await client.open(uri, DOC);
      expect(codes(await first)).to.deep.equal(['schema/missing-element']);
      for (const params of [
        {},
        { event: null },
        { event: { added: 'file:///tmp', removed: 42 } },
        { event: { added: [null, 5, {}, { uri: 7 }, { uri: 'http://example.com/' }, { uri: 'untitled:x' }, { uri: 'file:///tmp/%E0%A4%A' }], removed: [{}] } },
        // A folder removed that the workspace never had: still no folders, so lookup is still not bounded by any.
        { event: { added: [], removed: [{ uri: pathToFileURL(dir).href, name: 'x' }] } },
      ]) {
        await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', params);
      }
      const next = client.nextDiagnostics(uri, (p) => p.version === version);
      const version = await client.change(uri, [{ text: DOC }]);
      expect(codes(await next)).to.deep.equal(['schema/missing-element']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('still answers, and exits 0 on shutdown with nothing on stderr', async () => {
    const symbols = await answered('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/red-team-lsp/vm.xml' } });
    expect((symbols as unknown[]).length).to.be.above(0);
    expect(client.stderr).to.equal('');
    expect(await client.stop()).to.equal(0);
  });
});
