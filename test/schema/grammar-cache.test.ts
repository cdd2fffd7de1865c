import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintText } from '../../src/linter/lint.js';
import { BUNDLED_SCHEMA_DIR } from '../../src/schema/bundled.js';
import { clearCompiledGrammars } from '../../src/schema/grammars.js';

/** `--schemas DIR`: the foreign grammar is compiled once and cached on disk, keyed by the content of its files. */
describe('schema: compiled grammars of --schemas directories are cached by content', function () {
  this.timeout(120000);
  let tmp: string;
  let schemas: string;
  let cache: string;
  const saved = { xdg: process.env.XDG_CACHE_HOME, off: process.env.VIRTLINT_GRAMMAR_CACHE };
  const VALID = "<network><name>n</name><bridge name='virbr9'/></network>";
  const INVALID = "<network><name>n</name><bridge nme='virbr9'/></network>";
  const cached = (): string[] => (fs.existsSync(cache) ? fs.readdirSync(cache).filter((f) => f.endsWith('.json')).sort() : []);
  const verdict = async (text: string): Promise<string[]> => {
    clearCompiledGrammars(); // a new process, as far as the grammar is concerned
    const r = await lintText(text, { schemaDir: schemas, ruleSet: [] });
    return r.diagnostics.map((d) => d.ruleId);
  };

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-grammar-cache-'));
    schemas = path.join(tmp, 'schemas');
    fs.cpSync(BUNDLED_SCHEMA_DIR, schemas, { recursive: true });
    process.env.XDG_CACHE_HOME = path.join(tmp, 'xdg');
    delete process.env.VIRTLINT_GRAMMAR_CACHE;
    cache = path.join(tmp, 'xdg', 'virtlint', 'grammars');
  });
  after(() => {
    for (const [k, v] of [['XDG_CACHE_HOME', saved.xdg], ['VIRTLINT_GRAMMAR_CACHE', saved.off]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    clearCompiledGrammars();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('compiles once, then loads the cached form (same verdicts)', async () => {
    expect(await verdict(VALID)).to.deep.equal([]);
    const first = cached();
    expect(first).to.have.length(1);
    const mtime = fs.statSync(path.join(cache, first[0]!)).mtimeMs;
    expect(await verdict(INVALID)).to.deep.equal(['schema/unknown-attribute']);
    expect(cached()).to.deep.equal(first);
    expect(fs.statSync(path.join(cache, first[0]!)).mtimeMs).to.equal(mtime);
  });

  it('a changed grammar file gets a new entry (the key is the content, not the path)', async () => {
    const before = cached();
    const file = path.join(schemas, 'network.rng');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('</grammar>', '<!-- edited -->\n</grammar>'));
    expect(await verdict(VALID)).to.deep.equal([]);
    const after = cached();
    expect(after).to.have.length(before.length + 1);
  });

  it('an unusable cache entry is compiled again, never an error', async () => {
    for (const f of cached()) fs.writeFileSync(path.join(cache, f), '{"not": "a grammar"');
    expect(await verdict(INVALID)).to.deep.equal(['schema/unknown-attribute']);
    expect(await verdict(VALID)).to.deep.equal([]);
  });
});
