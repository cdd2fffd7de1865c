import { expect } from 'chai';
import { fork } from 'node:child_process';
import { ErrorCodes, type InitializeResult, ResponseError } from 'vscode-languageserver-protocol';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import { SERVER_BIN, TestLspClient } from './client.js';

/**
 * The lifecycle the LSP specification orders, on the real server process over stdio: before
 * `initialize`, requests are refused with ServerNotInitialized and notifications dropped (except
 * `exit`); `initialize` is accepted once; after `shutdown`, requests are refused with InvalidRequest;
 * `exit` ends the process with 0 after `shutdown` and 1 without. vscode-languageserver does only the
 * last by itself (src/lsp/lifecycle.ts).
 */

const DOC = "<domain type='kvm'>\n<name>x</name>\n<memory>1048576</memory>\n<os><type>hvm</type></os>\n<devices><disk type='bogus'/></devices>\n</domain>\n";
const INIT = { processId: null, rootUri: null, capabilities: {} };
const at = { line: 4, character: 12 };

/** The error a request was refused with (fails when it was answered). */
async function refusal(client: TestLspClient, method: string, params?: object): Promise<ResponseError> {
  try {
    const answer: unknown = await client.connection.sendRequest(method, params);
    throw new Error(`${method} was answered: ${JSON.stringify(answer)}`);
  } catch (e) {
    if (!(e instanceof ResponseError)) throw e;
    return e;
  }
}

describe('lsp: the lifecycle (initialize once, shutdown, exit) over stdio', function () {
  this.timeout(120000);
  const clients: TestLspClient[] = [];
  const spawn = (): TestLspClient => {
    const client = TestLspClient.spawn();
    clients.push(client);
    return client;
  };
  after(() => clients.forEach((c) => c.kill()));

  it('before initialize: requests refused with ServerNotInitialized, notifications dropped; then initialize once; after shutdown, requests refused with InvalidRequest; exit 0', async () => {
    const client = spawn();
    const uri = 'file:///tmp/lsp-lifecycle/early.xml';
    const hover = await refusal(client, 'textDocument/hover', { textDocument: { uri }, position: at });
    expect(hover.code).to.equal(ErrorCodes.ServerNotInitialized);
    expect((await refusal(client, 'shutdown')).code).to.equal(ErrorCodes.ServerNotInitialized);
    // An open before initialize is dropped: after initialize the document is unknown.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text: DOC } });
    const init: InitializeResult = await client.connection.sendRequest('initialize', INIT);
    expect(init.serverInfo?.name).to.equal('virtlint');
    await client.connection.sendNotification('initialized', {});
    expect(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })).to.deep.equal([]);
    expect(client.published.filter((p) => p.uri === uri)).to.deep.equal([]);
    // initialize again: refused, and the server goes on as initialized the first time.
    expect((await refusal(client, 'initialize', INIT)).code).to.equal(ErrorCodes.InvalidRequest);
    const published = client.nextDiagnostics(uri);
    await client.open(uri, DOC);
    expect((await published).diagnostics.map((d) => d.code)).to.include('schema/invalid-value');
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at })).to.not.equal(null);
    expect(await client.connection.sendRequest('shutdown')).to.equal(null);
    // After shutdown only exit counts: requests are refused (a second shutdown too), notifications dropped.
    expect((await refusal(client, 'textDocument/hover', { textDocument: { uri }, position: at })).code).to.equal(ErrorCodes.InvalidRequest);
    expect((await refusal(client, 'shutdown')).code).to.equal(ErrorCodes.InvalidRequest);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/lsp-lifecycle/late.xml', languageId: 'xml', version: 1, text: DOC } });
    await client.connection.sendNotification('exit');
    expect(await client.exited).to.equal(0);
    expect(client.logs).to.include.members([
      'virtlint: textDocument/hover before initialize: the server is not initialized yet',
      'virtlint: textDocument/didOpen before initialize ignored',
      'virtlint: initialize was already received; it may be sent once',
      'virtlint: textDocument/didOpen after shutdown ignored',
    ]);
    expect(client.published.filter((p) => p.uri.endsWith('late.xml'))).to.deep.equal([]);
    expect(client.stderr).to.equal('');
  });

  it('initialize with params it cannot take: refused with InvalidParams, the server still uninitialized; odd contents inside are taken', async () => {
    const client = spawn();
    for (const params of [5, [], {}, { capabilities: 5 }, { capabilities: {}, workspaceFolders: 'file:///tmp' }]) {
      const e = await refusal(client, 'initialize', params as object);
      expect(e.code, JSON.stringify(params)).to.equal(ErrorCodes.InvalidParams);
    }
    expect((await refusal(client, 'textDocument/hover', { textDocument: { uri: 'file:///x.xml' }, position: at })).code).to.equal(ErrorCodes.ServerNotInitialized);
    // Folders that are not folders, a root that is not a URI, capabilities of the wrong types: taken.
    const odd = { processId: null, rootUri: 42, workspaceFolders: [null, 5, { uri: 7 }, { uri: 'http://x/' }], capabilities: { textDocument: { hover: { contentFormat: 5 }, completion: { completionItem: { documentationFormat: 'markdown' } } } } };
    const init: InitializeResult = await client.connection.sendRequest('initialize', odd);
    expect(init.capabilities.hoverProvider).to.equal(true);
    const uri = 'file:///tmp/lsp-lifecycle/odd.xml';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, DOC);
    await published;
    // Neither capability lists markdown: plain text.
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at })) as { contents: { kind: string } };
    expect(hover.contents.kind).to.equal('plaintext');
    const completion = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 9 } })) as unknown[];
    expect(completion).to.be.an('array');
    expect(client.stderr).to.equal('');
  });

  it('exit before initialize, or without shutdown: status 1', async () => {
    const early = spawn();
    await early.connection.sendNotification('exit');
    expect(await early.exited).to.equal(1);
    const { client } = await TestLspClient.start();
    clients.push(client);
    await client.connection.sendNotification('exit');
    expect(await client.exited).to.equal(1);
  });

  it('over --node-ipc too: refused before initialize, answered after', async () => {
    const child = fork(SERVER_BIN, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const early = await connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.xml' }, position: at }).then(
        () => 'answered',
        (e: ResponseError) => e.code,
      );
      expect(early).to.equal(ErrorCodes.ServerNotInitialized);
      const init: InitializeResult = await connection.sendRequest('initialize', INIT);
      expect(init.serverInfo?.name).to.equal('virtlint');
      expect(await connection.sendRequest('shutdown')).to.equal(null);
      await connection.sendNotification('exit');
      expect(await exited).to.equal(0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });

  it('the input closing ends the server: status 0 after shutdown, 1 without', async () => {
    const { client: plain } = await TestLspClient.start();
    clients.push(plain);
    plain.child.stdin.end();
    expect(await plain.exited).to.equal(1);
    const { client } = await TestLspClient.start();
    clients.push(client);
    await client.connection.sendRequest('shutdown');
    client.child.stdin.end();
    expect(await client.exited).to.equal(0);
  });
});
