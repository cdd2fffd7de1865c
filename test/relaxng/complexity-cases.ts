/**
 * The workloads of complexity.test.ts, timed in a fresh process through `prepare` (see
 * test/helpers/fresh-cost.ts): each is a grammar and a feed of validator events of size n.
 */
import { type CompiledGrammar, createValidator, type Validator } from '../../src/relaxng/index.js';
import { docWith, grammarOf, rng } from './helpers.js';

type Feed = (v: Validator<number>, n: number) => void;

interface ComplexityCase {
  readonly grammar: () => CompiledGrammar;
  readonly feed: Feed;
  /** The smaller size; the test compares it with ten times as much. */
  readonly small: number;
}

const root = { ns: '', local: 'doc' };
const noAttrs: never[] = [];

export const CASES: Readonly<Record<string, ComplexityCase>> = {
  '250,000 vs 25,000 sibling elements under an open content model (anyName, zeroOrMore)': (() => {
    const grammar = () =>
      grammarOf(
      rng(`<start><element name="doc"><ref name="any"/></element></start>
        <define name="any"><zeroOrMore><choice>
          <element><anyName/><ref name="any"/></element>
          <attribute><anyName/></attribute><text/>
        </choice></zeroOrMore></define>`),
    );
    const feed: Feed = (v, n) => {
      v.startElement(root, noAttrs, 0);
      for (let i = 0; i < n; i++) {
        v.startElement({ ns: '', local: `e${i % 50}` }, [{ name: { ns: '', local: 'k' }, value: String(i), node: i }], i);
        v.endElement(i);
      }
      v.endElement(0);
    };
    return { grammar, feed, small: 25000 };
  })(),
  'many attributes on one element (20,000 vs 2,000), open attribute model': (() => {
    const grammar = () =>
      grammarOf(docWith('<zeroOrMore><attribute><anyName/></attribute></zeroOrMore>'));
    const feed: Feed = (v, n) => {
      const attrs = Array.from({ length: n }, (_, i) => ({ name: { ns: '', local: `a${i}` }, value: `v${i}`, node: i }));
      v.startElement(root, attrs, 0);
      v.endElement(0);
    };
    return { grammar, feed, small: 2000 };
  })(),
  'many elements each with ~20 optional attributes inside a 40-branch optional interleave': (() => {
    const attrs = Array.from({ length: 20 }, (_, i) => `<optional><attribute name="at${i}"/></optional>`).join('');
    const branches = Array.from({ length: 40 }, (_, i) => `<optional><element name="b${i}">${attrs}<empty/></element></optional>`).join('');
    const grammar = () =>
      grammarOf(docWith(`<zeroOrMore><element name="item"><interleave>${branches}</interleave></element></zeroOrMore>`));
    const feed: Feed = (v, n) => {
      v.startElement(root, noAttrs, 0);
      for (let i = 0; i < n; i++) {
        v.startElement({ ns: '', local: 'item' }, noAttrs, i);
        for (let b = 0; b < 40; b += 3) {
          const name = `b${(b * 7 + i) % 40}`;
          const as = Array.from({ length: 20 }, (_, k) => k)
            .filter((k) => (k + i) % 3 !== 0)
            .map((k) => ({ name: { ns: '', local: `at${k}` }, value: `${i}-${k}`, node: k }));
          v.startElement({ ns: '', local: name }, as, i);
          v.endElement(i);
        }
        v.endElement(i);
      }
      v.endElement(0);
    };
    return { grammar, feed, small: 300 };
  })(),
  'deep nesting (50,000 vs 5,000 levels of a recursive element)': (() => {
    const grammar = () =>
      grammarOf(
      rng(`<start><ref name="n"/></start><define name="n"><element name="n"><optional><attribute name="d"/></optional><optional><ref name="n"/></optional></element></define>`),
    );
    const feed: Feed = (v, n) => {
      for (let i = 0; i < n; i++) v.startElement({ ns: '', local: 'n' }, [{ name: { ns: '', local: 'd' }, value: String(i), node: i }], i);
      for (let i = n - 1; i >= 0; i--) v.endElement(i);
    };
    return { grammar, feed, small: 5000 };
  })(),
};

/**
 * Compiles `calls` grammars up front (each call validates on a fresh one: cold memo tables, as a
 * first document sees them) and returns the call that validates a document of size `n`.
 */
export function prepare(name: string, n: number, calls: number): () => void {
  const c = CASES[name] as ComplexityCase;
  const grammars = Array.from({ length: calls }, () => c.grammar());
  let next = 0;
  return () => {
    const v = createValidator<number>(grammars[next++ % grammars.length] as CompiledGrammar);
    c.feed(v, n);
    if (v.end().length > 0) throw new Error(`${name}: the generated document is invalid`);
  };
}
