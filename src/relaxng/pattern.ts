/**
 * Hash-consed (interned) patterns of the simplified grammar plus the `after` pattern of Clark's
 * derivative algorithm. Interning gives every structurally equal pattern one object, so derivative
 * results can be memoised on the pattern object itself and choices can be deduplicated by id —
 * which is what keeps validation linear: the set of reachable states stays small and each
 * (state, event) pair is computed once.
 *
 * The smart constructors also apply the spec's notAllowed/empty simplifications (4.20, 4.21).
 */
import { type Datatype } from './datatypes.js';
import { type AttCandidates } from './derive.js';
import { type NameClass } from './nameclass.js';

export type PatKind =
  | 'empty'
  | 'notAllowed'
  | 'text'
  | 'choice'
  | 'group'
  | 'interleave'
  | 'oneOrMore'
  | 'list'
  | 'data'
  | 'value'
  | 'attribute'
  | 'element'
  | 'after';

export interface Pat {
  readonly id: number;
  readonly k: PatKind;
  readonly nullable: boolean;
  /** group/after: both operands; oneOrMore/list/attribute: `a` is the operand; data: `a` is the except. */
  readonly a: Pat | null;
  readonly b: Pat | null;
  /**
   * choice: the alternatives (no choices, no notAllowed, sorted by id, at least two);
   * interleave: the items (no interleaves, no empty, sorted by id, duplicates kept, at least two).
   */
  readonly alts: readonly Pat[] | null;
  readonly nc: NameClass | null;
  /** element: index of its definition in the grammar's element table. */
  readonly elem: number;
  readonly dt: Datatype | null;
  /** value: the grammar's literal and its comparison key under `dt`. */
  readonly value: string | null;
  readonly valueKey: string | null;
  /** True when text (or a datatype / value / list) can be matched somewhere at this point. */
  readonly textual: boolean;
  // Memo tables of the derivatives (filled lazily by derive.ts).
  sto: Map<number, Pat> | null;
  /**
   * The name id last looked up in `sto` and its derivative: a state is nearly always followed by the
   * same element name (three lookups in four in the 5,000-file batch), found without the table.
   */
  stoQid: number;
  stoLast: Pat | null;
  /** Attribute derivatives by name id and mask of matching candidates (few candidates: in `attCands`), or as a string when too many candidates. */
  attM: Map<number, Map<number, Pat>> | null;
  att: Map<string, Pat> | null;
  /** valueMatch of a text (attribute values, `except`s) by the text itself. */
  vm: Map<string, boolean> | null;
  /** Text derivatives by the text itself (before the leaf-set memo `txt`). */
  txtS: Map<string, Pat> | null;
  stc: Pat | null;
  /** `choice(this, text(this, ''))`: the state when an element's content ends without any text (derive.ts `noText`). */
  noText: Pat | null;
  stcLenient: Pat | null;
  end: Pat | null;
  endLenient: Pat | null;
  txt: Map<string, Pat> | null;
  attCands: Map<number, AttCandidates> | null;
  /** As `stoQid`, for `attCands` (an attribute after the same attribute: 97 lookups in 100). */
  acQid: number;
  acLast: AttCandidates | null;
  leaves: readonly Pat[] | null;
  // Interning of the patterns built on this one (pattern.ts): group(this, b) and after(this, b) by
  // b's id, attribute(nc, this) by nc's id, oneOrMore(this), list(this).
  groupsWith: Map<number, Pat> | null;
  aftersWith: Map<number, Pat> | null;
  attributesOf: Map<number, Pat> | null;
  oneOrMoreOf: Pat | null;
  listOf: Pat | null;
  /** Attribute patterns outside elements (derive.ts `attributesIn`). */
  attrs: readonly Pat[] | null;
  /** How many attribute patterns are in it outside elements, counting repeats, up to a cap (derive.ts `attributeCount`); -1 until asked. */
  attN: number;
  exp: unknown;
}

interface PatInit {
  k: PatKind;
  nullable: boolean;
  a?: Pat | null;
  b?: Pat | null;
  alts?: readonly Pat[] | null;
  nc?: NameClass | null;
  elem?: number;
  dt?: Datatype | null;
  value?: string | null;
  valueKey?: string | null;
  textual?: boolean;
}

