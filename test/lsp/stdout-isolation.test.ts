import { expect } from 'chai';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Scratch, VALID_DOMAIN } from '../hardening/trust-helpers.js';
import { TestLspClient } from './client.js';

/**
 * Over stdio, standard output carries the protocol alone. A configuration file or a plugin rule
 * that writes to it (console.log in the lint thread, process.stdout.write when the configuration is
 * loaded) used to write into the protocol stream, and the server answered nothing from then on. Now
 * console output reaches the editor's log and raw writes go to standard error (src/lsp/main.ts).
 */

const CONFIG = `
console.log('configuration: console.log');
process.stdout.write('configuration: process.stdout.write\\n');
const rule = {
  meta: { description: 'writes to standard output' },
  check(domain, context) {
    console.log('rule: console.log');
    process.stdout.write('rule: process.stdout.write\\n');
    context.report({ range: domain.name.range, message: 'checked' });
  },
};
export default [{ plugins: { p: { rules: { r: rule } } }, rules: { 'p/r': 'error' } }];
`;

describe('lsp: configuration files and plugin rules that write to standard output', function () {
  this.timeout(120000);
  const scratch = new Scratch();
  let client: TestLspClient;
  after(() => {
    client?.kill();
    scratch.cleanup();
  });

  it('do not break the protocol: the document is checked, requests answered, the output in the log or on stderr', async () => {
    const dir = scratch.repo({ 'virtlint.config.mjs': CONFIG });
    ({ client } = await TestLspClient.start({ debounceMs: 0 }, { rootUri: pathToFileURL(dir).href }));
    const uri = pathToFileURL(path.join(dir, 'vm.xml')).href;
    const published = client.nextDiagnostics(uri, () => true, 30000);
    await client.open(uri, VALID_DOMAIN);
    expect((await published).diagnostics.map((d) => `${String(d.code)}: ${d.message}`)).to.deep.equal(['p/r: checked']);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[];
    expect(symbols.length).to.be.above(0);
    expect(client.logs).to.include('configuration: console.log');
    expect(client.stderr).to.include('configuration: process.stdout.write');
    expect(client.stderr).to.include('rule: console.log');
    expect(client.stderr).to.include('rule: process.stdout.write');
    expect(await client.stop()).to.equal(0);
  });
});
