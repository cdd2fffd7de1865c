/**
 * How long a value may be for V8's backtracking engine to match it against an XSD regex in bounded
 * time. Short values are matched faster by the RegExp than by the NFA (xsd-nfa.ts: ~1× at 32
 * characters, ~3–4× at 256, ~7–11× beyond, measured on the grammar's patterns), but backtracking
 * is polynomial in the value for some patterns (`[a-z]+[a-z0-9]*`: quadratic) and exponential for
 * others (`(a|a)*b`, `(a*)*b`): a length threshold bounds the time only for the former. So the
 * pattern's backtracking paths are bounded from its tree, and the RegExp gets values up to the
 * length at which that bound stays under BACKTRACK_BUDGET steps; a pattern with an unbounded
 * repetition of anything but a fixed string (the exponential kind) gets none.
 */
import type { XsdRegexNode } from './xsd-regex.js';
import { measureXsdTree, sum } from './xsd-tree.js';

/** The longest value the RegExp ever gets (beyond it the NFA is as fast within a small factor). */
export const SHORT_VALUE = 256;

/** Worst-case backtracking steps allowed per value (~a few ms). */
const BACKTRACK_BUDGET = 2 ** 22;

/**
 * Backtracking paths of a node on a value of length T are at most T^d × a; undefined when no
 * polynomial bound holds (an unbounded repetition of something that can match in several ways).
 */
interface PathBound {
  readonly d: number;
  readonly a: number;
}

function bound(n: XsdRegexNode): PathBound | undefined {
  switch (n.k) {
    case 'char':
      return { d: 0, a: 1 };
    case 'group':
      return bound(n.inner);
    case 'seq': {
      let d = 0;
      let a = 1;
      for (const item of n.items) {
        const b = bound(item);
        if (!b) return undefined;
        d += b.d;
        a *= b.a;
      }
      return { d, a };
    }
    case 'alt': {
      // Alternatives are tried one after the other: their paths add up.
      let d = 0;
      let a = 0;
      for (const item of n.items) {
        const b = bound(item);
        if (!b) return undefined;
        d = Math.max(d, b.d);
        a += b.a;
      }
      return { d, a };
    }
    case 'rep': {
      const b = bound(n.atom);
      if (!b) return undefined;
      if (n.max <= 1) return { d: b.d, a: b.a + 1 };
      const fixed = b.d === 0 && b.a === 1; // a fixed string: one path per repetition count
      if (n.max === Infinity) return fixed ? { d: 1, a: 2 } : undefined; // counts 0…T: at most 2T paths
      if (fixed) return { d: 0, a: n.max - n.min + 1 };
      // Bounded: `max` copies, those beyond `min` optional.
      return { d: n.max * b.d, a: b.a ** n.min * (b.a + 1) ** (n.max - n.min) };
    }
  }
}

/** The longest value (in UTF-16 code units) to match against this pattern's RegExp rather than its NFA. */
export function nativeValueLimit(tree: XsdRegexNode): number {
  const b = bound(tree);
  if (!b || !Number.isFinite(b.a) || b.a > BACKTRACK_BUDGET) return 0;
  // Each path costs at most T steps: T^(d+1) × a ≤ budget.
  return Math.min(SHORT_VALUE, Math.floor((BACKTRACK_BUDGET / b.a) ** (1 / (b.d + 1))));
}

/**
 * Whether the RegExp's backtracking on this pattern is bounded whatever the value: it has no unbounded
 * repetition (so at most `maxMatchLength` characters are ever consumed on a path) and at most
 * BACKTRACK_BUDGET paths. A pattern too large for the NFA (counted repetitions expand) is matched by
 * the RegExp only then: `(a{100}){101}` (one path) or `[a-z]{1,20000}` are; `(a{2,100}){2,100}b`
 * (100^98 paths: 40 characters took 9 s, 100 never ended) is not.
 */
export function backtrackingIsBounded(tree: XsdRegexNode): boolean {
  const b = bound(tree);
  return b !== undefined && b.d === 0 && b.a <= BACKTRACK_BUDGET;
}

/** The most characters (code points) a value matching the pattern can have: Infinity with an unbounded repetition. */
export function maxMatchLength(n: XsdRegexNode): number {
  return measureXsdTree<number>(n, {
    char: 1,
    seq: sum,
    alt: (items) => Math.max(...items),
    rep: (atom, _min, max) => (atom === 0 || max === 0 ? 0 : max * atom),
  });
}