/** Pattern ids stay small integers. */
const MAX_PATTERNS = 2 ** 26;

export class PatternTable {
  private readonly byKey = new Map<string, Pat>();
  readonly all: Pat[] = [];
  readonly empty: Pat;
  readonly notAllowed: Pat;
  readonly text: Pat;
  /**
   * True once a datatype that reads values against namespace declarations (QName) is used: then
   * matches cannot be memoised by the text alone.
   */
  contextual = false;

  constructor() {
    this.empty = this.intern('e', { k: 'empty', nullable: true });
    this.notAllowed = this.intern('n', { k: 'notAllowed', nullable: false });
    this.text = this.intern('t', { k: 'text', nullable: true, textual: true });
  }

  get size(): number {
    return this.all.length;
  }

  private readonly choices = new Map<number, Pat | Pat[]>();
  private readonly interleaves = new Map<number, Pat | Pat[]>();

  /**
   * Interning of a pattern made of `owner` and the pattern or name class numbered `key`: in a map
   * held by the owner, keyed by a small integer (no 52-bit key, which would be a heap number).
   */
  private internOn(owner: Map<number, Pat>, key: number, init: PatInit): Pat {
    let p = owner.get(key);
    if (p) return p;
    p = this.make(init);
    owner.set(key, p);
    return p;
  }

  private intern(key: string, init: PatInit): Pat {
    let p = this.byKey.get(key);
    if (p) return p;
    p = this.make(init);
    this.byKey.set(key, p);
    return p;
  }

  private make(init: PatInit): Pat {
    if (this.all.length >= MAX_PATTERNS) throw new Error('pattern table overflow');
    // Field order is memory layout: the fields a validation step reads on a memoised state (kind,
    // the memo tables of each event, the leaf fields of valueMatch) come first, so a step touches
    // one or two cache lines of the pattern, not the whole object.
    const p: Pat = {
      k: init.k,
      sto: null,
      stoQid: -1,
      stoLast: null,
      attCands: null,
      acQid: -1,
      acLast: null,
      stc: null,
      end: null,
      noText: null,
      txtS: null,
      textual: init.textual ?? false,
      nullable: init.nullable,
      value: init.value ?? null,
      alts: init.alts ?? null,
      vm: null,
      id: this.all.length,
      a: init.a ?? null,
      b: init.b ?? null,
      nc: init.nc ?? null,
      elem: init.elem ?? -1,
      dt: init.dt ?? null,
      valueKey: init.valueKey ?? null,
      attM: null,
      att: null,
      stcLenient: null,
      endLenient: null,
      txt: null,
      leaves: null,
      attrs: null,
      attN: -1,
      groupsWith: null,
      aftersWith: null,
      attributesOf: null,
      oneOrMoreOf: null,
      listOf: null,
      exp: undefined,
    };
    this.all.push(p);
    return p;
  }

  choice(a: Pat, b: Pat): Pat {
    if (a === b || b.k === 'notAllowed') return a;
    if (a.k === 'notAllowed') return b;
    if (a.k !== 'choice' && b.k !== 'choice') {
      // Two plain alternatives: found by their hash without building a set and a list first.
      const x = a.id < b.id ? a : b;
      const y = x === a ? b : a;
      return this.findPair(x, y) ?? this.internList(this.choices, 'choice', [x, y]);
    }
    // Alternatives are kept sorted by id: the two lists are merged.
    return this.choiceOf(mergeById(a.k === 'choice' ? a.alts! : [a], b.k === 'choice' ? b.alts! : [b]));
  }

