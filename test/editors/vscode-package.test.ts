/**
 * The VS Code extension as it ships: builds the .vsix with the real build script (@vscode/vsce),
 * reads its manifest and file list with unzip, and runs the language server bundled inside it over
 * stdio on the seed's IDE-disk variant, from a copy unpacked outside the repository (so it can only
 * use what the package carries).
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { Attachments } from '../../editors/vscode/src/attachments.js';
import { isLibvirtXml, rootElementOf } from '../../editors/vscode/src/root.js';
import { parseTarget } from '../../src/targets/target.js';
import { tempDir } from '../cli/tmp.js';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths.js';
import { TestLspClient } from '../lsp/client.js';

const VERSION = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const VSIX = path.join(REPO_ROOT, 'dist', `virtlint-${VERSION}.vsix`);

interface Manifest {
  name: string;
  version: string;
  publisher: string;
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, { type: string; default: unknown }> }; commands: { command: string }[] };
}

describe('editors/vscode: the packaged extension', function () {
  this.timeout(180000);
  let files: string[];
  let manifest: Manifest;
  let unpacked: string;

  before(() => {
    fs.rmSync(VSIX, { force: true });
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-vscode.mjs')], { cwd: REPO_ROOT, stdio: 'pipe' });
    expect(fs.existsSync(VSIX), 'the build writes the .vsix').to.equal(true);
    // `unzip -Z1` lists one name per line: the archive as VS Code will read it.
    files = execFileSync('unzip', ['-Z1', VSIX], { encoding: 'utf8' }).split('\n').filter(Boolean);
    manifest = JSON.parse(execFileSync('unzip', ['-p', VSIX, 'extension/package.json'], { encoding: 'utf8' })) as Manifest;
    unpacked = tempDir('virtlint-vsix-');
    execFileSync('unzip', ['-q', VSIX, '-d', unpacked]);
  });

  it('has a manifest that activates on XML, runs extension.js and carries virtlint\'s version', () => {
    expect(manifest.name).to.equal('virtlint');
    expect(manifest.version).to.equal(VERSION);
    expect(manifest.publisher).to.be.a('string').and.not.equal('');
    expect(manifest.main).to.equal('./extension.js');
    expect(manifest.engines.vscode).to.match(/^\^1\.\d+\.0$/);
    // Only XML documents activate it (the extension itself then waits for a libvirt root element).
    expect(manifest.activationEvents).to.deep.equal(['onLanguage:xml']);
    expect(manifest.contributes.commands.map((c) => c.command)).to.deep.equal(['virtlint.restart']);
  });

  it('contributes the settings: configuration file, capabilities file, probe, target schemas, server', () => {
    const props = manifest.contributes.configuration.properties;
    expect(Object.keys(props)).to.include.members(['virtlint.enable', 'virtlint.configFile', 'virtlint.noConfig', 'virtlint.capsFile', 'virtlint.probe', 'virtlint.schemaDir', 'virtlint.target', 'virtlint.debounceMs', 'virtlint.server.path', 'virtlint.trace.server']);
    expect(props['virtlint.probe']).to.deep.include({ type: 'boolean', default: true });
    expect(props['virtlint.capsFile']).to.deep.include({ type: 'string', default: '' });
    expect(props['virtlint.target']).to.deep.include({ type: 'array', default: [] });
    // The settings editor's check of each entry agrees with the server's parser.
    const pattern = new RegExp((props['virtlint.target'] as unknown as { items: { pattern: string } }).items.pattern);
    for (const t of ['libvirt@8.0.0', 'qemu@6.2', ' libvirt@10.1.0 ', 'libvirt@eight', 'hyperv@1', 'libvirt8.0.0', 'qemu@6.2.0.0.1']) {
      let parses = true;
      try {
        parseTarget(t);
      } catch {
        parses = false;
      }
      expect(pattern.test(t), t).to.equal(parses);
    }
  });

  it('is limited in an untrusted workspace: the workspace cannot choose the server or the files it reads, nor run a configuration', () => {
    const m = manifest as unknown as { capabilities?: { untrustedWorkspaces?: { supported: unknown; restrictedConfigurations?: string[] } } };
    expect(m.capabilities?.untrustedWorkspaces?.supported).to.equal('limited');
    expect(m.capabilities?.untrustedWorkspaces?.restrictedConfigurations).to.include.members(['virtlint.server.path', 'virtlint.configFile', 'virtlint.capsFile', 'virtlint.schemaDir']);
    // The server is a program: only the user's (or a remote machine's) settings name it.
    expect(manifest.contributes.configuration.properties['virtlint.server.path']).to.deep.include({ scope: 'machine' });
    // The extension asks VS Code whether the workspace is trusted, and restarts the server when it becomes so.
    const entry = fs.readFileSync(path.join(REPO_ROOT, 'editors', 'vscode', 'src', 'extension.ts'), 'utf8');
    expect(entry).to.match(/initializationOptions\([^;]*vscode\.workspace\.isTrusted\)/);
    expect(entry).to.contain('onDidGrantWorkspaceTrust');
  });

  it('contains the extension entry, the server and the grammar, and no tests, sources, maps or node_modules', () => {
    expect(files).to.include.members([
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/extension.js',
      'extension/LICENSE.txt',
      'extension/server/package.json',
      'extension/server/dist/src/lsp/virtlint-lsp.js',
      'extension/server/schemas/domain.rng',
      'extension/server/schemas/devices/disk.rng',
    ]);
    expect(files.filter((f) => /\.map$|\.ts$|(^|\/)test\/|node_modules\//.test(f))).to.deep.equal([]);
    // Every grammar file of the repository is in it.
    const rng = (dir: string): string[] => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.rng'));
    expect(files.filter((f) => f.startsWith('extension/server/schemas/') && f.endsWith('.rng')).length).to.equal(rng(path.join(REPO_ROOT, 'schemas')).length);
    // The client library is bundled into extension.js: it requires nothing but vscode and Node built-ins.
    const extension = fs.readFileSync(path.join(unpacked, 'extension', 'extension.js'), 'utf8');
    const required = new Set([...extension.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] as string));
    expect([...required].filter((r) => r !== 'vscode' && !r.startsWith('node:') && !builtinModules.includes(r))).to.deep.equal([]);
  });

  it('its bundled server, run from the unpacked package, reports the disk ioeventfd error at 20:40 and offers the fix', async () => {
    const server = path.join(unpacked, 'extension', 'server', 'dist', 'src', 'lsp', 'virtlint-lsp.js');
    expect(execFileSync(process.execPath, [server, '--version'], { encoding: 'utf8' }).trim()).to.equal(VERSION);
    const { client } = await TestLspClient.start({ probe: false }, { command: [server, '--stdio'] });
    try {
      const uri = 'file:///work/vms/disk-ide-ioeventfd.xml';
      const text = fs.readFileSync(path.join(EXAMPLES, 'disk-ide-ioeventfd.xml'), 'utf8');
      const published = client.nextDiagnostics(uri);
      await client.open(uri, text);
      const d = (await published).diagnostics.find((x) => x.code === 'ioeventfd-requires-virtio') as Diagnostic;
      expect(d.range).to.deep.equal({ start: { line: 19, character: 39 }, end: { line: 19, character: 53 } });
      const actions = (await client.codeActions(uri, d.range, [d])) as CodeAction[];
      expect(actions[0]?.title).to.equal("Remove ioeventfd='on'");
      expect(await client.stop()).to.equal(0);
    } finally {
      client.kill();
    }
  });

  it('recognises libvirt documents by their root element, after a prolog, comments and a DOCTYPE', () => {
    expect(isLibvirtXml(fs.readFileSync(path.join(EXAMPLES, 'disk-ide-ioeventfd.xml'), 'utf8'))).to.equal(true);
    expect(isLibvirtXml("<?xml version='1.0'?>\n<!-- <domain> in a comment -->\n<network><name>default</name></network>")).to.equal(true);
    expect(rootElementOf('<!DOCTYPE x>\n<pool type="dir">')).to.equal('pool');
    expect(isLibvirtXml('<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion></project>')).to.equal(false);
    expect(isLibvirtXml('<svg xmlns="http://www.w3.org/2000/svg"/>')).to.equal(false);
    expect(isLibvirtXml('<domian type="kvm">')).to.equal(false);
    expect(isLibvirtXml('')).to.equal(false);
    expect(isLibvirtXml('<!-- unterminated <domain>')).to.equal(false);
  });

  it('sends the server only libvirt documents, opening one when its root is typed', () => {
    const a = new Attachments();
    expect(a.opened('file:///pom.xml', '<project/>')).to.equal(false);
    expect(a.changed('file:///pom.xml', '<project><modules/></project>')).to.equal('skip');
    expect(a.closed('file:///pom.xml')).to.equal(false);
    expect(a.opened('file:///vm.xml', "<domain type='kvm'/>")).to.equal(true);
    expect(a.changed('file:///vm.xml', "<domain type='kvm'><name>x</name></domain>")).to.equal('forward');
    // A new file: nothing, then a half-typed root, then a libvirt root (opened once, then changes flow).
    expect(a.opened('untitled:Untitled-1', '')).to.equal(false);
    expect(a.changed('untitled:Untitled-1', '<dom')).to.equal('skip');
    expect(a.changed('untitled:Untitled-1', '<domain')).to.equal('open');
    expect(a.changed('untitled:Untitled-1', '<domain ')).to.equal('forward');
    // Renamed away from libvirt: still attached, so the server sees the change and clears its diagnostics.
    expect(a.changed('file:///vm.xml', '<project/>')).to.equal('forward');
    expect(a.closed('file:///vm.xml')).to.equal(true);
    expect(a.has('file:///vm.xml')).to.equal(false);
  });
});
