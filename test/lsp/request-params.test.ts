import { expect } from 'chai';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { TestLspClient } from './client.js';

/**
 * Requests without the parts their method needs are refused with InvalidParams (they used to reach
 * the handlers and come back as internal errors, a TypeError's message); what editors really send
 * is still answered, such as Neovim 0.7's code action context, whose diagnostics have no range
 * (src/lsp/request-check.ts).
 */

const DOC = "<domain type='kvm'>\n<name>x</name>\n<memory>1048576</memory>\n<os><type>hvm</type></os>\n<devices><disk type='bogus'/></devices>\n</domain>\n";
const URI = 'file:///tmp/lsp-params/vm.xml';
const at = { line: 4, character: 12 };
const range = { start: { line: 4, character: 9 }, end: { line: 4, character: 27 } };

describe('lsp: request params the server cannot answer, and those it can', function () {
  this.timeout(120000);
  let client: TestLspClient;
  before(async () => {
    ({ client } = await TestLspClient.start({ debounceMs: 0 }));
    const published = client.nextDiagnostics(URI);
    await client.open(URI, DOC);
    await published;
  });
  after(() => client?.kill());

  const error = async (method: string, params: unknown): Promise<number | string> => {
    try {
      await client.connection.sendRequest(method, params);
      return 'answered';
    } catch (e) {
      if (!(e instanceof ResponseError)) throw e;
      return e.code;
    }
  };

  it('refused with InvalidParams: no textDocument, no position, a code action without range or diagnostics', async () => {
    const cases: [string, unknown][] = [
      ['textDocument/hover', { position: at }],
      ['textDocument/hover', { textDocument: { uri: 5 }, position: at }],
      ['textDocument/hover', { textDocument: { uri: URI } }],
      ['textDocument/completion', { textDocument: { uri: URI }, position: 'x' }],
      ['textDocument/completion', { textDocument: { uri: URI }, position: at, context: 7 }],
      ['textDocument/documentSymbol', { textDocument: null }],
      ['textDocument/foldingRange', { uri: URI }],
      ['textDocument/codeAction', { textDocument: { uri: URI }, context: { diagnostics: [] } }],
      ['textDocument/codeAction', { textDocument: { uri: URI }, range, context: {} }],
      ['textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: [null] } }],
      ['textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: [], only: 'quickfix' } }],
    ];
    for (const [method, params] of cases) expect(await error(method, params), `${method} ${JSON.stringify(params)}`).to.equal(ErrorCodes.InvalidParams);
    expect(await error('$/virtlint/refuse', { code: 1, message: 'x' })).to.equal(ErrorCodes.MethodNotFound);
  });

  it("a code action context as Neovim 0.7 sends it (diagnostics without range or source): the fixes under the range", async () => {
    const sent = [{ code: 'schema/invalid-value', data: { ruleId: 'schema/invalid-value' } }, { source: 'virtlint', code: 'schema/invalid-value' }];
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: sent } })) as { title: string }[];
    expect(actions.map((a) => a.title)).to.include('Disable schema/invalid-value for this line');
  });

  it('still answers, and exits 0 on shutdown with nothing on stderr', async () => {
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: at })).to.not.equal(null);
    expect(client.stderr).to.equal('');
    expect(await client.stop()).to.equal(0);
  });
});
