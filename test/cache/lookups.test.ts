import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CacheKeys, codeHash, sha256 } from '../../src/cache/keys.js';
import { ResultCache } from '../../src/cache/result-cache.js';
import { resultCacheSecret } from '../../src/cache/secret.js';
import { ConfigResolver } from '../../src/config/index.js';
import type { EffectiveConfig } from '../../src/config/types.js';
import { VERSION } from '../../src/version.js';

/**
 * What a --cache run that counts its misses pays for twice (each file it counts is looked up again
 * when it is linted): the key's configuration part, the emulator's stat and an entry's MAC are
 * worked out once per run. Keys and answers stay what they were.
 */
describe('result cache lookups done twice cost their work once', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-lookups-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const doc = (emulator: string, name = 'vm'): string => `<domain type='kvm'><name>${name}</name><devices><emulator>${emulator}</emulator></devices></domain>`;

  it('a key is the sha256 of the JSON of all its parts, the configuration part serialised once per configuration', async () => {
    const emulator = path.join(dir, 'qemu');
    fs.writeFileSync(emulator, 'binary');
    const plain = await new ConfigResolver({ noConfig: true }).forFile(path.join(dir, 'a.xml'));
    const ruled = await new ConfigResolver({ noConfig: true, ruleOverrides: { 'ioeventfd-requires-virtio': 'warn' }, settingsOverrides: { probe: false } }).forFile(path.join(dir, 'a.xml'));
    const keys = new CacheKeys();
    const st = fs.statSync(emulator);
    const expected = (config: EffectiveConfig, content: string, extra: unknown): string =>
      sha256(
        JSON.stringify([
          VERSION,
          codeHash(),
          keys.grammarHash(config.settings.schemas),
          config.rules,
          config.settings,
          null,
          { files: {}, emulator: config.settings.probe === false ? undefined : [emulator, st.size, st.mtimeMs] },
          extra,
          content,
        ]),
      );
    // Interleaved, so that each configuration's part is both made and reused.
    for (const [config, content, extra] of [
      [plain, 'C1', { maxDepth: null }],
      [ruled, 'C1', { maxDepth: null }],
      [plain, 'C2', { maxDepth: 7 }],
      [ruled, 'C3', undefined],
    ] as const) {
      expect(keys.keyFor(content, doc(emulator), config, extra)).to.equal(expected(config, content, extra));
    }
    expect(keys.keyFor('C1', doc(emulator), plain, null)).to.not.equal(keys.keyFor('C1', doc(emulator), ruled, null));
  });

  it("a document's emulator is looked at once per run: a later run's key sees the binary changed", async () => {
    const emulator = path.join(dir, 'qemu');
    fs.writeFileSync(emulator, 'binary');
    const config = await new ConfigResolver({ noConfig: true }).forFile(path.join(dir, 'a.xml'));
    const run = new CacheKeys();
    const before = run.keyFor('C', doc(emulator), config, null);
    fs.writeFileSync(emulator, 'a newer, larger binary');
    expect(run.keyFor('C', doc(emulator, 'other'), config, null), 'the same run').to.equal(before);
    expect(new CacheKeys().keyFor('C', doc(emulator), config, null), 'the next run').to.not.equal(before);
  });

  it('an entry checked once answers again for its key and content only; a forged one is never served', () => {
    const secret = resultCacheSecret(path.join(dir, 'xdg'));
    if (!('key' in secret)) throw new Error(secret.problem);
    const file = path.join(dir, 'cache.json');
    // Files that exist: saving drops the entries of files that are gone.
    const [f, g] = [path.join(dir, 'f.xml'), path.join(dir, 'g.xml')];
    for (const x of [f, g]) fs.writeFileSync(x, '<domain/>');
    const writer = new ResultCache(file, secret.key);
    writer.set(f, 'K', 'C', { filePath: f, diagnostics: [], notes: ['n'] });
    writer.set(g, 'K', 'C', { filePath: g, diagnostics: [], notes: [] });
    writer.save();
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: Record<string, { notes: string[] }> };
    (data.entries[g] as { notes: string[] }).notes = ['forged'];
    fs.writeFileSync(file, JSON.stringify(data));
    const cache = new ResultCache(file, secret.key);
    for (let i = 0; i < 2; i++) {
      expect(cache.get(f, 'K', 'C')).to.deep.equal({ filePath: f, diagnostics: [], notes: ['n'] });
      expect(cache.get(f, 'K2', 'C')).to.equal(undefined);
      expect(cache.get(f, 'K', 'C2')).to.equal(undefined);
      expect(cache.get(g, 'K', 'C')).to.equal(undefined);
    }
  });
});
