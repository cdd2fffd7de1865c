/**
 * The repository's grammars (schemas/*.rng) compile without problems through the file-system
 * loader, and the serialised form of domain.rng gives exactly the same errors as the compiled one
 * on every document of the shared corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { compileGrammar, loadCompiledGrammar } from '../../src/relaxng/index.js';
import { fileResourceLoader } from '../../src/relaxng/file-loader.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { validateXml } from './drive.js';

const SCHEMAS = path.join(REPO_ROOT, 'schemas');
/** Library files meant to be included (no start of their own). */
const LIBRARIES = new Set(['basictypes.rng', 'devices.rng']);

describe('relaxng: the bundled grammars', function () {
  this.timeout(120000);

  it('every top-level grammar in schemas/ compiles without problems', () => {
    const top = fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.rng') && !LIBRARIES.has(f));
    expect(top).to.include('domain.rng');
    for (const f of top) {
      const r = compileGrammar(pathToFileURL(path.join(SCHEMAS, f)).href, fileResourceLoader());
      expect(r.ok ? [] : r.problems, f).to.deep.equal([]);
    }
  });

  it('a library file on its own is refused with a clear problem, not a crash', () => {
    const r = compileGrammar(pathToFileURL(path.join(SCHEMAS, 'basictypes.rng')).href, fileResourceLoader());
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.problems[0]!.message).to.match(/no start/);
    const missing = compileGrammar(pathToFileURL(path.join(SCHEMAS, 'nonexistent.rng')).href, fileResourceLoader());
    expect(missing.ok).to.equal(false);
  });

  it('domain.rng reloaded from JSON reports the same errors on the whole corpus', () => {
    const r = compileGrammar(pathToFileURL(path.join(SCHEMAS, 'domain.rng')).href, fileResourceLoader());
    if (!r.ok) throw new Error('domain.rng does not compile');
    const loaded = loadCompiledGrammar(JSON.parse(JSON.stringify(r.grammar.toJSON())));
    const docs = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.xml'));
    let withErrors = 0;
    for (const f of docs) {
      const xml = fs.readFileSync(path.join(CORPUS, f), 'utf8');
      const a = validateXml(r.grammar, xml).map((e) => [e.kind, e.node, e.message]);
      const b = validateXml(loaded, xml).map((e) => [e.kind, e.node, e.message]);
      expect(b, f).to.deep.equal(a);
      if (a.length > 0) withErrors++;
    }
    expect(withErrors).to.be.greaterThan(0);
  });
});
