import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  clearGrammarIndexes,
  compiledModelFile,
  compileGrammarModel,
  grammarFromCompiledModel,
  grammarIndexFor,
  loadGrammar,
} from '../../src/grammar/index.js';
import type { Grammar } from '../../src/grammar/model.js';
import { BUNDLED_SCHEMA_DIR } from '../../src/schema/bundled.js';
import { KIND_GRAMMARS } from '../../src/schema/kinds.js';
import type { DocumentKind } from '../../src/types.js';

const DIR = path.resolve(BUNDLED_SCHEMA_DIR);
const LIBVIRT = '/usr/share/libvirt/schemas';

/** Element ids come from a process-wide counter: renumber them by position to compare two loads. */
function renumbered(g: Grammar): Grammar {
  g.elements.forEach((e, i) => ((e as { id: number }).id = i));
  return g;
}

describe('grammar model compiled at build time (dist/grammars/model/<kind>.json)', function () {
  this.timeout(120000);

  for (const kind of Object.keys(KIND_GRAMMARS) as DocumentKind[]) {
    it(`${kind}: the compiled model is the model loaded from the .rng sources (same graph, same sharing)`, () => {
      const fromSources = loadGrammar(DIR, path.join(DIR, KIND_GRAMMARS[kind].file));
      const compiled = grammarFromCompiledModel(JSON.parse(fs.readFileSync(compiledModelFile(kind), 'utf8')), DIR);
      expect(compiled.file).to.equal(path.join(DIR, KIND_GRAMMARS[kind].file));
      expect(renumbered(compiled)).to.deep.equal(renumbered(fromSources));
    });
  }

  it("round-trips libvirt's schemas too, with files under another directory", function () {
    if (!fs.existsSync(path.join(LIBVIRT, 'domain.rng'))) this.skip();
    const g = loadGrammar(LIBVIRT, path.join(LIBVIRT, 'domain.rng'));
    const json = JSON.parse(JSON.stringify(compileGrammarModel(g, LIBVIRT))) as unknown;
    expect(JSON.stringify(json)).to.not.include(LIBVIRT);
    const back = grammarFromCompiledModel(json, '/elsewhere/schemas');
    expect(back.file).to.equal('/elsewhere/schemas/domain.rng');
    expect(back.elements.map((e) => e.source.file.replace('/elsewhere/schemas', LIBVIRT))).to.deep.equal(g.elements.map((e) => e.source.file));
    expect(back.defines.map((d) => d.name)).to.deep.equal(g.defines.map((d) => d.name));
  });

  it('keeps identity: a define reached from two refs is one object', () => {
    const g = grammarFromCompiledModel(JSON.parse(fs.readFileSync(compiledModelFile('domain'), 'utf8')), DIR);
    const seen = new Map<string, unknown>();
    let shared = 0;
    const visit = (p: unknown, depth: number): void => {
      if (depth > 6 || typeof p !== 'object' || p === null) return;
      const pat = p as { kind?: string; define?: { uid: string }; items?: unknown[]; item?: unknown; content?: unknown };
      if (pat.kind === 'ref' && pat.define) {
        const prev = seen.get(pat.define.uid);
        if (prev !== undefined) {
          expect(prev).to.equal(pat.define);
          shared++;
        }
        seen.set(pat.define.uid, pat.define);
        return;
      }
      for (const x of pat.items ?? []) visit(x, depth + 1);
      visit(pat.item, depth + 1);
      visit(pat.content, depth + 1);
    };
    for (const e of g.elements) visit(e.content, 0);
    expect(shared).to.be.greaterThan(100);
  });

  it('refuses malformed input (another format, dangling references, not a grammar)', () => {
    expect(() => grammarFromCompiledModel({ format: 'other', root: 0, nodes: [] }, DIR)).to.throw(/format/);
    const F = 'virtlint-grammar-model/2';
    expect(() => grammarFromCompiledModel({ format: F, root: 0, shapes: [['start', 1]], nodes: [[0, 7]] }, DIR)).to.throw(/reference/);
    expect(() => grammarFromCompiledModel({ format: F, root: 0, shapes: [['file', 0]], nodes: [[0, 'x.rng']] }, DIR)).to.throw(/not a grammar/);
    expect(() => grammarFromCompiledModel({ format: F, root: 0, shapes: [['file', 0]], nodes: [[3, 'x.rng']] }, DIR)).to.throw(/node/);
    expect(() => grammarFromCompiledModel({ format: F, root: 0, shapes: [['file', 0]], nodes: [[0, { x: 1 }]] }, DIR)).to.throw(/value/);
    expect(() => grammarFromCompiledModel(null, DIR)).to.throw(/not an object/);
  });

  it('the bundled index is built from the compiled model', () => {
    const index = grammarIndexFor(undefined, 'domain')!;
    expect(index.grammar.file).to.equal(path.join(DIR, 'domain.rng'));
    expect(index.describe(['domain', 'devices', 'disk', 'driver'])?.attributes.map((a) => a.name)).to.include('ioeventfd');
  });
});

/** `--schemas DIR`: the model behind the index is loaded from the sources once, then from the cache (keyed by content). */
describe('grammar model of --schemas directories is cached by content', function () {
  this.timeout(120000);
  let tmp: string;
  let schemas: string;
  let models: string;
  const saved = { xdg: process.env.XDG_CACHE_HOME, off: process.env.VIRTLINT_GRAMMAR_CACHE };
  const entries = (): string[] => (fs.existsSync(models) ? fs.readdirSync(models).filter((f) => f.endsWith('.json')).sort() : []);
  const bridgeAttributes = (): string[] => {
    clearGrammarIndexes(); // a new process, as far as the index is concerned
    return grammarIndexFor(schemas, 'network')!.describe(['network', 'bridge'])!.attributes.map((a) => a.name);
  };

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-model-cache-'));
    schemas = path.join(tmp, 'schemas');
    fs.cpSync(DIR, schemas, { recursive: true });
    process.env.XDG_CACHE_HOME = path.join(tmp, 'xdg');
    delete process.env.VIRTLINT_GRAMMAR_CACHE;
    models = path.join(tmp, 'xdg', 'virtlint', 'grammars', 'model');
  });
  after(() => {
    for (const [k, v] of [['XDG_CACHE_HOME', saved.xdg], ['VIRTLINT_GRAMMAR_CACHE', saved.off]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    clearGrammarIndexes();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('loads the sources once, then the cached model (same answers)', () => {
    const fromSources = bridgeAttributes();
    expect(fromSources).to.include('name');
    const first = entries();
    expect(first).to.have.length(1);
    const mtime = fs.statSync(path.join(models, first[0]!)).mtimeMs;
    expect(bridgeAttributes()).to.deep.equal(fromSources);
    expect(entries()).to.deep.equal(first);
    expect(fs.statSync(path.join(models, first[0]!)).mtimeMs).to.equal(mtime);
  });

  it('a changed grammar file gets a new entry, and its change shows', () => {
    const before = entries();
    const file = path.join(schemas, 'network.rng');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('<attribute name="stp">', '<attribute name="stpx">'));
    const attrs = bridgeAttributes();
    expect(attrs).to.include('stpx');
    expect(entries()).to.have.length(before.length + 1);
  });

  it('an unusable entry is loaded from the sources again, never an error', () => {
    for (const f of entries()) fs.writeFileSync(path.join(models, f), '{"format": "virtlint-grammar-model/2", "root": 0, "shapes": [], "nodes": [{}]}');
    expect(bridgeAttributes()).to.include('stpx');
  });
});