  /** A choice of many alternatives at once (linear, rather than one union per alternative). */
  choiceAll(ps: readonly Pat[]): Pat {
    const out: Pat[] = [];
    for (let i = 0; i < ps.length; i++) {
      const x = ps[i]!;
      if (x.k === 'notAllowed') continue;
      if (x.k === 'choice') pushAll(out, x.alts!);
      else out.push(x);
    }
    // Sorted and deduplicated in place: no set, no iterators (the first documents run this interpreted).
    sortById(out);
    let n = 0;
    for (let i = 0; i < out.length; i++) if (n === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
    return this.choiceOf(n === out.length ? out : out.slice(0, n));
  }

  /**
   * For loading a serialised grammar, whose choices are already flat, deduplicated and sorted:
   * skips the set and the sort (checked cheaply; anything else goes the general way).
   */
  choiceSorted(alts: Pat[]): Pat {
    if (alts.length < 2) return this.choiceAll(alts);
    let prev = -1;
    for (let i = 0; i < alts.length; i++) {
      const x = alts[i]!;
      if (x.id <= prev || x.k === 'choice' || x.k === 'notAllowed') return this.choiceAll(alts);
      prev = x.id;
    }
    return this.internList(this.choices, 'choice', alts);
  }

  /** The choice of `alts`: distinct, none a choice or notAllowed, sorted by id. */
  private choiceOf(alts: Pat[]): Pat {
    if (alts.length === 0) return this.notAllowed;
    if (alts.length === 1) return alts[0]!;
    return this.internList(this.choices, 'choice', alts);
  }

  /**
   * Choices and interleaves are interned by their (sorted) items under a numeric hash, the
   * collisions kept in a bucket: cheaper than building and hashing a string key per pattern,
   * which loading a grammar and every new derivative do many times.
   */
  /** The interned choice of exactly `x` and `y` (`x.id < y.id`), if there is one. */
  private findPair(x: Pat, y: Pat): Pat | undefined {
    const bucket = this.choices.get(mixId(mixId(2, x.id), y.id));
    if (bucket === undefined) return undefined;
    if (!Array.isArray(bucket)) return isPair(bucket, x, y) ? bucket : undefined;
    for (let i = 0; i < bucket.length; i++) if (isPair(bucket[i]!, x, y)) return bucket[i];
    return undefined;
  }

  private internList(map: Map<number, Pat | Pat[]>, k: 'choice' | 'interleave', items: Pat[]): Pat {
    let h = items.length;
    for (let i = 0; i < items.length; i++) h = mixId(h, items[i]!.id);
    const bucket = map.get(h);
    if (bucket !== undefined) {
      if (!Array.isArray(bucket)) {
        if (sameItems(bucket.alts!, items)) return bucket;
      } else for (let i = 0; i < bucket.length; i++) if (sameItems(bucket[i]!.alts!, items)) return bucket[i]!;
    }
    let nullable = k === 'interleave';
    let textual = false;
    for (let i = 0; i < items.length; i++) {
      const x = items[i]!;
      nullable = k === 'interleave' ? nullable && x.nullable : nullable || x.nullable;
      textual ||= x.textual;
    }
    const p = this.make({ k, nullable, alts: items, textual });
    if (bucket === undefined) map.set(h, p);
    else if (Array.isArray(bucket)) bucket.push(p);
    else map.set(h, [bucket, p]);
    return p;
  }

  group(a: Pat, b: Pat): Pat {
    if (a.k === 'notAllowed' || b.k === 'notAllowed') return this.notAllowed;
    if (a.k === 'empty') return b;
    if (b.k === 'empty') return a;
    return this.internOn(a.groupsWith ?? (a.groupsWith = new Map()), b.id, {
      k: 'group',
      nullable: a.nullable && b.nullable,
      a,
      b,
      textual: a.textual || (a.nullable && b.textual),
    });
  }

  interleave(a: Pat, b: Pat): Pat {
    return this.interleaveOf([a, b]);
  }

  /**
   * An n-ary interleave: nested interleaves are flattened and the items sorted by id (interleave is
   * associative and commutative; duplicates stay, `x & x` is two x's). One flat node per state
   * means a derivative of a 40-branch interleave creates one new pattern, not one per nesting level.
   */
  interleaveOf(items: readonly Pat[]): Pat {
    const flat: Pat[] = [];
    for (let i = 0; i < items.length; i++) {
      const x = items[i]!;
      if (x.k === 'notAllowed') return this.notAllowed;
      if (x.k === 'empty') continue;
      if (x.k === 'interleave') pushAll(flat, x.alts!);
      else flat.push(x);
    }
    if (flat.length === 0) return this.empty;
    if (flat.length === 1) return flat[0]!;
    sortById(flat);
    return this.internList(this.interleaves, 'interleave', flat);
  }

  /** `p`'s items with item `i` replaced by `x` (for derivatives of an interleave). */
  interleaveWith(p: Pat, i: number, x: Pat): Pat {
    if (x.k === 'notAllowed') return x;
    // The items are sorted by id: the others and x's (none for empty, its items for an interleave)
    // are merged (no flattening and sorting of the whole list, which every new state of a large
    // interleave paid for).
    const items = p.alts!;
    const xs = x.k === 'interleave' ? x.alts! : x.k === 'empty' ? NO_PATS : [x];
    const out: Pat[] = [];
    let k = 0;
    for (let j = 0; j < items.length; j++) {
      if (j === i) continue;
      const y = items[j]!;
      while (k < xs.length && xs[k]!.id < y.id) out.push(xs[k++]!);
      out.push(y);
    }
    while (k < xs.length) out.push(xs[k++]!);
    return out.length === 1 ? out[0]! : this.internList(this.interleaves, 'interleave', out);
  }

  after(a: Pat, b: Pat): Pat {
    if (a.k === 'notAllowed' || b.k === 'notAllowed') return this.notAllowed;
    return this.internOn(a.aftersWith ?? (a.aftersWith = new Map()), b.id, { k: 'after', nullable: false, a, b, textual: a.textual });
  }

  oneOrMore(p: Pat): Pat {
    if (p.k === 'notAllowed' || p.k === 'empty') return p;
    return (p.oneOrMoreOf ??= this.make({ k: 'oneOrMore', nullable: p.nullable, a: p, textual: p.textual }));
  }

  list(p: Pat): Pat {
    if (p.k === 'notAllowed') return p;
    return (p.listOf ??= this.make({ k: 'list', nullable: false, a: p, textual: true }));
  }

  attribute(nc: NameClass, p: Pat): Pat {
    if (p.k === 'notAllowed') return p;
    return this.internOn(p.attributesOf ?? (p.attributesOf = new Map()), nc.id, { k: 'attribute', nullable: false, a: p, nc });
  }

  element(nc: NameClass, elem: number): Pat {
    return this.intern(`E${elem}`, { k: 'element', nullable: false, nc, elem });
  }

  data(dt: Datatype, except: Pat | null, dtKey: string): Pat {
    if (dt.contextual) this.contextual = true;
    if (except && except.k === 'notAllowed') except = null;
    return this.intern(`d${dtKey},${except ? except.id : ''}`, { k: 'data', nullable: false, dt, a: except, textual: true });
  }

  valuePat(dt: Datatype, value: string, valueKey: string, dtKey: string): Pat {
    if (dt.contextual) this.contextual = true;
    return this.intern(`v${dtKey}\u0000${valueKey}`, { k: 'value', nullable: false, dt, value, valueKey, textual: true });
  }
}

const NO_PATS: readonly Pat[] = [];

function pushAll(out: Pat[], xs: readonly Pat[]): void {
  for (let i = 0; i < xs.length; i++) out.push(xs[i]!);
}

/** Sorts by id (stable), unless the list is in order already (as merged and copied lists mostly are). */
function sortById(xs: Pat[]): void {
  for (let i = 1; i < xs.length; i++) {
    if (xs[i - 1]!.id > xs[i]!.id) {
      xs.sort((x, y) => x.id - y.id);
      return;
    }
  }
}

/** The union of two lists of distinct patterns sorted by id, sorted. */
function mergeById(xs: readonly Pat[], ys: readonly Pat[]): Pat[] {
  const out: Pat[] = [];
  let i = 0;
  let j = 0;
  while (i < xs.length && j < ys.length) {
    const x = xs[i]!;
    const y = ys[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x.id < y.id) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < xs.length) out.push(xs[i++]!);
  while (j < ys.length) out.push(ys[j++]!);
  return out;
}

/** One step of the hash of a list of pattern ids (choices and interleaves are interned under it). */
function mixId(h: number, id: number): number {
  return Math.imul(h ^ id, 0x9e3779b1) ^ (h >>> 15);
}

function isPair(q: Pat, x: Pat, y: Pat): boolean {
  const alts = q.alts!;
  return alts.length === 2 && alts[0] === x && alts[1] === y;
}

function sameItems(a: readonly Pat[], b: readonly Pat[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The definition of one element pattern of the simplified grammar (`define name="…"><element>`). */
export interface ElementDef {
  readonly nc: NameClass;
  content: Pat;
}
