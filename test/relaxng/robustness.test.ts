/**
 * Bad input gives problems or errors, never an exception: damaged grammars (the spec test suite's
 * schemas with random deletions) and damaged instances validated against the grammars that still
 * compile. Also: problems name the grammar file they come from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { MAX_GRAMMAR_PATTERNS } from '../../src/grammar/load.js';
import { compileGrammar, createValidator } from '../../src/relaxng/index.js';
import { MAX_EXPANDED_PATTERNS } from '../../src/relaxng/simplify.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { validateXml } from './drive.js';
import { grammarOf, memoryLoader, problemsOf, RNG } from './helpers.js';

describe('relaxng: robustness', () => {
  it('never throws on damaged grammars or documents', function () {
    this.timeout(60000);
    const suite = fs.readFileSync(path.resolve(REPO_ROOT, '../shared/relaxng/spectest.xml'), 'utf8');
    const schemas = [...suite.matchAll(/<(correct|incorrect)>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!.trim());
    expect(schemas.length).to.equal(385);
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const damage = (t: string) => {
      for (let k = Math.floor(rnd() * 3) + 1; k > 0; k--) {
        const p = Math.floor(rnd() * t.length);
        t = t.slice(0, p) + t.slice(p + 1 + Math.floor(rnd() * 8));
      }
      return t;
    };
    let compiled = 0;
    let refused = 0;
    for (let round = 0; round < 3; round++) {
      for (const s of schemas) {
        const r = compileGrammar('file:///mem/main.rng', memoryLoader({ 'main.rng': damage(s) }));
        if (!r.ok) {
          refused++;
          expect(r.problems.length).to.be.greaterThan(0);
          continue;
        }
        compiled++;
        for (const doc of ['<foo a="1">x<bar/></foo>', '<foo><foo/>text</foo>', '<bar b="2"/>']) {
          let errors: unknown[] | null = null;
          try {
            errors = validateXml(r.grammar, doc);
          } catch (e) {
            expect.fail(`validation threw ${String(e)} on ${doc}`);
          }
          expect(errors).to.be.an('array');
        }
      }
    }
    expect(compiled).to.be.greaterThan(10);
    expect(refused).to.be.greaterThan(500);
  });

  it('odd event sequences do not throw: end tags without start, text outside the root, two roots, end() early', () => {
    const g = grammarOf(`<element xmlns="${RNG}" name="a"><optional><element name="b"><text/></element></optional></element>`);
    const v = createValidator<string>(g);
    v.endElement('nothing open');
    v.text('before the root', 't0');
    v.startElement({ ns: '', local: 'a' }, [], 'a');
    v.startElement({ ns: '', local: 'b' }, [], 'b');
    v.text('x', 't1');
    v.endElement('b');
    v.endElement('a');
    v.startElement({ ns: '', local: 'a' }, [], 'second root');
    const errors = v.end(); // closes the second root itself
    expect(errors.map((e) => [e.kind, e.node])).to.deep.equal([['unexpected-root', 'second root']]);
  });

  it('problems in an included file carry that file’s URL', () => {
    const problems = problemsOf(`<grammar xmlns="${RNG}"><include href="lib.rng"/><start><ref name="x"/></start></grammar>`, {
      'lib.rng': `<grammar xmlns="${RNG}"><define name="x"><element name="a"><bogus/></element></define></grammar>`,
    });
    expect(problems.map((p) => p.url)).to.include('file:///mem/lib.rng');
    expect(problems[0]!.message).to.match(/bogus/);
  });

  it('include and externalRef loops are problems, not stack overflows', () => {
    const loop = problemsOf(`<grammar xmlns="${RNG}"><include href="a.rng"/><start><ref name="x"/></start></grammar>`, {
      'a.rng': `<grammar xmlns="${RNG}"><include href="b.rng"/></grammar>`,
      'b.rng': `<grammar xmlns="${RNG}"><include href="a.rng"/><define name="x"><element name="a"><empty/></element></define></grammar>`,
    });
    expect(loop[0]!.message).to.match(/loop/);
    const ext = problemsOf(`<element xmlns="${RNG}" name="a"><externalRef href="main.rng"/></element>`);
    expect(ext[0]!.message).to.match(/loop/);
  });

  it('files referencing the next one twice (externalRef, or include with combine) are a problem past MAX_EXPANDED_PATTERNS, as for the grammar model; 12 deep still compiles', () => {
    expect(MAX_EXPANDED_PATTERNS).to.equal(MAX_GRAMMAR_PATTERNS);
    const externalRefs = (depth: number): Record<string, string> => {
      const files: Record<string, string> = { [`f${depth}.rng`]: `<attribute xmlns="${RNG}" name="type"/>` };
      for (let i = 0; i < depth; i++) files[`f${i}.rng`] = `<choice xmlns="${RNG}"><externalRef href="f${i + 1}.rng"/><externalRef href="f${i + 1}.rng"/><attribute name="a${i}"/></choice>`;
      return files;
    };
    const includes = (depth: number): Record<string, string> => {
      const files: Record<string, string> = { [`f${depth}.rng`]: `<grammar xmlns="${RNG}"><define name="t" combine="choice"><attribute name="type"/></define></grammar>` };
      for (let i = 0; i < depth; i++)
        files[`f${i}.rng`] = `<grammar xmlns="${RNG}"><include href="f${i + 1}.rng"/><include href="f${i + 1}.rng"/><define name="t" combine="choice"><attribute name="a${i}"/></define></grammar>`;
      return files;
    };
    const byExternalRef = `<element xmlns="${RNG}" name="domain"><externalRef href="f0.rng"/></element>`;
    const byInclude = `<grammar xmlns="${RNG}"><include href="f0.rng"/><start><element name="domain"><ref name="t"/></element></start></grammar>`;
    for (const [main, files] of [
      [byExternalRef, externalRefs],
      [byInclude, includes],
    ] as const) {
      const problems = problemsOf(main, files(40));
      expect(problems).to.have.length(1);
      expect(problems[0]!.message).to.match(/^the grammar expands to more than 500,000 patterns \(files included or referenced by externalRef many times over\) \(line 1\)$/);
      expect(compileGrammar('file:///mem/main.rng', memoryLoader({ ...files(12), 'main.rng': main })).ok).to.equal(true);
    }
  });
});
