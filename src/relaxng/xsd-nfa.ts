/**
 * Matches whole values against XSD regexes in time O(value length × pattern size) and memory
 * independent of the value: XSD regexes have no backreferences or lookaround, so a Thompson NFA
 * (one state per character test) simulated a character at a time decides them. V8's backtracking
 * engine took hours on libvirt's own `[a-zA-Z_]+[a-zA-Z0-9_]*` against a 10 MiB value, and its
 * linear engine ~230 bytes per character of the value.
 *
 * The simulation goes through a lazily built DFA (sets of NFA states, with transitions for ASCII
 * characters cached) capped in size: a value then costs one array lookup per ASCII character.
 */
import type { XsdRegexNode } from './xsd-regex.js';
import { measureXsdTree, sum } from './xsd-tree.js';

/** An NFA larger than this (counted repetitions expand: `(a{1000}){1000}`) is not built. */
export const MAX_NFA_STATES = 10_000;

/**
 * The DFA cache is dropped and rebuilt when it would exceed this many units of ~8 bytes (a state:
 * its ASCII transitions, 128, plus half its NFA states; a transition on another character: 4), so a
 * pattern's cache stays near 512 KiB whatever the values (a DFA can have exponentially many states).
 */
const MAX_DFA_UNITS = 2 ** 16;
const stateUnits = (nfaStates: number): number => 136 + (nfaStates >> 1);

const CHAR = 0;
const SPLIT = 1;
const MATCH = 2;

/** One character test: a literal code point or a class (its JS expression, decided by a one-character RegExp). */
interface CharTest {
  readonly cp: number; // -1 for a class
  readonly ascii: Uint8Array | null; // class answers for code points < 128
  readonly re: RegExp | null;
}

/** Classes are shared by expression across patterns: their ASCII tables are computed once. */
const classTests = new Map<string, CharTest>();

