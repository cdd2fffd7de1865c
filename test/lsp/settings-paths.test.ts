/**
 * Relative paths in the editor's initialization options (capsFile, schemaDir, configFile) are
 * relative to the first workspace folder, the one of the moment: when the editor changes its folders
 * so that another comes first, they are resolved again and the open documents linted again. With no
 * folder left, they are relative to the directory the server started with. Absolute paths never move.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { readServerOptions, SettingsSource } from '../../src/lsp/settings.js';
import { tempDir, writeTree } from '../cli/tmp.js';
import { EXAMPLES } from '../helpers/paths.js';
import { seedProfile } from '../helpers/seed-profile.js';
import { TestLspClient } from './client.js';

const SEED = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');

const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code));

describe('lsp: relative paths of the initialization options follow the first workspace folder', function () {
  this.timeout(180000);

  it('readServerOptions keeps paths as the editor wrote them (resolved against baseDir only when given one)', () => {
    expect(readServerOptions({ capsFile: 'caps.json', schemaDir: '../schemas', configFile: '/etc/virtlint.config.json' })).to.deep.equal({
      capsFile: 'caps.json',
      schemaDir: '../schemas',
      configFile: '/etc/virtlint.config.json',
    });
    expect(readServerOptions({ capsFile: 'caps.json' }, '/w').capsFile).to.equal('/w/caps.json');
  });

  describe('SettingsSource', () => {
    let dir: string;
    let a: string;
    let b: string;
    let outside: string;
    beforeEach(() => {
      dir = tempDir();
      a = path.join(dir, 'a');
      b = path.join(dir, 'b');
      outside = path.join(dir, 'elsewhere', 'vm.xml');
      const config = JSON.stringify([{ rules: { 'ioeventfd-requires-virtio': 'warn' } }]);
      writeTree(dir, { 'a/ci/virtlint.config.json': config, 'b/ci/virtlint.config.json': config });
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    const RELATIVE = { capsFile: 'caps.json', schemaDir: 'schemas', configFile: 'ci/virtlint.config.json' };

    /** The absolute paths a document gets, as the lint options and the lint thread see them. */
    async function pathsOf(s: SettingsSource): Promise<unknown> {
      const r = await s.resolveConfig(outside);
      return { configFile: r.config.configFile, caps: r.config.settings.caps, schemas: r.config.settings.schemas, named: r.namedCapsFile, schemaDir: await s.schemaDirFor(outside), files: r.files };
    }
    const expected = (folder: string): unknown => ({
      configFile: path.join(folder, 'ci/virtlint.config.json'),
      caps: path.join(folder, 'caps.json'),
      schemas: path.join(folder, 'schemas'),
      named: path.join(folder, 'caps.json'),
      schemaDir: path.join(folder, 'schemas'),
      files: [path.join(folder, 'ci/virtlint.config.json'), path.join(folder, 'caps.json')],
    });

    it('resolved against the first folder; again when another comes first, which affects every document (was: the first folder at start, for good)', async () => {
      const s = new SettingsSource(readServerOptions(RELATIVE), a, [a]);
      expect(await pathsOf(s)).to.deep.equal(expected(a));
      // A second folder: the first is still a, nothing moves for a document outside both.
      expect(s.changeWorkspaceFolders([b], [])?.(outside)).to.equal(false);
      expect(await pathsOf(s)).to.deep.equal(expected(a));
      // a removed: b comes first.
      expect(s.changeWorkspaceFolders([], [a])?.(outside)).to.equal(true);
      expect(await pathsOf(s)).to.deep.equal(expected(b));
      // No folder left: the directory the server started with (a).
      expect(s.changeWorkspaceFolders([], [b])?.(outside)).to.equal(true);
      expect(await pathsOf(s)).to.deep.equal(expected(a));
    });

    it('absolute paths do not move: a change of folders affects only the documents inside the changed ones', async () => {
      const absolute = { capsFile: path.join(a, 'caps.json'), schemaDir: path.join(a, 'schemas'), configFile: path.join(a, 'ci/virtlint.config.json') };
      const s = new SettingsSource(readServerOptions(absolute), a, [a]);
      expect(s.changeWorkspaceFolders([b], [a])?.(outside)).to.equal(false);
      expect(await pathsOf(s)).to.deep.equal(expected(a));
    });
  });

  describe('the server', () => {
    let dir: string;
    let client: TestLspClient | undefined;
    beforeEach(() => {
      dir = tempDir();
    });
    afterEach(() => {
      client?.kill();
      client = undefined;
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('lints open documents again with the capabilities file of the new first folder, read through a symbolic link as the editor\'s own file', async () => {
      // Each folder's caps.json is a link (allowed for the editor's file, refused for a configured one).
      writeTree(dir, { 'a/profile.json': seedProfile(false), 'b/profile.json': seedProfile(true), 'vms/seed.xml': SEED });
      fs.symlinkSync('profile.json', path.join(dir, 'a', 'caps.json'));
      fs.symlinkSync('profile.json', path.join(dir, 'b', 'caps.json'));
      const folder = (name: string): string => pathToFileURL(path.join(dir, name)).href;
      client = (await TestLspClient.start({ capsFile: 'caps.json', noConfig: true, probe: false, debounceMs: 0 }, { workspaceFolders: [folder('a')] })).client;
      const uri = pathToFileURL(path.join(dir, 'vms', 'seed.xml')).href;
      const first = client.nextDiagnostics(uri);
      await client.open(uri, SEED);
      const before = await first;
      expect(codes(before)).to.include('emulator-supports-ioeventfd');
      expect(codes(before), 'the link was read').to.not.include('virtlint/config');
      const relinted = client.nextDiagnostics(uri, (p) => !codes(p).includes('emulator-supports-ioeventfd'));
      await client.changeWorkspaceFolders([folder('b')], [folder('a')]);
      const after = await relinted;
      expect(after.version).to.equal(1);
      expect(codes(after)).to.not.include('virtlint/config');
    });
  });
});
