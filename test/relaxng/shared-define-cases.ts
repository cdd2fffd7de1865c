/**
 * The workloads of shared-define.test.ts, timed in a fresh process through `prepare` (see
 * test/helpers/fresh-cost.ts): a foreign grammar (`--schemas DIR`) with k patterns of one element
 * `<e>` under `<domain>`, each with an attribute of its own (`n0`…) and a ref to one define, which
 * offers k optional attributes (`attributes`: b0…) or a k-way choice of one attribute's values
 * (`values`: kind="v0"…). After `<e` the state is a choice of k states, each holding the shared
 * define; small documents then cost k² when each state is asked on its own.
 */
import { type CompiledGrammar, compileGrammar, createValidator, loadCompiledGrammar } from '../../src/relaxng/index.js';
import { memoryLoader } from './helpers.js';

const range = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('');

export type Shape = 'attributes' | 'values';

export function sharedDefineGrammar(shape: Shape, k: number): string {
  const define =
    shape === 'attributes'
      ? `<interleave>${range(k, (i) => `<optional><attribute name="b${i}"/></optional>`)}</interleave>`
      : `<choice>${range(k, (i) => `<attribute name="kind"><value>v${i}</value></attribute>`)}</choice>`;
  return `<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element name="domain"><zeroOrMore><choice>${range(k, (i) => `<element name="e"><attribute name="n${i}"/><ref name="shared"/></element>`)}</choice></zeroOrMore></element></start><define name="shared">${define}</define></grammar>`;
}

/** An attribute of `<e>` by its name and value. */
type Attr = readonly [string, string];

interface SharedDoc {
  /** The `<e>` elements of the document (in `<domain>`), by their attributes. */
  readonly es: (shape: Shape, k: number) => readonly (readonly Attr[])[];
  /** The kinds of the errors the validator must report. */
  readonly errors: readonly string[];
}

/** The shared define's attribute: the last of the k (attributes) or the last value (values). */
const sharedLast = (shape: Shape, k: number): Attr => (shape === 'attributes' ? [`b${k - 1}`, 'y'] : ['kind', `v${k - 1}`]);
const sharedFirst = (shape: Shape): Attr => (shape === 'attributes' ? ['b0', 'z'] : ['kind', 'v0']);
const own = (k: number): Attr => [`n${k >> 1}`, 'x'];

export const DOCS: Readonly<Record<string, SharedDoc>> = {
  // The element's own attribute first: one state is left before the define's attribute.
  'own attribute first': { es: (shape, k) => [[own(k), sharedLast(shape, k)]], errors: [] },
  // The define's attribute first: every one of the k states has it.
  "the define's attribute first": { es: (shape, k) => [[sharedLast(shape, k), own(k)], [sharedFirst(shape), own(k)]], errors: [] },
  // No attribute: the report lists the k required ones (n0…, and kind for values).
  'required attributes missing': { es: () => [[]], errors: ['missing-attribute'] },
  // An attribute of no pattern, then one of the define with a wrong value (values) or an unknown name.
  'bad attributes': {
    es: (shape, k) => [[['zz', '1'], shape === 'attributes' ? ['b', 'q'] : ['kind', 'bad'], own(k)]],
    errors: ['unexpected-attribute', 'unexpected-attribute'],
  },
};

/** The `values` shape words a wrong value of `kind` as such (the attributes shape has no `b`). */
const errorsOf = (doc: string, shape: Shape): readonly string[] =>
  doc === 'bad attributes' && shape === 'values' ? ['unexpected-attribute', 'invalid-attribute-value'] : DOCS[doc]!.errors;

export function compileShared(shape: Shape, k: number): CompiledGrammar {
  const r = compileGrammar('file:///mem/main.rng', memoryLoader({ 'main.rng': sharedDefineGrammar(shape, k) }));
  if (!r.ok) throw new Error(`grammar does not compile: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.grammar;
}

/** Validates the document `doc` of the shape with k; returns the kinds of the errors. */
export function validateShared(g: CompiledGrammar, doc: string, shape: Shape, k: number): string[] {
  const v = createValidator<number>(g);
  v.startElement({ ns: '', local: 'domain' }, [], 0);
  DOCS[doc]!.es(shape, k).forEach((attrs, i) => {
    v.startElement({ ns: '', local: 'e' }, attrs.map(([name, value], j) => ({ name: { ns: '', local: name }, value, node: j })), i + 1);
    v.endElement(i + 1);
  });
  v.endElement(0);
  return v.end().map((e) => e.kind);
}

/**
 * `compile`: compiling the grammar of the shape with k (section 7's checks included); `validate`:
 * validating the document `doc`, each call with its own copy of the compiled grammar (cold memo
 * tables, as a first document sees them), loaded up front.
 */
export function prepare(what: 'compile' | 'validate', shape: Shape, k: number, doc = '', calls = 1): () => void {
  if (what === 'compile') return () => void compileShared(shape, k);
  const json = compileShared(shape, k).toJSON();
  const grammars: (CompiledGrammar | undefined)[] = Array.from({ length: calls }, () => loadCompiledGrammar(json));
  const expected = errorsOf(doc, shape).join(',');
  let next = 0;
  return () => {
    const g = grammars[next];
    if (g === undefined) throw new Error(`${shape} ${doc} ${k}: more than ${calls} calls`);
    // Dropped once used: the copies left are fewer at each call.
    grammars[next++] = undefined;
    const kinds = validateShared(g, doc, shape, k).join(',');
    if (kinds !== expected) throw new Error(`${shape} ${doc} ${k}: errors ${kinds}, expected ${expected}`);
  };
}
