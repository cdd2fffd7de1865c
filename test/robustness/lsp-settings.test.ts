import { expect } from 'chai';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../lsp/client.js';
import { INVALID_DOMAIN, Scratch } from '../hardening/trust-helpers.js';

/**
 * Red team: the language server's settings as an editor may send them: every option of the wrong
 * type, delays longer than a timer can wait, and a workspace at the root of the file system.
 */

const CONFIG = `export default [{ rules: { 'schema/invalid-value': 'warn' } }];`;
const severities = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => `${String(d.code)}:${d.severity}`);

describe('red team: the language server with odd settings', function () {
  this.timeout(120000);
  const scratch = new Scratch();
  const clients: TestLspClient[] = [];
  after(() => {
    for (const c of clients) c.kill();
    scratch.cleanup();
  });

  const start = async (options: object, rootUri?: string, workspaceFolders?: string[]): Promise<TestLspClient> => {
    const { client } = await TestLspClient.start(options, { ...(rootUri ? { rootUri } : {}), ...(workspaceFolders ? { workspaceFolders } : {}) });
    clients.push(client);
    return client;
  };

  it('every option of the wrong type (numbers as strings, paths as objects, lists of nothing): ignored, documents linted with the defaults', async () => {
    const dir = scratch.repo({ 'virtlint.config.mjs': CONFIG });
    const wrong = {
      debounceMs: '0',
      capsFile: { path: '/etc/passwd' },
      schemaDir: ['/'],
      configFile: 42,
      noConfig: 'true',
      probe: 'no',
      maxFileSize: -1,
      maxDepth: 1.5,
      lintTimeoutMs: 'soon',
      target: { libvirt: '8.0.0' },
    };
    const client = await start(wrong, pathToFileURL(dir).href);
    const uri = pathToFileURL(path.join(dir, 'vm.xml')).href;
    const published = client.nextDiagnostics(uri);
    await client.open(uri, INVALID_DOMAIN);
    // The workspace's configuration applies (noConfig: 'true' is not true, configFile: 42 is no file).
    expect(severities(await published)).to.deep.equal(['schema/invalid-value:2']);
    expect(client.stderr).to.equal('');
  });

  it('a debounce longer than a timer can wait: waits (was: linted after 1 ms, with a TimeoutOverflowWarning on stderr)', async () => {
    const client = await start({ debounceMs: 1e12 });
    const uri = 'file:///tmp/red-team-2-settings/slow.xml';
    const first = client.nextDiagnostics(uri);
    await client.open(uri, INVALID_DOMAIN);
    await first;
    await client.change(uri, [{ text: INVALID_DOMAIN.replace('trust', 'trust2') }]);
    await new Promise((r) => setTimeout(r, 1000));
    expect(client.published.filter((p) => p.uri === uri).map((p) => p.version)).to.deep.equal([1]);
    expect(client.stderr).to.not.include('TimeoutOverflowWarning');
  });

  it("a workspace at the file system root ('file:///'): configuration files below it are found (was: none, for every document)", async () => {
    const dir = scratch.repo({ 'virtlint.config.mjs': CONFIG });
    const client = await start({ debounceMs: 0 }, 'file:///');
    const uri = pathToFileURL(path.join(dir, 'vm.xml')).href;
    const published = client.nextDiagnostics(uri);
    await client.open(uri, INVALID_DOMAIN);
    expect(severities(await published)).to.deep.equal(['schema/invalid-value:2']);
  });

  it("a multi-root workspace: each folder's configuration applies to its documents (was: only the first folder's); a document outside them all gets none", async () => {
    const first = scratch.repo({ 'virtlint.config.mjs': CONFIG });
    const second = scratch.repo({ 'virtlint.config.mjs': `export default [{ rules: { 'schema/invalid-value': 'off' } }];` });
    const outside = scratch.repo({ 'virtlint.config.mjs': CONFIG });
    const client = await start({ debounceMs: 0 }, undefined, [pathToFileURL(first).href, pathToFileURL(second).href]);
    const expected: [string, string[]][] = [
      [first, ['schema/invalid-value:2']],
      [second, []],
      [outside, ['schema/invalid-value:1']],
    ];
    for (const [dir, want] of expected) {
      const uri = pathToFileURL(path.join(dir, 'vm.xml')).href;
      const published = client.nextDiagnostics(uri);
      await client.open(uri, INVALID_DOMAIN);
      expect(severities(await published), dir).to.deep.equal(want);
    }
  });
});
