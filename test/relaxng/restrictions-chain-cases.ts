/**
 * The workloads of restrictions-chain.test.ts, timed in a fresh process through `prepare` (see
 * test/helpers/fresh-cost.ts): grammars whose defines d0…dn form a chain where each refers to the
 * next twice, so that the simplified patterns share each define along 2^n paths. Compiling them
 * runs section 7's checks: the attributes of each group (`attribute`), the elements and text of
 * each interleave's operands (`interleave`). `duplicate` ends the chain in a real duplicate
 * attribute, which the check must still find.
 */
import { compileGrammar } from '../../src/relaxng/index.js';
import { docWith, memoryLoader } from './helpers.js';

const defines = (n: number, body: (i: number, next: string) => string, last: string): string =>
  Array.from({ length: n }, (_, i) => `<define name="d${i}">${body(i, `<ref name="d${i + 1}"/>`)}</define>`).join('') + `<define name="d${n}">${last}</define>`;

export const GRAMMARS: Readonly<Record<string, (n: number) => string>> = {
  // Each define: a choice of two groups, each an attribute a_i and a ref to the next.
  attribute: (n) =>
    docWith('<ref name="d0"/>').replace(
      '</grammar>',
      `${defines(n, (i, next) => `<choice><group><attribute name="a${i}"><value>x</value></attribute>${next}</group><group><attribute name="a${i}"><value>y</value></attribute>${next}</group></choice>`, '<attribute name="last"/>')}</grammar>`,
    ),
  // The same chain of elements, an operand of an interleave.
  interleave: (n) =>
    docWith('<interleave><element name="other"><empty/></element><ref name="d0"/></interleave>').replace(
      '</grammar>',
      `${defines(n, (i, next) => `<choice><group><element name="e${i}"><empty/></element>${next}</group><group><element name="f${i}"><empty/></element>${next}</group></choice>`, '<element name="last"><empty/></element>')}</grammar>`,
    ),
  // The attribute chain ending where a_0 is written again: a duplicate attribute in d0's groups.
  duplicate: (n) =>
    docWith('<ref name="d0"/>').replace(
      '</grammar>',
      `${defines(n, (i, next) => `<choice><group><attribute name="a${i}"><value>x</value></attribute>${next}</group><group><attribute name="a${i}"><value>y</value></attribute>${next}</group></choice>`, '<attribute name="a0"/>')}</grammar>`,
    ),
};

/** Compiles the grammar of `kind` with `n` defines; says which section-7 problems it has ('' when it compiles). */
export function compileChain(kind: string, n: number): string {
  const r = compileGrammar('file:///mem/main.rng', memoryLoader({ 'main.rng': GRAMMARS[kind]!(n) }));
  return r.ok ? '' : r.problems.map((p) => p.message).join('; ');
}

export function prepare(kind: string, n: number): () => void {
  const expected = kind === 'duplicate' ? /duplicate attribute/ : /^$/;
  return () => {
    const problems = compileChain(kind, n);
    if (!expected.test(problems)) throw new Error(`wrong verdict for ${kind} ${n}: '${problems}'`);
  };
}
