import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { GrammarIndex } from '../../src/grammar/index-grammar.js';
import { GrammarLoadError, loadGrammar, MAX_GRAMMAR_PATTERNS } from '../../src/grammar/load.js';
import { GRAMMAR_PARSE_LIMITS } from '../../src/relaxng/syntax.js';
import { compileKind } from '../../src/schema/grammars.js';
import { HOSTILE_BOUND_MS } from '../hardening/helpers.js';
import { cli, report, Scratch } from '../hardening/trust-helpers.js';

/**
 * Red team: `--schemas DIR`, a foreign grammar. The grammar is the user's choice, but the documents
 * checked against it are not: a value in a document must not hang the run whatever the grammar's
 * patterns, and the loader promises to open only `.rng` files inside DIR (docs/security.md).
 */

const grammarWith = (typeAttribute: string, extra = ''): string => `<grammar xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  ${extra}
  <start><element name="domain">${typeAttribute}<element name="name"><text/></element></element></start>
</grammar>
`;

describe('red team: a foreign grammar (--schemas DIR)', function () {
  this.timeout(120000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  // Fixed in src/relaxng (xsd-regex.ts xsdPatternTooCostly, asked by simplify.ts). The pattern's NFA
  // would exceed 10,000 states, so it kept V8's RegExp; the pattern has no polynomial bound
  // (nativeValueLimit 0), and V8's linear-time engine does not take counted repetitions this large,
  // so the RegExp backtracked: 40 characters took 9 s, 60 took 89 s, 100 did not end in 120 s. Such a
  // pattern is now refused when the grammar is compiled (exit 2, naming the pattern).
  it('a pattern of nested counted repetitions, (a{2,100}){2,100}b, against a 100-character value ends at once (never ended)', () => {
    const dir = scratch.dir();
    fs.writeFileSync(path.join(dir, 'domain.rng'), grammarWith('<attribute name="type"><data type="string"><param name="pattern">(a{2,100}){2,100}b</param></data></attribute>'));
    fs.writeFileSync(path.join(dir, 'vm.xml'), `<domain type="${'a'.repeat(100)}"><name>x</name></domain>\n`);
    const run = cli(['--no-probe', '--no-cache', '--schemas', dir, '-f', 'json', 'vm.xml'], { cwd: dir });
    // Either the value is reported (schema/invalid-value) or the grammar is refused (exit 2): not a hang.
    if (run.status === 2) expect(run.stderr).to.match(/\(a\{2,100\}\)\{2,100\}b/);
    else expect(report(run).flatMap((r) => r.messages.map((m) => m.ruleId))).to.deep.equal(['schema/invalid-value']);
  });

  /** A schema set whose domain.rng includes sub/names.rng, sub being a link to a directory outside it. */
  function setWithOutsideLink(): string {
    const dir = scratch.dir();
    const outside = scratch.dir();
    fs.writeFileSync(path.join(outside, 'names.rng'), '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><define name="t"><attribute name="type"/></define></grammar>\n');
    fs.symlinkSync(outside, path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'domain.rng'), grammarWith('<ref name="t"/>', '<include href="sub/names.rng"/>'));
    fs.writeFileSync(path.join(dir, 'vm.xml'), '<domain type="kvm"><name>x</name></domain>\n');
    return dir;
  }

  it('the grammar model does not read through a directory link inside DIR that leads out of it: a GrammarLoadError (was: the file outside read and used)', () => {
    const dir = setWithOutsideLink();
    expect(() => loadGrammar(dir, path.join(dir, 'domain.rng'))).to.throw(GrammarLoadError, `${path.join(dir, 'sub', 'names.rng')} is outside the schema directory ${dir} (through a symbolic link)`);
    // A link that stays inside DIR is followed.
    const inside = scratch.dir();
    fs.mkdirSync(path.join(inside, 'real'));
    fs.writeFileSync(path.join(inside, 'real', 'names.rng'), '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><define name="t"><attribute name="type"/></define></grammar>\n');
    fs.symlinkSync('real', path.join(inside, 'sub'));
    fs.writeFileSync(path.join(inside, 'domain.rng'), grammarWith('<ref name="t"/>', '<include href="sub/names.rng"/>'));
    expect(loadGrammar(inside, path.join(inside, 'domain.rng')).elements.length).to.equal(2);
  });

  // Fixed in src/schema/grammars.ts (schemaSetLoader) and src/grammar/load.ts (readDoc), which tested
  // `file.startsWith(root)` on the path as written; O_NOFOLLOW guards only the last component, so a
  // directory link inside DIR led out of it. Both now compare real paths (src/path-inside.ts).
  it('the CLI: an include through a directory link inside DIR that leads out of it is a grammar error, exit 2 (was: the file outside was read and used)', () => {
    const dir = setWithOutsideLink();
    const run = cli(['--no-probe', '--no-cache', '--schemas', dir, '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(run.status, run.stdout).to.equal(2);
    expect(run.stderr).to.include('outside the schema directory');
  });

  /** Files f0…f{depth-1} each referencing the next twice (externalRef), under domain.rng: 2^depth patterns expanded, from a few KiB. */
  function doublingSet(depth: number): string {
    const dir = scratch.dir();
    const rng = 'xmlns="http://relaxng.org/ns/structure/1.0"';
    for (let i = 0; i < depth; i++) {
      fs.writeFileSync(path.join(dir, `f${i}.rng`), `<choice ${rng}><externalRef href="f${i + 1}.rng"/><externalRef href="f${i + 1}.rng"/><attribute name="a${i}"/></choice>\n`);
    }
    fs.writeFileSync(path.join(dir, `f${depth}.rng`), `<attribute ${rng} name="type"/>\n`);
    fs.writeFileSync(path.join(dir, 'domain.rng'), grammarWith('<externalRef href="f0.rng"/>'));
    fs.writeFileSync(path.join(dir, 'vm.xml'), '<domain type="kvm"><name>x</name><bogus/></domain>\n');
    return dir;
  }

  it('the grammar model (hover, completion, wording) of files referencing the next one twice, 40 deep: a GrammarLoadError at once (was: 2^40 patterns, gigabytes)', () => {
    const dir = doublingSet(40);
    const t0 = performance.now();
    expect(() => loadGrammar(dir, path.join(dir, 'domain.rng'))).to.throw(GrammarLoadError, `the grammar expands to more than ${MAX_GRAMMAR_PATTERNS.toLocaleString('en-US')} patterns`);
    expect(performance.now() - t0).to.be.below(HOSTILE_BOUND_MS);
    // 16 deep is 2^16 patterns: still loaded.
    const small = doublingSet(16);
    expect(loadGrammar(small, path.join(small, 'domain.rng')).elements.length).to.equal(2);
  });

  // Fixed in src/relaxng/simplify.ts: the engine's own loader expands each externalRef and include where
  // it stands too (16 deep took 3.5 s and 400 MB, 18 deep 18 s and 1.3 GB, 20 deep over 60 s and 3.6 GB);
  // it now stops at the same bound as src/grammar/load.ts (MAX_EXPANDED_PATTERNS = MAX_GRAMMAR_PATTERNS).
  it('the CLI on files referencing the next one twice, 40 deep: exit 2 naming the grammar, at once (never ended, memory in gigabytes)', () => {
    const dir = doublingSet(40);
    const run = cli(['--no-probe', '--no-cache', '--schemas', dir, '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(run.status, run.stdout).to.equal(2);
    expect(run.stderr).to.match(/^virtlint: the grammar .*domain\.rng cannot be compiled: .*more than 500,000 patterns/);
  });

  // Fixed in src/relaxng/xsd-regex.ts (MAX_XSD_REGEX_DEPTH) and src/relaxng/simplify.ts (MAX_PATTERN_DEPTH):
  // the regex parser, its tree walks and the compiler's interning recursed once per level, so a pattern
  // facet nested ~2,200+ brackets deep, or a chain of 10,000 defines each a ref to the next, overflowed
  // the stack: exit 2 with "internal error while compiling: Maximum call stack size exceeded".
  it('the CLI on a pattern facet nested 3,000 brackets deep, or 10,000 defines each a ref to the next: exit 2 saying what is too deep (was: "internal error while compiling: Maximum call stack size exceeded")', () => {
    const cases: [string, RegExp][] = [
      [
        grammarWith(`<attribute name="type"><data type="string"><param name="pattern">${'('.repeat(3000)}a${')'.repeat(3000)}</param></data></attribute>`),
        /domain\.rng: the pattern "\(+…" \(6,001 characters\) is nested more than 200 brackets deep \(groups and character-class subtractions; 200 at most\) \(line 3\)$/,
      ],
      [
        grammarWith('<ref name="d0"/>', `${Array.from({ length: 10_000 }, (_, i) => `<define name="d${i}"><ref name="d${i + 1}"/></define>`).join('\n')}<define name="d10000"><attribute name="type"/></define>`),
        /domain\.rng: patterns are nested more than 1,000 deep, counting each ref followed \(the last: define d998\) \(line 1000\)$/,
      ],
    ];
    for (const [grammar, why] of cases) {
      const dir = scratch.dir();
      fs.writeFileSync(path.join(dir, 'domain.rng'), grammar);
      fs.writeFileSync(path.join(dir, 'vm.xml'), '<domain type="a"><name>x</name></domain>\n');
      const run = cli(['--no-probe', '--no-cache', '--schemas', dir, '-f', 'json', 'vm.xml'], { cwd: dir });
      expect(run.status, run.stdout).to.equal(2);
      expect(run.stderr.trim()).to.match(/^virtlint: the grammar .*domain\.rng cannot be compiled: /);
      expect(run.stderr.trim()).to.match(why);
      expect(run.stderr).not.to.include('internal error');
    }
  });

  // Fixed in src/grammar/load.ts (MAX_FILE_DEPTH, the engine's bound too): each file was read and walked
  // a level deeper in the stack, so 5,000 files each including the next overflowed it (a RangeError).
  it('the grammar model of 5,000 files each including the next: a GrammarLoadError at the 100th (was: RangeError, Maximum call stack size exceeded)', () => {
    const dir = scratch.dir();
    const rng = 'xmlns="http://relaxng.org/ns/structure/1.0"';
    for (let i = 0; i < 5000; i++) fs.writeFileSync(path.join(dir, `f${i}.rng`), `<grammar ${rng}><include href="f${i + 1}.rng"/></grammar>\n`);
    fs.writeFileSync(path.join(dir, 'f5000.rng'), `<grammar ${rng}><define name="t"><attribute name="type"/></define></grammar>\n`);
    fs.writeFileSync(path.join(dir, 'domain.rng'), grammarWith('<ref name="t"/>', '<include href="f0.rng"/>'));
    expect(() => loadGrammar(dir, path.join(dir, 'domain.rng'))).to.throw(
      GrammarLoadError,
      `${path.join(dir, 'f98.rng')}:1: files are nested more than 100 deep by include and externalRef (${path.join(dir, 'f99.rng')} would be file 101)`,
    );
    // 99 files under domain.rng (100 in all) load.
    fs.writeFileSync(path.join(dir, 'f98.rng'), `<grammar ${rng}><define name="t"><attribute name="type"/></define></grammar>\n`);
    expect(loadGrammar(dir, path.join(dir, 'domain.rng')).elements.length).to.equal(2);
  });

  // Fixed in src/grammar/load.ts (MAX_PATTERN_DEPTH, the engine's bound): the model loaded, but the
  // index's walks (hover, completion, the words of messages) recursed through each ref and overflowed
  // the stack on a chain of 5,000 (RangeError: Maximum call stack size exceeded).
  it('the grammar model of 5,000 defines each a ref to the next: a GrammarLoadError (was: loaded, then RangeError in the index)', () => {
    const chain = (n: number): string => {
      const dir = scratch.dir();
      const defines = `${Array.from({ length: n }, (_, i) => `<define name="d${i}"><ref name="d${i + 1}"/></define>`).join('\n')}<define name="d${n}"><attribute name="type"/></define>`;
      fs.writeFileSync(path.join(dir, 'domain.rng'), grammarWith('<ref name="d0"/>', defines));
      return dir;
    };
    const deep = chain(5000);
    expect(() => loadGrammar(deep, path.join(deep, 'domain.rng'))).to.throw(GrammarLoadError, /domain\.rng:\d+: patterns are nested more than 1,000 deep, counting each ref followed$/);
    const fine = chain(900);
    const g = loadGrammar(fine, path.join(fine, 'domain.rng'));
    expect(g.elements.map((e) => (e.name.kind === 'name' ? e.name.local : '*'))).to.have.members(['domain', 'name']);
  });

  // Fixed in src/grammar/load.ts (parses with the engine's GRAMMAR_PARSE_LIMITS): the model parsed
  // .rng files with the documents' default depth (256), the engine with 512, so a grammar nested
  // 257-512 deep compiled but had no model (messages less precise, no completion or hover).
  it("a grammar file nested as deep as the engine's limit has a model; one level more, neither has", () => {
    expect(GRAMMAR_PARSE_LIMITS.maxDepth).to.equal(512);
    // <grammar>, <start>, <element>, k <group>s, <attribute>, <choice>, <value>: k + 6 deep.
    const nested = (k: number): string => {
      const dir = scratch.dir();
      const type = `${'<group>'.repeat(k)}<attribute name="type"><choice><value>kvm</value><value>qemu</value></choice></attribute>${'</group>'.repeat(k)}`;
      fs.writeFileSync(path.join(dir, 'domain.rng'), grammarWith(type));
      return dir;
    };
    const deepest = nested(GRAMMAR_PARSE_LIMITS.maxDepth - 6);
    expect(compileKind(deepest, 'domain').status).to.equal('ok');
    const index = new GrammarIndex(loadGrammar(deepest, path.join(deepest, 'domain.rng')));
    expect(index.describe(['domain'])?.attributes.map((a) => [a.name, a.value.values])).to.deep.equal([['type', ['kvm', 'qemu']]]);
    const tooDeep = nested(GRAMMAR_PARSE_LIMITS.maxDepth - 5);
    expect(compileKind(tooDeep, 'domain')).to.include({ status: 'broken-grammar', reason: 'domain.rng: elements are nested more than 512 levels deep (line 3)' });
    expect(() => loadGrammar(tooDeep, path.join(tooDeep, 'domain.rng'))).to.throw(GrammarLoadError, `${path.join(tooDeep, 'domain.rng')}:3: Elements are nested more than 512 levels deep`);
  });

  // Fixed in src/grammar/index-grammar.ts (reachableElements pushes child patterns one by one): the
  // walk spread an element's child patterns into push(), one argument each, and 200,000 of them
  // (7 MB, under the file bound) overflowed the stack: parentsOf, which words schema messages, threw.
  it('the grammar model of a choice of 200,000 elements: parentsOf answers (was: RangeError, Maximum call stack size exceeded)', () => {
    const dir = scratch.dir();
    fs.writeFileSync(path.join(dir, 'domain.rng'), `<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element name="domain"><choice>${'<element name="e"><empty/></element>'.repeat(200_000)}</choice></element></start></grammar>\n`);
    const index = new GrammarIndex(loadGrammar(dir, path.join(dir, 'domain.rng')));
    expect(index.parentsOf('e')).to.deep.equal(['domain']);
    expect(index.reachableElements()).to.have.length(200_001);
  });

  it('an include that leaves DIR by its name (../, an absolute path, file:, /dev/zero) is a grammar error, exit 2; an http: href is a name inside DIR, never fetched', () => {
    const dir = scratch.dir();
    const outside = scratch.dir();
    fs.writeFileSync(path.join(outside, 'names.rng'), '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><define name="t"><attribute name="type"/></define></grammar>\n');
    fs.writeFileSync(path.join(dir, 'vm.xml'), '<domain type="kvm"><name>x</name></domain>\n');
    const sub = path.join(dir, 'set');
    fs.mkdirSync(sub);
    for (const href of [path.relative(sub, path.join(outside, 'names.rng')), path.join(outside, 'names.rng'), `file://${path.join(outside, 'names.rng')}`, 'http://127.0.0.1:9/names.rng', '/dev/zero']) {
      fs.writeFileSync(path.join(sub, 'domain.rng'), grammarWith('<ref name="t"/>', `<include href="${href}"/>`));
      const run = cli(['--no-probe', '--no-cache', '--schemas', sub, '-f', 'json', '../vm.xml'], { cwd: sub });
      expect(run.status, `${href}: ${run.stdout}`).to.equal(2);
      const why = href.startsWith('http:') ? `${sub}/http:/127.0.0.1:9/names.rng: no such file` : 'outside the schema directory';
      expect(run.stderr, href).to.match(/^virtlint: the grammar .*domain\.rng cannot be compiled: /);
      expect(run.stderr, href).to.include(why);
    }
  });
});
