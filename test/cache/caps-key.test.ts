/**
 * The result cache's key hashes the capability files `settings.caps` names (a file for every
 * emulator, or one per emulator): a result computed with other capabilities is never reused.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { CacheKeys, sha256 } from '../../src/cache/keys.js';
import { effectiveConfig, validateConfig } from '../../src/config/index.js';
import { tempDir } from '../cli/tmp.js';

const DOC = "<domain type='kvm'><name>vm</name><devices><emulator>/usr/bin/qemu</emulator></devices></domain>";

describe('result cache keys and settings.caps', () => {
  for (const [form, caps] of [
    ['a file for every emulator', 'caps.json'],
    ['a map from emulator to file', { '/usr/bin/qemu': 'caps.json' }],
  ] as const) {
    it(`change with the content of the capabilities file (${form}), and only with it`, () => {
      const dir = tempDir();
      const file = path.join(dir, 'caps.json');
      const entries = validateConfig([{ settings: { caps, probe: false } }], 't', dir);
      const config = effectiveConfig({ file: path.join(dir, 'virtlint.config.json'), baseDir: dir, entries }, path.join(dir, 'vm.xml'));
      // A fresh CacheKeys per run: file hashes are remembered for a run.
      const key = (): string => new CacheKeys().keyFor(sha256(DOC), DOC, config, null);
      fs.writeFileSync(file, '{"format":"virtlint-caps/1"}');
      const first = key();
      expect(key()).to.equal(first);
      fs.writeFileSync(file, '{"format":"virtlint-caps/1","version":"7.2.0"}');
      const second = key();
      expect(second).to.not.equal(first);
      fs.rmSync(file);
      expect(key()).to.not.equal(second);
    });
  }

  it('a key that passes through is not a capability source: its file is not hashed', () => {
    const dir = tempDir();
    const file = path.join(dir, 'caps.json');
    // As an API caller may build it (validateConfig points capsFile to `caps`).
    const config = effectiveConfig({ file: undefined, baseDir: dir, entries: [{ settings: { capsFile: file, probe: false } }] }, path.join(dir, 'vm.xml'));
    const key = (): string => new CacheKeys().keyFor(sha256(DOC), DOC, config, null);
    fs.writeFileSync(file, 'one');
    const first = key();
    fs.writeFileSync(file, 'two');
    expect(key()).to.equal(first);
  });
});
