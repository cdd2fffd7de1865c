/**
 * What the server does on every change of a document is done again only when its inputs changed:
 * the document's resolved configuration (until the settings are invalidated) and the watch of a
 * directory that could not be watched (not before the retry delay).
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileWatcher } from '../../src/lsp/file-watch.js';
import { SettingsSource } from '../../src/lsp/settings.js';

describe('lsp: per-change work', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-per-change-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a document keeps its resolved configuration until the settings are invalidated, then sees the file as it is', async () => {
    const config = path.join(dir, 'virtlint.config.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { 'ioeventfd-requires-virtio': 'warn' } }));
    const doc = path.join(dir, 'vm.xml');
    const settings = new SettingsSource({}, dir, dir);

    const first = await settings.resolveConfig(doc);
    expect(first.config.configFile).to.equal(config);
    expect(first.config.rules['ioeventfd-requires-virtio']).to.equal('warn');
    expect(first.files).to.deep.equal([config]);
    // Another change of the same document: the same answer, not resolved again.
    expect(await settings.resolveConfig(doc)).to.equal(first);
    // Another document in the same directory has its own answer, from the same file.
    const other = await settings.resolveConfig(path.join(dir, 'other.xml'));
    expect(other).to.not.equal(first);
    expect(other.config.rules['ioeventfd-requires-virtio']).to.equal('warn');

    fs.writeFileSync(config, JSON.stringify({ rules: { 'ioeventfd-requires-virtio': 'off' } }));
    expect((await settings.resolveConfig(doc)).config.rules['ioeventfd-requires-virtio']).to.equal('warn'); // not yet told
    settings.invalidate();
    const after = await settings.resolveConfig(doc);
    expect(after).to.not.equal(first);
    expect(after.config.rules['ioeventfd-requires-virtio']).to.equal('off');
  });

  it('a broken configuration stays a problem for the document until invalidated, then the fixed file is used', async () => {
    const config = path.join(dir, 'virtlint.config.json');
    fs.writeFileSync(config, '{ "rules": ');
    const doc = path.join(dir, 'vm.xml');
    const settings = new SettingsSource({}, dir, dir);
    const broken = await settings.resolveConfig(doc);
    expect(broken.problem).to.be.a('string').and.match(/virtlint\.config\.json/);
    expect(broken.config.configFile).to.equal(undefined);
    expect(await settings.resolveConfig(doc)).to.equal(broken);
    fs.writeFileSync(config, JSON.stringify({ rules: {} }));
    settings.invalidate();
    const fixed = await settings.resolveConfig(doc);
    expect(fixed.problem).to.equal(undefined);
    expect(fixed.config.configFile).to.equal(config);
  });

  /** Resolves with true when `onChange` fires within `ms`. */
  function fired(changes: { count: number }, before: number, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const start = Date.now();
      const poll = setInterval(() => {
        if (changes.count > before || Date.now() - start > ms) {
          clearInterval(poll);
          resolve(changes.count > before);
        }
      }, 20);
    });
  }

  it('a directory that cannot be watched is tried again only after the retry delay, and then watched', async () => {
    const missing = path.join(dir, 'later');
    const changes = { count: 0 };
    const isConfig = (base: string): boolean => base === 'virtlint.config.json';
    const watcher = new FileWatcher(() => changes.count++, isConfig, 10, 60_000);
    try {
      watcher.watchDirectories([missing]);
      fs.mkdirSync(missing);
      watcher.watchDirectories([missing]); // a change soon after: not tried again yet
      fs.writeFileSync(path.join(missing, 'virtlint.config.json'), '{}');
      expect(await fired(changes, 0, 500)).to.equal(false);
    } finally {
      watcher.dispose();
    }

    // With no delay, the next request watches the directory that now exists.
    const missing2 = path.join(dir, 'later2');
    const eager = new FileWatcher(() => changes.count++, isConfig, 10, 0);
    try {
      eager.watchDirectories([missing2]);
      fs.mkdirSync(missing2);
      eager.watchDirectories([missing2]);
      const before = changes.count;
      fs.writeFileSync(path.join(missing2, 'virtlint.config.json'), '{}');
      // Resolves as soon as the change is seen; the cap is for a loaded machine (under mocha's 30 s).
      expect(await fired(changes, before, 20000)).to.equal(true);
    } finally {
      eager.dispose();
    }
  });
});