function charTest(js: string, cp: number | undefined): CharTest {
  if (cp !== undefined) return { cp, ascii: null, re: null };
  let t = classTests.get(js);
  if (!t) {
    const re = new RegExp(`^(?:${js})$`, 'u');
    const ascii = new Uint8Array(128);
    for (let c = 0; c < 128; c++) ascii[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
    t = { cp: -1, ascii, re };
    classTests.set(js, t);
  }
  return t;
}

function accepts(t: CharTest, cp: number): boolean {
  if (t.cp >= 0) return t.cp === cp;
  if (cp < 128) return t.ascii![cp] === 1;
  return t.re!.test(String.fromCodePoint(cp));
}

class TooLarge extends Error {}

const keyOf = (states: Int32Array): string => states.join(',');

/** Thompson construction, back to front: `build(node, next)` returns the entry state of `node` followed by `next`. */
class NfaBuilder {
  readonly kind: number[] = [];
  readonly out: number[] = [];
  readonly out1: number[] = [];
  readonly test: (CharTest | null)[] = [];

  add(kind: number, out: number, out1: number, test: CharTest | null): number {
    if (this.kind.length >= MAX_NFA_STATES) throw new TooLarge();
    this.kind.push(kind);
    this.out.push(out);
    this.out1.push(out1);
    this.test.push(test);
    return this.kind.length - 1;
  }

  build(n: XsdRegexNode, next: number): number {
    switch (n.k) {
      case 'char':
        return this.add(CHAR, next, -1, charTest(n.js, n.cp));
      case 'group':
        return this.build(n.inner, next);
      case 'seq': {
        let s = next;
        for (let i = n.items.length - 1; i >= 0; i--) s = this.build(n.items[i]!, s);
        return s;
      }
      case 'alt': {
        let s = this.build(n.items[n.items.length - 1]!, next);
        for (let i = n.items.length - 2; i >= 0; i--) s = this.add(SPLIT, this.build(n.items[i]!, next), s, null);
        return s;
      }
      case 'rep': {
        let s = next;
        if (n.max === Infinity) {
          // x*: a loop state; its body returns to it.
          const loop = this.add(SPLIT, -1, next, null);
          this.out[loop] = this.build(n.atom, loop);
          s = loop;
        } else {
          for (let i = n.min; i < n.max; i++) s = this.add(SPLIT, this.build(n.atom, s), next, null);
        }
        for (let i = 0; i < n.min; i++) s = this.build(n.atom, s);
        return s;
      }
    }
  }
}

/** A set of NFA states (character tests and the match state, after following splits) and its ASCII transitions. */
interface DfaState {
  readonly states: Int32Array;
  readonly accepting: boolean;
  readonly next: (DfaState | undefined)[];
  /** Transitions for other characters, up to WIDE_PER_STATE of them. */
  wide: Map<number, DfaState> | undefined;
}

const WIDE_PER_STATE = 256;

export class XsdNfa {
  private readonly kind: Uint8Array;
  private readonly out: Int32Array;
  private readonly out1: Int32Array;
  private readonly test: (CharTest | null)[];
  private readonly mark: Uint32Array;
  private generation = 0;
  private readonly stack: Int32Array;
  private readonly found: Int32Array;
  private dfa = new Map<string, DfaState>();
  private dfaUnits = 0;
  private readonly start: DfaState;
  /** How many times the DFA cache was dropped (tests look). */
  resets = 0;

  constructor(b: NfaBuilder, entry: number) {
    this.kind = Uint8Array.from(b.kind);
    this.out = Int32Array.from(b.out);
    this.out1 = Int32Array.from(b.out1);
    this.test = b.test;
    const n = b.kind.length;
    this.mark = new Uint32Array(n);
    // A state is pushed only when first marked, so the stack never holds more than n entries.
    this.stack = new Int32Array(n);
    this.found = new Int32Array(n);
    this.start = this.closure([entry]);
  }

  /** Everything reachable from the first `seedCount` of `seeds` through splits, into `found`; returns how many. */
  private collect(seeds: ArrayLike<number>, seedCount: number): number {
    if (++this.generation === 0xffffffff) {
      this.mark.fill(0);
      this.generation = 1;
    }
    const g = this.generation;
    let sp = 0;
    let count = 0;
    for (let i = seedCount - 1; i >= 0; i--) {
      const s = seeds[i]!;
      if (this.mark[s] !== g) {
        this.mark[s] = g;
        this.stack[sp++] = s;
      }
    }
    while (sp > 0) {
      const s = this.stack[--sp]!;
      if (this.kind[s] === SPLIT) {
        for (const t of [this.out1[s]!, this.out[s]!]) {
          if (this.mark[t] !== g) {
            this.mark[t] = g;
            this.stack[sp++] = t;
          }
        }
      } else this.found[count++] = s;
    }
    return count;
  }

  /** The DFA state of everything reachable from `seeds` through splits. */
  private closure(seeds: ArrayLike<number>): DfaState {
    const count = this.collect(seeds, seeds.length);
    const states = this.found.slice(0, count).sort();
    const key = keyOf(states);
    let d = this.dfa.get(key);
    if (!d) {
      if (this.dfaUnits + stateUnits(count) > MAX_DFA_UNITS) {
        this.resets++;
        // The cache restarts (memory stays bounded): cached transitions are cut so the old states can go.
        for (const old of this.dfa.values()) {
          old.next.fill(undefined);
          old.wide = undefined;
        }
        this.dfa = new Map([[keyOf(this.start.states), this.start]]);
        this.dfaUnits = stateUnits(this.start.states.length);
      }
      let accepting = false;
      for (const s of states) if (this.kind[s] === MATCH) accepting = true;
      d = { states, accepting, next: new Array<DfaState | undefined>(128), wide: undefined };
      this.dfa.set(key, d);
      this.dfaUnits += stateUnits(count);
    }
    return d;
  }

  private step(d: DfaState, cp: number): DfaState {
    const targets: number[] = [];
    for (const s of d.states) if (this.kind[s] === CHAR && accepts(this.test[s]!, cp)) targets.push(this.out[s]!);
    return this.closure(targets);
  }

  private stepWide(d: DfaState, cp: number): DfaState {
    const next = this.step(d, cp);
    // `d` may have been dropped from the cache by this step: then its transitions are not kept.
    if ((d.wide?.size ?? 0) < WIDE_PER_STATE && this.dfaUnits + 4 <= MAX_DFA_UNITS && this.dfa.get(keyOf(d.states)) === d) {
      (d.wide ??= new Map()).set(cp, next);
      this.dfaUnits += 4;
    }
    return next;
  }

  /**
   * The rest of `value` from `i`, in the NFA alone (no DFA states made): for a value on which the
   * DFA cache keeps filling up (a DFA with exponentially many states), where interning each new
   * state costs more than it saves.
   */
  private simulate(value: string, i: number, from: Int32Array): boolean {
    const n = this.kind.length;
    const cur = new Int32Array(n);
    const seeds = new Int32Array(n);
    cur.set(from);
    let count = from.length;
    for (; i < value.length; i++) {
      if (count === 0) return false;
      let cp = value.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff) {
        cp = value.codePointAt(i)!;
        if (cp > 0xffff) i++;
      }
      let k = 0;
      for (let j = 0; j < count; j++) {
        const s = cur[j]!;
        if (this.kind[s] === CHAR && accepts(this.test[s]!, cp)) seeds[k++] = this.out[s]!;
      }
      count = this.collect(seeds, k);
      cur.set(this.found.subarray(0, count));
    }
    for (let j = 0; j < count; j++) if (this.kind[cur[j]!] === MATCH) return true;
    return false;
  }

  matches(value: string): boolean {
    let d = this.start;
    const resets = this.resets;
    for (let i = 0; i < value.length; i++) {
      if (d.states.length === 0) return false;
      if (this.resets > resets + 1) return this.simulate(value, i, d.states);
      const c = value.charCodeAt(i);
      if (c < 128) {
        d = d.next[c] ??= this.step(d, c);
        continue;
      }
      // With the `u` flag a surrogate pair is one character; a lone surrogate is one too.
      const cp = value.codePointAt(i)!;
      if (cp > 0xffff) i++;
      d = d.wide?.get(cp) ?? this.stepWide(d, cp);
    }
    return d.accepting;
  }
}

/** How many states NfaBuilder makes for `n` (without building them): the NFA fits when this, plus its match state, is at most MAX_NFA_STATES. */
export function nfaStateCount(n: XsdRegexNode): number {
  return measureXsdTree<number>(n, {
    char: 1,
    seq: sum,
    alt: (items) => sum(items) + items.length - 1, // a split per alternative but the last
    rep: (atom, min, max) => (max === Infinity ? 1 + atom + min * atom : (max - min) * (atom + 1) + min * atom),
  });
}

/** The NFA of a parsed XSD regex; undefined when it would exceed MAX_NFA_STATES states. */
export function buildXsdNfa(tree: XsdRegexNode): XsdNfa | undefined {
  const b = new NfaBuilder();
  try {
    return new XsdNfa(b, b.build(tree, b.add(MATCH, -1, -1, null)));
  } catch (e) {
    if (e instanceof TooLarge) return undefined;
    throw e;
  }
}

/**
 * A whole-value test against a parsed XSD regex, linear in the value; undefined when its NFA would
 * exceed MAX_NFA_STATES states (the caller then keeps the RegExp).
 */
export function compileXsdNfa(tree: XsdRegexNode): ((value: string) => boolean) | undefined {
  const nfa = buildXsdNfa(tree);
  return nfa && ((value) => nfa.matches(value));
}
