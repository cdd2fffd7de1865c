import { expect } from 'chai';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { buildXsdNfa, compileXsdNfa, MAX_NFA_STATES, nfaStateCount } from '../../src/relaxng/xsd-nfa.js';
import { compileXsdMatcher, compileXsdRegex, parseXsdRegex, xsdPatternTooCostly, type XsdRegexNode } from '../../src/relaxng/xsd-regex.js';
import { problemsOf, rng } from './helpers.js';
import { nativeValueLimit, SHORT_VALUE } from '../../src/relaxng/xsd-native-limit.js';

/**
 * The linear-time matcher (src/relaxng/xsd-nfa.ts) against the RegExp translation of the same XSD
 * regex, on every pattern of the bundled grammar and of libvirt's schemas: values generated from the
 * pattern (so that many match), their mutations, random strings over the pattern's alphabet, and
 * values longer than SHORT_VALUE (which compileXsdMatcher sends to the NFA).
 */

const rngFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? rngFiles(path.join(dir, e.name)) : e.name.endsWith('.rng') ? [path.join(dir, e.name)] : []));

const unescapeXml = (s: string): string =>
  s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' ? `0${e.slice(1)}` : e.slice(1))) : { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e]!,
  );

function grammarPatterns(dirs: string[]): string[] {
  const out = new Set<string>();
  for (const dir of dirs) {
    for (const f of rngFiles(dir)) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/<param\s+name=["']pattern["']\s*>([^<]*)<\/param>/g)) out.add(unescapeXml(m[1]!));
    }
  }
  return [...out];
}

/** Characters to build values from: the pattern's own, and some that classes commonly exclude or include. */
function alphabet(pattern: string): string[] {
  const own = [...pattern].filter((c) => !'\\[]{}()*+?|^'.includes(c));
  return [...new Set([...own, 'a', 'Z', '0', '9', '_', '-', '.', ':', '/', ' ', '\n', '\t', 'é', 'ж', '٣', '\u{1F600}', '\ud83d', 'x', 'f', 'F'])];
}

/** A value the tree (likely) matches: a random walk, repetitions up to `maxRep` times, classes drawn from `chars`. */
function sample(n: XsdRegexNode, chars: string[], rnd: () => number, maxRep: number): string {
  switch (n.k) {
    case 'char': {
      if (n.cp !== undefined) return String.fromCodePoint(n.cp);
      const re = new RegExp(`^(?:${n.js})$`, 'u');
      const ok = chars.filter((c) => re.test(c));
      return ok.length ? ok[Math.floor(rnd() * ok.length)]! : '';
    }
    case 'group':
      return sample(n.inner, chars, rnd, maxRep);
    case 'seq':
      return n.items.map((i) => sample(i, chars, rnd, maxRep)).join('');
    case 'alt':
      return sample(n.items[Math.floor(rnd() * n.items.length)]!, chars, rnd, maxRep);
    case 'rep': {
      const hi = Math.min(n.max, n.min + maxRep);
      const count = n.min + Math.floor(rnd() * (hi - n.min + 1));
      let s = '';
      for (let i = 0; i < count; i++) s += sample(n.atom, chars, rnd, maxRep);
      return s;
    }
  }
}

const REPO = path.resolve('.');
const bundled = grammarPatterns([path.join(REPO, 'schemas')]);
const libvirt = grammarPatterns(['/usr/share/libvirt/schemas']);

function agree(pattern: string, runs: number, maxRep: number): number {
  const nfa = compileXsdNfa(parseXsdRegex(pattern))!;
  const re = compileXsdRegex(pattern);
  const chars = alphabet(pattern);
  const tree = parseXsdRegex(pattern);
  let matched = 0;
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...chars), fc.constantFrom('insert', 'delete', 'replace')), { maxLength: 3 }),
      fc.array(fc.constantFrom(...chars), { maxLength: 30 }),
      (seed, edits, random) => {
        let x = seed || 1;
        const rnd = (): number => ((x = (x * 48271) % 2147483647) / 2147483647);
        const good = sample(tree, chars, rnd, maxRep);
        let bad = good;
        for (const [at, c, op] of edits) {
          const i = bad.length ? at % (bad.length + 1) : 0;
          bad = op === 'insert' ? bad.slice(0, i) + c + bad.slice(i) : op === 'delete' ? bad.slice(0, i) + bad.slice(i + 1) : bad.slice(0, i) + c + bad.slice(i + 1);
        }
        for (const v of [good, bad, random.join(''), good + good]) {
          const expected = re.test(v);
          if (expected) matched++;
          if (nfa(v) !== expected) throw new Error(`${pattern} on ${JSON.stringify(v)}: NFA ${!expected}, RegExp ${expected}`);
        }
      },
    ),
    { numRuns: runs, seed: 20261206 },
  );
  return matched;
}

