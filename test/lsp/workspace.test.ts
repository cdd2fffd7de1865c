/**
 * The server with a project on disk: configuration files found upward from the document, reloaded
 * with the capability files they name when those change (by the server's own file watching, or on
 * the client's workspace/didChangeWatchedFiles).
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { initializationOptions } from '../../editors/vscode/src/settings.js';
import { EXAMPLES } from '../helpers/paths.js';
import { TestLspClient } from './client.js';
import { seedProfile } from '../helpers/seed-profile.js';

const SEED = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');
const IDE_DISK = SEED.replace("<target dev='vda' bus='virtio'/>", "<target dev='hda' bus='ide'/>").replace(
  "<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>\n    </disk>",
  '</disk>',
);

const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code));
const severityOf = (p: PublishDiagnosticsParams, code: string): number[] => p.diagnostics.filter((d) => d.code === code).map((d) => d.severity ?? 0);

describe('lsp: workspace configuration and capability files', function () {
  // Safety net only: each server start compiles the grammar, which a loaded machine can make slow.
  this.timeout(180000);
  let dir: string;
  let client: TestLspClient | undefined;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-lsp-'));
  });
  afterEach(() => {
    client?.kill();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Writes a file the way editors save: a new file renamed over the old one. */
  function save(file: string, content: string): void {
    fs.writeFileSync(`${file}.tmp`, content);
    fs.renameSync(`${file}.tmp`, file);
  }

  async function openDoc(c: TestLspClient, name: string, text: string): Promise<{ uri: string; first: PublishDiagnosticsParams }> {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const published = c.nextDiagnostics(uri);
    await c.open(uri, text);
    return { uri, first: await published };
  }

  it('applies the configuration found upward from the document, and reloads it when it is saved (own file watching)', async () => {
    save(path.join(dir, 'virtlint.config.json'), JSON.stringify([{ rules: { 'ioeventfd-requires-virtio': 'off' } }]));
    client = (await TestLspClient.start()).client;
    const { uri, first } = await openDoc(client, 'vms/ide.xml', IDE_DISK);
    expect(codes(first)).to.not.include('ioeventfd-requires-virtio');
    const reloaded = client.nextDiagnostics(uri, (p) => codes(p).includes('ioeventfd-requires-virtio'));
    save(path.join(dir, 'virtlint.config.json'), JSON.stringify([{ rules: { 'ioeventfd-requires-virtio': 'warn' } }]));
    expect(severityOf(await reloaded, 'ioeventfd-requires-virtio')).to.deep.equal([2]);
  });

  it('in a workspace VS Code does not trust, runs no configuration program, whatever the settings name', async () => {
    // A configuration file is a program: importing this one leaves a mark, and its setting shows.
    const mark = path.join(dir, 'ran');
    save(path.join(dir, 'virtlint.config.mjs'), `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(mark)}, 'x');\nexport default [{ rules: { 'ioeventfd-requires-virtio': 'off' } }];\n`);
    const settings = { configFile: 'virtlint.config.mjs', noConfig: false, probe: false };
    const options = (trusted: boolean): Record<string, unknown> => initializationOptions(<T>(key: string) => settings[key as keyof typeof settings] as T | undefined, trusted);
    client = (await TestLspClient.start(options(false), { rootUri: pathToFileURL(dir).href })).client;
    const untrusted = await openDoc(client, 'vms/ide.xml', IDE_DISK);
    expect(severityOf(untrusted.first, 'ioeventfd-requires-virtio')).to.deep.equal([1]);
    expect(fs.existsSync(mark), 'the configuration ran').to.equal(false);
    client.kill();
    // Trusted, the same settings run it (the control).
    client = (await TestLspClient.start(options(true), { rootUri: pathToFileURL(dir).href })).client;
    const trusted = await openDoc(client, 'vms/ide2.xml', IDE_DISK);
    expect(codes(trusted.first)).to.not.include('ioeventfd-requires-virtio');
    expect(fs.existsSync(mark)).to.equal(true);
  });

  it('picks up a configuration file created after the document was opened', async () => {
    client = (await TestLspClient.start()).client;
    const { uri, first } = await openDoc(client, 'vms/ide.xml', IDE_DISK);
    expect(severityOf(first, 'ioeventfd-requires-virtio')).to.deep.equal([1]);
    const reloaded = client.nextDiagnostics(uri, (p) => !codes(p).includes('ioeventfd-requires-virtio'));
    save(path.join(dir, 'virtlint.config.json'), JSON.stringify([{ rules: { 'ioeventfd-requires-virtio': 'off' } }]));
    await reloaded;
  });

  it('re-reads a capabilities file named by the configuration when it changes', async () => {
    save(path.join(dir, 'qemu.json'), seedProfile(false));
    save(path.join(dir, 'virtlint.config.json'), JSON.stringify([{ settings: { caps: 'qemu.json' } }]));
    client = (await TestLspClient.start()).client;
    const { uri, first } = await openDoc(client, 'seed.xml', SEED);
    const missing = first.diagnostics.filter((d) => d.code === 'emulator-supports-ioeventfd');
    expect(missing.map((d) => d.range.start.line)).to.deep.equal([19]);
    const reloaded = client.nextDiagnostics(uri, (p) => !codes(p).includes('emulator-supports-ioeventfd'));
    save(path.join(dir, 'qemu.json'), seedProfile(true));
    await reloaded;
  });

  it('shows a broken configuration file on the document, lints with the defaults meanwhile, and recovers', async () => {
    save(path.join(dir, 'virtlint.config.json'), '[{ "rules": { "ioeventfd-requires-virtio": ');
    client = (await TestLspClient.start()).client;
    const { uri, first } = await openDoc(client, 'ide.xml', IDE_DISK);
    const config = first.diagnostics.filter((d) => d.code === 'virtlint/config');
    expect(config).to.have.length(1);
    expect(config[0]!.message).to.match(/virtlint\.config\.json.*not valid JSON/);
    expect(codes(first)).to.include('ioeventfd-requires-virtio');
    const fixed = client.nextDiagnostics(uri, (p) => !codes(p).includes('virtlint/config'));
    save(path.join(dir, 'virtlint.config.json'), JSON.stringify([{ rules: { 'ioeventfd-requires-virtio': 'warn' } }]));
    expect(severityOf(await fixed, 'ioeventfd-requires-virtio')).to.deep.equal([2]);
  });

  it('does not lint documents the configuration ignores', async () => {
    save(path.join(dir, 'virtlint.config.json'), JSON.stringify([{ ignores: ['generated/**'] }]));
    client = (await TestLspClient.start()).client;
    const ignoredUri = pathToFileURL(path.join(dir, 'generated', 'ide.xml')).href;
    await client.open(ignoredUri, IDE_DISK);
    const { first } = await openDoc(client, 'ide.xml', IDE_DISK);
    expect(codes(first)).to.include('ioeventfd-requires-virtio');
    expect(client.published.filter((p) => p.uri === ignoredUri)).to.deep.equal([]);
  });

  it('with a client that watches files: registers the configuration glob and reloads on didChangeWatchedFiles', async () => {
    save(path.join(dir, 'virtlint.config.json'), JSON.stringify([{ rules: { 'ioeventfd-requires-virtio': 'off' } }]));
    client = (await TestLspClient.start({}, { watchFiles: true, rootUri: pathToFileURL(dir).href })).client;
    const { uri, first } = await openDoc(client, 'ide.xml', IDE_DISK);
    expect(codes(first)).to.not.include('ioeventfd-requires-virtio');
    expect(client.registrations.map((r) => [r.method, JSON.stringify(r.registerOptions)])).to.deep.equal([
      ['workspace/didChangeWatchedFiles', JSON.stringify({ watchers: [{ globPattern: '**/virtlint.config.{js,mjs,json}' }] })],
    ]);
    const reloaded = client.nextDiagnostics(uri, (p) => codes(p).includes('ioeventfd-requires-virtio'));
    const config = path.join(dir, 'virtlint.config.json');
    save(config, JSON.stringify([{ rules: { 'ioeventfd-requires-virtio': 'warn' } }]));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Changed }] });
    expect(severityOf(await reloaded, 'ioeventfd-requires-virtio')).to.deep.equal([2]);
  });

  describe('workspace folders added and removed after the start (workspace/didChangeWorkspaceFolders)', () => {
    const WARN = JSON.stringify([{ rules: { 'ioeventfd-requires-virtio': 'warn' } }]);
    const folderUri = (name: string): string => pathToFileURL(path.join(dir, name)).href;
    /** A folder of `dir` with a configuration that makes ioeventfd-requires-virtio a warning. */
    function project(name: string): void {
      fs.mkdirSync(path.join(dir, name), { recursive: true });
      save(path.join(dir, name, 'virtlint.config.json'), WARN);
    }
    /** The next diagnostics of `uri` with ioeventfd-requires-virtio at `severity` (1 error: no configuration; 2 warning: WARN). */
    const withSeverity = (c: TestLspClient, uri: string, severity: number): Promise<PublishDiagnosticsParams> =>
      c.nextDiagnostics(uri, (p) => severityOf(p, 'ioeventfd-requires-virtio').join() === String(severity));

    it('announces that it takes workspace folder changes (was: nothing announced)', async () => {
      const started = await TestLspClient.start();
      client = started.client;
      expect(started.init.capabilities.workspace?.workspaceFolders).to.deep.equal({ supported: true, changeNotifications: true });
    });

    it("a folder added: its open documents get its configuration without being reopened (was: none until a restart); removed: they lose it again (was: kept)", async () => {
      project('added');
      client = (await TestLspClient.start({ debounceMs: 0 }, { workspaceFolders: [folderUri('first')] })).client;
      const { uri, first } = await openDoc(client, 'added/vms/ide.xml', IDE_DISK);
      // Outside every folder of the workspace: no configuration from lookup.
      expect(severityOf(first, 'ioeventfd-requires-virtio')).to.deep.equal([1]);
      const added = withSeverity(client, uri, 2);
      await client.changeWorkspaceFolders([folderUri('added')]);
      expect((await added).version).to.equal(1);
      const removed = withSeverity(client, uri, 1);
      await client.changeWorkspaceFolders([], [folderUri('added')]);
      expect((await removed).version).to.equal(1);
    });

    it('the last folder removed: its documents get no configuration from lookup (not the unbounded lookup of a session opened without folders)', async () => {
      project('only');
      client = (await TestLspClient.start({ debounceMs: 0 }, { workspaceFolders: [folderUri('only')] })).client;
      const { uri, first } = await openDoc(client, 'only/ide.xml', IDE_DISK);
      expect(severityOf(first, 'ioeventfd-requires-virtio')).to.deep.equal([2]);
      const removed = withSeverity(client, uri, 1);
      await client.changeWorkspaceFolders([], [folderUri('only')]);
      await removed;
    });

    it('a session opened without folders, then one added: lookup is bounded from then on, so a document outside it loses the configuration above it', async () => {
      save(path.join(dir, 'virtlint.config.json'), WARN);
      client = (await TestLspClient.start({ debounceMs: 0 })).client;
      const { uri, first } = await openDoc(client, 'elsewhere/ide.xml', IDE_DISK);
      // Without folders, lookup goes up to the repository root: the configuration in `dir` applies.
      expect(severityOf(first, 'ioeventfd-requires-virtio')).to.deep.equal([2]);
      const bounded = withSeverity(client, uri, 1);
      await client.changeWorkspaceFolders([folderUri('project')]);
      await bounded;
    });
  });
});
