import { expect } from 'chai';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../lsp/client.js';

/**
 * Red team: a client whose document versions do not tell texts apart: it opens a document again
 * without closing it, or sends a change without raising the version. The text is then new but the
 * version is not, and the server must not answer a code action with edits computed for the old text
 * (applied to the new one they would damage it; the editor accepts them, since the version matches).
 */

const DOC = "<domain type='kvm'>\n<name>x</name>\n<memory>1048576</memory>\n<os><type>hvm</type></os>\n<devices><disk type='bogus'/></devices>\n</domain>\n";
/** The same document with two lines more before the finding. */
const MOVED = DOC.replace('<devices>', '<vcpu>1</vcpu>\n<!-- moved -->\n<devices>');

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

/** Every edit of the code actions, with their titles (independent of the document's URI and version). */
function edits(actions: readonly (CodeAction | { command: string })[] | null): [string, TextEdit[]][] {
  return (actions ?? []).map((a) => {
    const e = (a as CodeAction).edit;
    const changes = e?.documentChanges?.flatMap((c) => ('edits' in c ? c.edits : [])) ?? Object.values(e?.changes ?? {}).flat();
    return [(a as CodeAction).title, changes as TextEdit[]];
  });
}

describe('red team: the language server when versions do not change with the text', function () {
  this.timeout(120000);
  let client: TestLspClient;
  /** The code actions of MOVED, linted as an ordinary new document. */
  let expected: [string, TextEdit[]][];

  before(async () => {
    // A long debounce: the new text is not linted by itself before the code action asks for it.
    ({ client } = await TestLspClient.start({ debounceMs: 60000 }));
    const uri = 'file:///tmp/red-team-2-lsp/reference.xml';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, MOVED);
    await published;
    expected = edits(await client.codeActions(uri, WHOLE, []));
    expect(expected.map(([title]) => title)).to.include('Disable schema/invalid-value for this line');
    expect(JSON.stringify(expected)).to.include('"line":6');
  });
  after(() => client?.kill());

  it('opened again (no close) with other text and the same version: code actions are for the new text', async () => {
    const uri = 'file:///tmp/red-team-2-lsp/reopened.xml';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, DOC);
    await published;
    await client.open(uri, MOVED);
    expect(edits(await client.codeActions(uri, WHOLE, []))).to.deep.equal(expected);
  });

  it('changed without a new version: code actions are for the new text', async () => {
    const uri = 'file:///tmp/red-team-2-lsp/same-version.xml';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, DOC);
    await published;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: MOVED }] });
    expect(edits(await client.codeActions(uri, WHOLE, []))).to.deep.equal(expected);
  });

  it('changed with an older version: code actions are for the new text', async () => {
    const uri = 'file:///tmp/red-team-2-lsp/older-version.xml';
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 7, text: DOC } });
    await published;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: MOVED }] });
    expect(edits(await client.codeActions(uri, WHOLE, []))).to.deep.equal(expected);
  });

  it('exits 0 on shutdown with nothing on stderr', async () => {
    expect(client.stderr).to.equal('');
    expect(await client.stop()).to.equal(0);
  });
});