describe('XSD regexes: the linear-time NFA matcher agrees with the RegExp translation', function () {
  this.timeout(120000);

  it('reads the patterns of both grammars', () => {
    expect(bundled.length).to.be.above(50);
    expect(libvirt.length).to.be.above(50);
  });

  it('on every pattern of the bundled grammar (schemas/): generated values, mutations, random strings', () => {
    let matched = 0;
    for (const p of bundled) matched += agree(p, 60, 4);
    // Generated values do match: the comparison is not only of rejections.
    expect(matched).to.be.above(bundled.length * 30);
  });

  it("on every pattern of libvirt's schemas (/usr/share/libvirt/schemas)", () => {
    let matched = 0;
    for (const p of libvirt) matched += agree(p, 60, 4);
    expect(matched).to.be.above(libvirt.length * 30);
  });

  it('on long values (repetitions up to 400 times), which compileXsdMatcher gives to the NFA', () => {
    let long = 0;
    for (const p of [...new Set([...bundled, ...libvirt])]) {
      const matcher = compileXsdMatcher(p);
      const re = compileXsdRegex(p);
      const tree = parseXsdRegex(p);
      const chars = alphabet(p);
      let x = 7;
      const rnd = (): number => ((x = (x * 48271) % 2147483647) / 2147483647);
      for (let i = 0; i < 6; i++) {
        const v = sample(tree, chars, rnd, 400);
        if (v.length > SHORT_VALUE) long++;
        for (const w of [v, `${v}!`, v.slice(1)]) expect(matcher(w), `${p} on ${w.length} characters`).to.equal(re.test(w));
      }
    }
    expect(long).to.be.above(100);
  });

  it('hand-picked cases: anchoring, XSD escapes, classes with subtraction, astral characters, lone surrogates, counted repetition', () => {
    const cases: [string, string[]][] = [
      ['[a-zA-Z_]+[a-zA-Z0-9_]*', ['abc', 'a1', '1a', '', 'é', '_']],
      ['.{2}', ['ab', '\u{1F600}', 'a\u{1F600}', '\u{1F600}\u{1F600}', '\n\n', 'a']],
      ['[^x]', ['\u{1F600}', 'y', 'x', '\ud83d', '\ude00']],
      ['\u{1F600}', ['\u{1F600}', '\ud83d', '\ud83d\ud83d']],
      ['[a-z-[aeiou]]+', ['bcd', 'bad', '']],
      ['[^a-z-[x]]', ['x', 'a', 'A']],
      ['\\i\\c*', ['a:b-c', '1a', ':', '_x.y']],
      ['\\p{Lu}\\p{IsBasicLatin}?\\P{L}', ['Ab1', 'A1', 'aB1', 'Éé1']],
      ['\\d+\\s\\w\\W', ['12 a!', '١٢ a!', '1 !!']],
      ['^a$', ['^a$', 'a']],
      ['(ab|a)(bc|c){2,3}', ['abcc', 'abcbc', 'abcbcbc', 'ac', 'abc']],
      ['x{0}y{0,0}', ['', 'x', 'y']],
      ['(a|)*b', ['b', 'aab', 'a']],
      ['[\\-\\[\\]]+|\\.', ['-[]', '.', 'a']],
    ];
    for (const [p, values] of cases) {
      const nfa = compileXsdNfa(parseXsdRegex(p))!;
      const re = compileXsdRegex(p);
      for (const v of values) expect(nfa(v), `${p} on ${JSON.stringify(v)}`).to.equal(re.test(v));
    }
  });

  it(`a pattern whose NFA would exceed ${MAX_NFA_STATES} states is not built (compileXsdMatcher keeps the RegExp)`, () => {
    expect(compileXsdNfa(parseXsdRegex('(a{100}){101}'))).to.equal(undefined);
    expect(compileXsdNfa(parseXsdRegex('((a{1000}){1000}){1000}'))).to.equal(undefined);
    expect(compileXsdNfa(parseXsdRegex('(a{100}){99}'))).to.be.a('function');
    const m = compileXsdMatcher('(a{100}){101}');
    expect(m('a'.repeat(10100))).to.equal(true);
    expect(m('a'.repeat(10099))).to.equal(false);
  });

  it('a pattern too large for the NFA is matched by the RegExp only when its backtracking is bounded whatever the value, and a grammar with any other is refused', () => {
    // Bounded: one path ((a{100}){101}), or few paths of bounded length; values longer than any match are refused unmatched.
    for (const p of ['(a{100}){101}', '((a{1000}){1000}){1000}', '[a-z]{1,20000}x', '.{0,65535}']) expect(xsdPatternTooCostly(p), p).to.equal(undefined);
    const m = compileXsdMatcher('[a-z]{1,20000}x');
    expect(m(`${'a'.repeat(19999)}x`)).to.equal(true);
    expect(m(`${'a'.repeat(20000)}x`)).to.equal(true);
    expect(m(`${'a'.repeat(20001)}x`)).to.equal(false);
    expect(m('a'.repeat(3_000_000))).to.equal(false);
    expect(compileXsdMatcher('(a{100}){101}')('a'.repeat(3_000_000))).to.equal(false);
    // Nested counted repetitions of something matching in several ways: 100^98 backtracking paths
    // (40 characters took 9 s, 100 never ended) and an NFA over the limit.
    for (const p of ['(a{2,100}){2,100}b', '((ab|a){1,3000})c', '(a{1,200}){1,200}']) {
      expect(compileXsdNfa(parseXsdRegex(p)), p).to.equal(undefined);
      expect(xsdPatternTooCostly(p), p).to.include(`the pattern ${JSON.stringify(p)} cannot be matched in bounded time`);
    }
    const problems = problemsOf(rng('<start><element name="doc"><data type="string"><param name="pattern">(a{2,100}){2,100}b</param></data></element></start>'));
    expect(problems.map((p) => p.message)).to.deep.equal([
      'the pattern "(a{2,100}){2,100}b" cannot be matched in bounded time: its automaton would have more than 10,000 states (counted repetitions expand) and backtracking on it grows with the value (counted repetitions of something that matches in several ways) (line 1)',
    ]);
    // nfaStateCount (how xsdPatternTooCostly tells, without building) agrees with the builder, at the limit too.
    for (const p of [...bundled, ...libvirt, 'a{9999}', 'a{10000}', '(a{100}){99}', '(a{100}){101}', '(ab|c){1,2000}', '(ab|c){1,2001}', '(a*b){3333}', '(a*b){3334}', '(a|bc)*d{9994}', '(a|bc)*d{9995}']) {
      const tree = parseXsdRegex(p);
      expect(nfaStateCount(tree) + 1 <= MAX_NFA_STATES, p).to.equal(buildXsdNfa(tree) !== undefined);
    }
    // Every pattern of libvirt's and the bundled grammars is accepted (most by their NFA).
    for (const p of [...bundled, ...libvirt]) expect(xsdPatternTooCostly(p), p).to.equal(undefined);
  });

  it("a grammar's patterns are judged before their datatype is made, with the datatype's faults reported as when they were judged after", () => {
    const data = (params: string) => problemsOf(rng(`<start><element name="doc"><data type="string">${params}</data></element></start>`)).map((p) => p.message);
    const badLength = '<param name="length">x</param>';
    const lengthProblem = 'parameter length must be a non-negative integer, not "x" (line 1)';
    // A bad pattern: the datatype's problem, not an exception.
    expect(data('<param name="pattern">a{2,1}</param>')).to.deep.equal(['bad quantifier {2,1} in regular expression "a{2,1}" (line 1)']);
    // A pattern nested too deep for the stack, or too costly, after another fault: that fault, as before.
    expect(data(`${badLength}<param name="pattern">${'('.repeat(20000)}a${')'.repeat(20000)}</param>`)).to.deep.equal([lengthProblem]);
    expect(data(`${badLength}<param name="pattern">(a{2,100}){2,100}b</param>`)).to.deep.equal([lengthProblem]);
  });

  it('the RegExp gets short values only where its backtracking is bounded: exponential patterns never, polynomial ones up to a length', () => {
    for (const p of ['(a|a)*b', '(a*)*b', '([a-z]+)*[0-9]', '(a|b|ab)*c']) expect(nativeValueLimit(parseXsdRegex(p)), p).to.equal(0);
    const initenv = nativeValueLimit(parseXsdRegex('[a-zA-Z_]+[a-zA-Z0-9_]*'));
    expect(initenv).to.be.above(32).and.below(SHORT_VALUE);
    expect(nativeValueLimit(parseXsdRegex('a*a*a*a*a*a*b'))).to.be.below(initenv);
    expect(nativeValueLimit(parseXsdRegex('[a-z]+'))).to.equal(SHORT_VALUE);
    expect(nativeValueLimit(parseXsdRegex('[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}'))).to.equal(SHORT_VALUE);
    // 40 characters: V8's backtracking engine alone never ends on these.
    for (const p of ['(a|a)*b', '(a*)*b', '([a-z]+)*[0-9]']) {
      const m = compileXsdMatcher(p);
      expect(m('a'.repeat(40)), p).to.equal(false);
    }
  });

  it('a pattern whose DFA is exponential ((a|b)*a(a|b){15}: 65,536 states): the capped cache is dropped and rebuilt, answers unchanged', () => {
    const p = '(a|b)*a(a|b){15}';
    const nfa = buildXsdNfa(parseXsdRegex(p))!;
    const re = compileXsdRegex(p);
    let x = 11;
    const bit = (): string => ((x = (x * 48271) % 2147483647) & 1 ? 'a' : 'b');
    let matched = 0;
    for (let i = 0; i < 16; i++) {
      let v = '';
      for (let j = 0; j < 10000; j++) v += bit();
      const expected = re.test(v);
      if (expected) matched++;
      expect(nfa.matches(v)).to.equal(expected);
    }
    expect(matched).to.be.within(2, 14);
    expect(nfa.resets).to.be.above(0);
    // Values long enough that the DFA cache fills up several times finish in the NFA alone (simulate).
    for (let i = 0; i < 4; i++) {
      let v = '';
      for (let j = 0; j < 100000; j++) v += bit();
      for (const w of [v, `${v}\u{1F600}`, `${v}é`, v.slice(0, -16) + 'a'.repeat(16)]) expect(nfa.matches(w)).to.equal(re.test(w));
    }
  });
});
