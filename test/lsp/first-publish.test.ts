/**
 * The first check of a document always publishes, whatever asks for another lint while it is in
 * flight. The lint thread cancels a document's earlier job for its later one, and a cancelled check
 * used to trust a newer one to publish; but the later job could be a code action request's (VS Code
 * asks for quick fixes as soon as a document opens), whose result is not published, or an older
 * check overtaken while it read the configuration (during a configuration reload). Either way the
 * document got no diagnostics until its next edit.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { tempDir } from '../cli/tmp.js';
import { EXAMPLES } from '../helpers/paths.js';
import { CANCEL_GRACE_MS } from '../../src/lsp/lint-runner.js';
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

/**
 * Its plugin rule, on its first run, leaves `checking` beside it and keeps the lint thread busy for
 * 8 s; later runs return at once. It held every run for 2 s, from which the test's own wait (the
 * cancel grace and 300 ms) left 1.5 s for the code action request to reach the server: on a loaded
 * machine it could come after the first check had ended, and the test then passed without the case
 * it is for. The request waits for the check (it does not cancel it), so the test takes the 8 s.
 */
const SLOW_RULE = `import fs from 'node:fs';
const rule = {
  meta: { description: 'takes its time' },
  check() {
    const marker = new URL('./checking', import.meta.url);
    if (fs.existsSync(marker)) return;
    fs.writeFileSync(marker, 'yes');
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

  /** A server on a project of `dir` holding `config`, with the IDE-disk domain open; resolves with its first diagnostics. */
  async function openWith(config: string, watchFiles: boolean): Promise<{ uri: string; published: Promise<PublishDiagnosticsParams> }> {
    dir = tempDir('virtlint-lsp-first-');
    fs.writeFileSync(path.join(dir, 'virtlint.config.mjs'), config);
    const c = (await TestLspClient.start({}, { watchFiles, rootUri: pathToFileURL(dir).href })).client;
    client = c;
    const uri = pathToFileURL(path.join(dir, 'ide.xml')).href;
    const published = c.nextDiagnostics(uri, () => true, 40000);
    await c.open(uri, fs.readFileSync(path.join(EXAMPLES, 'disk-ide-ioeventfd.xml'), 'utf8'));
    return { uri, published };
  }

  /** Waits (30 s at most) for the configuration's program to leave `name` in `dir`. */
  async function marked(name: string, what: string): Promise<void> {
    const file = path.join(dir, name);
    for (let i = 0; i < 600 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
    expect(fs.existsSync(file), what).to.equal(true);
  }

  it('a configuration reload while the first check reads the old configuration: the document gets diagnostics (was: none until the next edit)', async () => {
    const { uri, published } = await openWith(SLOW_TO_READ, true);
    const config = path.join(dir, 'virtlint.config.mjs');
    // The first check is reading the configuration: change it and say so, as an editor does.
    await marked('loading', 'the server reads the configuration');
    fs.writeFileSync(config, SLOW_TO_LINT);
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(config, later, later); // a modification time of its own, whatever the clock's granularity
    await client?.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Changed }] });
    const p = await published;
    // The newer configuration's result: its plugin rule ran (it reports nothing), the rule is a warning.
    expect(p.diagnostics.filter((d) => d.code === 'ioeventfd-requires-virtio').map((d) => d.severity)).to.deep.equal([2]);
    expect(client?.published.filter((q) => q.uri === uri)).to.have.length(1);
  });

  it('a code action request while the first check runs (VS Code asks for quick fixes on opening): the document gets diagnostics (was: none until the next edit)', async () => {
    const { uri, published } = await openWith(SLOW_RULE, false);
    // The check is in the lint thread, and has been for longer than a cancellation's grace.
    await marked('checking', 'the check runs the plugin rule');
    await new Promise((r) => setTimeout(r, CANCEL_GRACE_MS + 300));
    const line = { line: 19, character: 39 };
    const actions = await (client as TestLspClient).codeActions(uri, { start: line, end: line }, []);
    const p = await published;
    expect(p.diagnostics.filter((d) => d.code === 'ioeventfd-requires-virtio').map((d) => d.severity)).to.deep.equal([2]);
    expect(client?.published.filter((q) => q.uri === uri)).to.have.length(1);
    // The request was answered from the same check.
    expect(actions?.map((a) => ('title' in a ? a.title : ''))).to.include("Remove ioeventfd='on'");
  });
});
