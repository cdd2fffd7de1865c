/**
 * The first check of a document always publishes, whatever asks for another check while it is in
 * flight. Here the configuration is reloaded (workspace/didChangeWatchedFiles) while the first
 * check still reads the old configuration: the newer check reaches the lint thread first, then the
 * older one arrived there and cancelled it (a newer job for a document cancels the document's
 * older ones, and the lint thread cannot tell which was asked for last). The older one's result
 * was then dropped as stale, and the document got no diagnostics until its next edit.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { tempDir } from '../cli/tmp.js';
import { EXAMPLES } from '../helpers/paths.js';
import { TestLspClient } from './client.js';

/** Read slowly (4 s) by the server, after leaving `loading` beside itself. */
const SLOW_TO_READ = `import fs from 'node:fs';
fs.writeFileSync(new URL('./loading', import.meta.url), 'yes');
await new Promise((resolve) => setTimeout(resolve, 4000));
export default [{ rules: { 'ioeventfd-requires-virtio': 'warn' } }];
`;

/** Read at once, but its plugin rule keeps the lint thread busy for 8 s (so cancelling it terminates the thread). */
const SLOW_TO_LINT = `const rule = {
  meta: { description: 'takes its time' },
  check() {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 8000);
  },
};
export default [{ plugins: { p: { rules: { slow: rule } } }, rules: { 'p/slow': 'error', 'ioeventfd-requires-virtio': 'warn' } }];
`;

describe('lsp: the first check of a document publishes', function () {
  this.timeout(120000);
  let dir: string;
  let client: TestLspClient | undefined;

  afterEach(() => {
    client?.kill();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a configuration reload while the first check reads the old configuration: the document gets diagnostics (was: none until the next edit)', async () => {
    dir = tempDir('virtlint-lsp-first-');
    const config = path.join(dir, 'virtlint.config.mjs');
    fs.writeFileSync(config, SLOW_TO_READ);
    client = (await TestLspClient.start({}, { watchFiles: true, rootUri: pathToFileURL(dir).href })).client;
    const uri = pathToFileURL(path.join(dir, 'ide.xml')).href;
    const published = client.nextDiagnostics(uri, () => true, 40000);
    await client.open(uri, fs.readFileSync(path.join(EXAMPLES, 'disk-ide-ioeventfd.xml'), 'utf8'));
    // The first check is reading the configuration: change it and say so, as an editor does.
    const loading = path.join(dir, 'loading');
    for (let i = 0; i < 600 && !fs.existsSync(loading); i++) await new Promise((r) => setTimeout(r, 50));
    expect(fs.existsSync(loading), 'the server reads the configuration').to.equal(true);
    fs.writeFileSync(config, SLOW_TO_LINT);
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(config, later, later); // a modification time of its own, whatever the clock's granularity
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Changed }] });
    const p = await published;
    // The newer configuration's result: its plugin rule ran (it reports nothing), the rule is a warning.
    expect(p.diagnostics.filter((d) => d.code === 'ioeventfd-requires-virtio').map((d) => d.severity)).to.deep.equal([2]);
    expect(client.published.filter((q) => q.uri === uri)).to.have.length(1);
  });
});
