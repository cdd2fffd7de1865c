/**
 * Derivatives of patterns with respect to document events (James Clark, "An algorithm for RELAX NG
 * validation"): startTagOpen, att, startTagClose, text and endTag, memoised on the interned
 * pattern objects. The `lenient` variants are used for error recovery: they accept what the strict
 * derivative refused (missing attributes, a wrong value, missing content) so validation continues.
 */
import { type Datatype, isCollapsed, type NsResolver } from './datatypes.js';
import { ncContains } from './nameclass.js';
import { type ElementDef, type Pat, type PatternTable } from './pattern.js';
import { ownCopy } from '../own-copy.js';

/** Memo tables keyed by document names are bounded (open content models see unboundedly many names). */
const MEMO_LIMIT = 4096;
/**
 * Memo tables keyed by texts hold the texts themselves: fewer of them. Repeated values (enumerations,
 * sizes) stay well under it; unique ones (paths, UUIDs, MACs) only churn.
 */
const TEXT_MEMO_LIMIT = 1024;

/**
 * Per (state, attribute name) memo of derivatives by value: there are many more of these tables
 * than of leaves, so fewer values each (enumerations fit; unique values only churn).
 */
const VALUE_MEMO_LIMIT = 64;

/**
 * Attribute derivatives are keyed by (name id, bit mask of the matching candidates): with at most
 * ATT_MASK_BITS candidates the results are an array indexed by the mask, kept with the candidates.
 */
const ATT_MASK_BITS = 4;
/** Up to this many candidates, (name id → mask) in two maps; beyond, a string key. */
const MAX_MASK_BITS = 30;
/** Choices of at most this many alternatives are searched for a literal equal to a value before the memo. */
const MAX_LITERAL_SCAN = 32;
/** Texts longer than this are matched, not memoised (a hostile megabyte value must not be kept). */
const MAX_MEMO_TEXT = 256;
/**
 * A pattern with more attribute patterns than this outside elements (repeats counted) is wide: its
 * candidates for a name are gathered from its parts, each wide part's memoised on it, and a wide
 * part's attribute derivative is memoised on the part (see `attributeCandidates`, `attWith`). A
 * flat list of its attributes, filtered per name, cost each state that holds a shared define of k
 * attributes k steps: k such states, k² (k patterns of one element sharing one define). libvirt's
 * and the bundled grammars have at most 42 in a pattern, so documents of theirs never take this way.
 */
const WIDE_ATTRIBUTES = 64;

/**
 * The empty list of patterns. Made from a one-element literal: an empty literal's array has another
 * elements kind (small integers) than lists of patterns, and code reading both deoptimises.
 */
const NONE: readonly Pat[] = emptyPatList();

function emptyPatList(): Pat[] {
  const list = [null as unknown as Pat];
  list.pop();
  return list;
}

/**
 * `xs.map(f)` as a packed array. TurboFan's inlined `Array.prototype.map` makes holey arrays and the
 * interpreter packed ones: the consumers (choiceAll, concatDistinct) would meet two array maps.
 */
function mapPats<T>(xs: readonly Pat[], f: (x: Pat, i: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}

/** The attribute patterns of a state that accept a name, and (few of them) the derivatives by mask of those that accept the value. */
export interface AttCandidates {
  readonly cands: readonly Pat[];
  readonly byMask: (Pat | undefined)[] | null;
  /** With several candidates: the derivatives by the value itself (see `att`). */
  byValue: Map<string, Pat> | null;
}

/** Which candidates of a list accept an attribute's value: a memo key (the name id and their ids) and the set. */
interface ListMatches {
  readonly key: string;
  readonly matching: ReadonlySet<Pat>;
}

/** A packed array of `n` undefined results (`new Array(n).fill()` would be holey: another array map). */
function noDerivatives(n: number): (Pat | undefined)[] {
  const out: (Pat | undefined)[] = [];
  for (let i = 0; i < n; i++) out.push(undefined);
  return out;
}

/** The candidates whose bits are set in `mask`. */
function maskSet(cands: readonly Pat[], mask: number): Set<Pat> {
  const matching = new Set<Pat>();
  for (let i = 0; i < cands.length; i++) if (mask & (1 << i)) matching.add(cands[i]!);
  return matching;
}

/**
 * `concatDistinct` for the candidate lists of a wide pattern's parts, which are often one list
 * object (the candidates of a define the parts share): a list met again is skipped whole, so k
 * parts sharing a list of k candidates cost k steps, not k².
 */
function unionOfLists(lists: readonly (readonly Pat[])[]): readonly Pat[] {
  let first: readonly Pat[] | null = null;
  let several = false;
  for (let i = 0; i < lists.length; i++) {
    const l = lists[i]!;
    if (l.length === 0) continue;
    if (first === null) first = l;
    else if (l !== first) several = true;
  }
  if (!several) return first ?? NONE;
  const listsSeen = new Set<readonly Pat[]>();
  const seen = new Set<Pat>();
  const out: Pat[] = [];
  for (let i = 0; i < lists.length; i++) {
    const l = lists[i]!;
    if (l.length === 0 || listsSeen.has(l)) continue;
    listsSeen.add(l);
    for (let j = 0; j < l.length; j++)
      if (!seen.has(l[j]!)) {
        seen.add(l[j]!);
        out.push(l[j]!);
      }
  }
  return out;
}

/** The attribute patterns of `attrs` whose name class contains the name. */
function named(attrs: readonly Pat[], ns: string, local: string): Pat[] {
  const out: Pat[] = [];
  for (let i = 0; i < attrs.length; i++) if (ncContains(attrs[i]!.nc!, ns, local)) out.push(attrs[i]!);
  return out;
}

/** The lists joined, each pattern kept at its first occurrence. */
function concatDistinct(lists: readonly (readonly Pat[])[]): readonly Pat[] {
  let nonEmpty: readonly Pat[] | null = null;
  let count = 0;
  for (let i = 0; i < lists.length; i++)
    if (lists[i]!.length > 0) {
      nonEmpty = lists[i]!;
      count++;
    }
  if (count <= 1) return nonEmpty ?? NONE;
  const seen = new Set<Pat>();
  const out: Pat[] = [];
  for (let i = 0; i < lists.length; i++) {
    const l = lists[i]!;
    for (let j = 0; j < l.length; j++)
      if (!seen.has(l[j]!)) {
        seen.add(l[j]!);
        out.push(l[j]!);
      }
  }
  return out;
}

/** What applyAfter does to each continuation of a startTagOpen derivative (the cases of computeStartTagOpen). */
const enum Then {
  /** `q` with its item `i` replaced. */
  InterleaveItem,
  /** Then `q` (a oneOrMore) again, or nothing. */
  Repeat,
  /** Then `q`. */
  Group,
  /** `after(y, q)`. */
  After,
}

export function isWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * What a text key weighs in `Deriver.size`: one entry plus a unit per 32 characters (a memo keeps
 * its own copy of the text, up to MAX_MEMO_TEXT characters).
 */
function textWeight(s: string): number {
  return 1 + (s.length >> 5);
}

export class Deriver {
  /**
   * The entries the memo tables hold now (text keys weighted by their length, see textWeight):
   * counted where a table gains an entry (a miss) or is cleared, never on a hit; the validator adds
   * the expected sets its error reports keep. With the number of patterns and names, what a
   * grammar has memoised (GrammarImpl.memoSize).
   */
  size = 0;

  /**
   * The attribute event being derived (name id, value, namespace context, leniency) and, for the
   * long candidate lists met in it, which of their candidates accept the value (see `matchesOf`).
   */
  private evQid = -1;
  private evValue = '';
  private evCtx: NsResolver | null = null;
  private evLenient = false;
  private evMatches: Map<readonly Pat[], ListMatches> | null = null;

  constructor(
    readonly pt: PatternTable,
    readonly elements: readonly ElementDef[],
  ) {}

  /**
   * `p` (an `after` or a choice of them) with each continuation `y` replaced by `then(y)`, where
   * `then` is given by `op`, `q` and `i` (see Then) rather than by a closure: the first documents
   * run this interpreted, and a closure per call was an allocation per pattern visited.
   */
  private applyAfter(p: Pat, op: Then, q: Pat, i: number): Pat {
    switch (p.k) {
      case 'after':
        return this.pt.after(p.a!, this.then(p.b!, op, q, i));
      case 'choice': {
        const alts = p.alts!;
        const out: Pat[] = [];
        for (let j = 0; j < alts.length; j++) {
          const r = this.applyAfter(alts[j]!, op, q, i);
          if (r.k !== 'notAllowed') out.push(r);
        }
        return this.choiceOfResults(out);
      }
      default:
        return this.pt.notAllowed;
    }
  }

  private then(y: Pat, op: Then, q: Pat, i: number): Pat {
    const pt = this.pt;
    switch (op) {
      case Then.InterleaveItem:
        return pt.interleaveWith(q, i, y);
      case Then.Repeat:
        return pt.group(y, pt.choice(q, pt.empty));
      case Then.Group:
        return pt.group(y, q);
      case Then.After:
        return pt.after(y, q);
    }
  }

  /** Adds `key → value` to a memo (the key not in it), clearing it first when it holds `limit` entries. */
  private remember<K, V>(memo: Map<K, V>, key: K, value: V, limit: number): void {
    if (memo.size >= limit) {
      this.size -= memo.size;
      memo.clear();
    }
    memo.set(key, value);
    this.size++;
  }

  /** `remember` for a memo keyed by document texts: keeps its own copy of the text, weighed by its length. */
  private rememberText<V>(memo: Map<string, V>, text: string, value: V, limit: number): void {
    if (memo.size >= limit) {
      for (const k of memo.keys()) this.size -= textWeight(k);
      memo.clear();
    }
    memo.set(ownCopy(text), value);
    this.size += textWeight(text);
  }

  /** The choice of `rs` (none notAllowed): `choiceAll` without its set and sort for none or one. */
  private choiceOfResults(rs: Pat[]): Pat {
    if (rs.length === 0) return this.pt.notAllowed;
    return rs.length === 1 ? rs[0]! : this.pt.choiceAll(rs);
  }

  startTagOpen(p: Pat, qid: number, ns: string, local: string): Pat {
    // An element of one name or a leaf is answered without a memo: every element and leaf of a
    // choice is asked about each name that meets the choice, and a table for each of them was a
    // good part of what the first documents allocated. (Other name classes go through the memo:
    // their test, met first after this was optimised, deoptimised it.)
    const k = p.k;
    if (k === 'element') {
      const nc = p.nc!;
      if (nc.k === 'name') return nc.local === local && nc.ns === ns ? this.pt.after(this.elements[p.elem]!.content, this.pt.empty) : this.pt.notAllowed;
    } else if (k !== 'choice' && k !== 'group' && k !== 'interleave' && k !== 'oneOrMore' && k !== 'after') return this.pt.notAllowed;
    // The last name asked of this state, before the table (Pat.stoQid). Derivatives are interned,
    // so what the table would give, even after it was cleared, is this very pattern.
    if (p.stoQid === qid) return p.stoLast!;
    const memo = p.sto ?? (p.sto = new Map());
    let r = memo.get(qid);
    if (r === undefined) {
      r = this.computeStartTagOpen(p, qid, ns, local);
      this.remember(memo, qid, r, MEMO_LIMIT);
    }
    p.stoQid = qid;
    p.stoLast = r;
    return r;
  }

  private computeStartTagOpen(p: Pat, qid: number, ns: string, local: string): Pat {
    const pt = this.pt;
    switch (p.k) {
      case 'choice':
      case 'interleave': {
        // Most alternatives (items) do not accept the name: they are left out as they come.
        const alts = p.alts!;
        const out: Pat[] = [];
        for (let i = 0; i < alts.length; i++) {
          const x = this.startTagOpen(alts[i]!, qid, ns, local);
          if (x.k === 'notAllowed') continue;
          const r = p.k === 'choice' ? x : this.applyAfter(x, Then.InterleaveItem, p, i);
          if (r.k !== 'notAllowed') out.push(r);
        }
        return this.choiceOfResults(out);
      }
      case 'element':
        return ncContains(p.nc!, ns, local) ? pt.after(this.elements[p.elem]!.content, pt.empty) : pt.notAllowed;
      case 'oneOrMore':
        return this.applyAfter(this.startTagOpen(p.a!, qid, ns, local), Then.Repeat, p, 0);
      case 'group': {
        const a = p.a!;
        const x = this.applyAfter(this.startTagOpen(a, qid, ns, local), Then.Group, p.b!, 0);
        return a.nullable ? pt.choice(x, this.startTagOpen(p.b!, qid, ns, local)) : x;
      }
      case 'after':
        return this.applyAfter(this.startTagOpen(p.a!, qid, ns, local), Then.After, p.b!, 0);
      default:
        return pt.notAllowed;
    }
  }

  /**
   * The attribute derivative. The value only matters through *which* of the attribute patterns
   * named like the attribute accept it, so the result is memoised on (name, that set) — a small,
   * grammar-bounded key — instead of on the value, which differs in every document.
   */
  att(p: Pat, ns: string, local: string, value: string, qid: number, ctx: NsResolver, lenient = false): Pat {
    const entry = this.attributeCandidates(p, qid, ns, local);
    const n = entry.cands.length;
    if (n === 0) return this.pt.notAllowed;
    if (n === 1 || lenient || this.pt.contextual || value.length > MAX_MEMO_TEXT) return this.attByMatches(p, entry, ns, local, value, qid, ctx, lenient);
    // Several candidates (an attribute named in several alternatives, each with its own values):
    // one lookup by the value here rather than one per candidate in valueMatch.
    const byValue = entry.byValue ?? (entry.byValue = new Map());
    let r = byValue.get(value);
    if (r === undefined) {
      r = this.attByMatches(p, entry, ns, local, value, qid, ctx, false);
      this.rememberText(byValue, value, r, VALUE_MEMO_LIMIT);
    }
    return r;
  }

  /** The attribute derivative by the set of candidates that accept the value (see `att`). */
  private attByMatches(p: Pat, entry: AttCandidates, ns: string, local: string, value: string, qid: number, ctx: NsResolver, lenient: boolean): Pat {
    const cands = entry.cands;
    const n = cands.length;
    if (n <= MAX_MASK_BITS) {
      // The matching set as a bit mask: number keys, no string built per attribute.
      let mask = 0;
      for (let i = 0; i < n; i++) if (lenient || this.valueMatch(cands[i]!.a!, value, ctx)) mask |= 1 << i;
      const byMask = entry.byMask;
      if (byMask !== null) {
        // Few candidates (nearly always one): the results sit next to the candidates, one lookup per attribute.
        let r = byMask[mask];
        if (r === undefined) {
          byMask[mask] = r = this.attMiss(p, ns, local, value, qid, ctx, lenient, maskSet(cands, mask));
          this.size++;
        }
        return r;
      }
      const byName = p.attM ?? (p.attM = new Map());
      let memo = byName.get(qid);
      if (memo === undefined) {
        // A table of tables: what the cleared inner tables held is not subtracted (an over-count, so an earlier refresh).
        this.remember(byName, qid, (memo = new Map()), MEMO_LIMIT);
      }
      let r = memo.get(mask);
      if (r === undefined) {
        r = this.attMiss(p, ns, local, value, qid, ctx, lenient, maskSet(cands, mask));
        this.remember(memo, mask, r, MEMO_LIMIT);
      }
      return r;
    }
    const { key, matching } = this.matchesOf(cands, value, qid, ctx, lenient);
    const memo = p.att ?? (p.att = new Map());
    let r = memo.get(key);
    if (r === undefined) {
      r = this.attMiss(p, ns, local, value, qid, ctx, lenient, matching);
      this.remember(memo, key, r, MEMO_LIMIT);
    }
    return r;
  }

  /**
   * Which of a long list of candidates accept the value, as a memo key and a set: worked out once
   * per attribute event and list. The states and wide patterns that share a define share its
   * candidate list (see `unionOfLists`), so k of them holding k candidates cost k steps, not k².
   */
  private matchesOf(cands: readonly Pat[], value: string, qid: number, ctx: NsResolver, lenient: boolean): ListMatches {
    let cache = this.evMatches;
    if (cache === null || this.evQid !== qid || this.evValue !== value || this.evCtx !== ctx || this.evLenient !== lenient) {
      this.evQid = qid;
      this.evValue = value;
      this.evCtx = ctx;
      this.evLenient = lenient;
      this.evMatches = cache = new Map();
    }
    let m = cache.get(cands);
    if (m === undefined) {
      let key = `${qid}`;
      const matching = new Set<Pat>();
      for (const c of cands) {
        if (lenient || this.valueMatch(c.a!, value, ctx)) {
          matching.add(c);
          key += `,${c.id}`;
        }
      }
      m = { key, matching };
      cache.set(cands, m);
    }
    return m;
  }

  /**
   * A state not met before: a state is after(content, continuation), and the content recurs across
   * documents and positions where the whole state does not, so the derivative goes through the
   * content's own memo. (`matching` is passed built, not as a closure: a closure over the caller's
   * variables would make each call of the caller allocate a context, hit or miss.)
   */
  private attMiss(p: Pat, ns: string, local: string, value: string, qid: number, ctx: NsResolver, lenient: boolean, matching: ReadonlySet<Pat>): Pat {
    if (p.k === 'after') return this.pt.after(this.att(p.a!, ns, local, value, qid, ctx, lenient), p.b!);
    if (p.k === 'choice' && p.alts!.some((x) => x.k === 'after'))
      return this.pt.choiceAll(mapPats(p.alts!, (x) => this.att(x, ns, local, value, qid, ctx, lenient)));
    // No candidate accepts the value: no derivative (what attWith finds, walking nothing).
    if (matching.size === 0) return this.pt.notAllowed;
    return this.attOfParts(p, matching, new Map(), ns, local, value, qid, ctx, lenient);
  }

  /** The attribute patterns in `p` (outside elements) that accept the name (for error reports). */
  attributesNamed(p: Pat, qid: number, ns: string, local: string): readonly Pat[] {
    return this.attributeCandidates(p, qid, ns, local).cands;
  }

  /** Attribute patterns in `p` (outside elements) whose name class contains the name; memoised per name. */
  private attributeCandidates(p: Pat, qid: number, ns: string, local: string): AttCandidates {
    // The last name asked of this state first (Pat.acQid). An entry the table dropped when full
    // stays usable here: its candidates are the same, and its derivatives were counted as made.
    if (p.acQid === qid) return p.acLast!;
    const memo = p.attCands ?? (p.attCands = new Map());
    let r = memo.get(qid);
    if (r === undefined) {
      const out = this.attributeCount(p) > WIDE_ATTRIBUTES ? this.candidatesOfParts(p, qid, ns, local) : named(this.attributesIn(p), ns, local);
      r = { cands: out.length > 0 ? out : NONE, byMask: out.length > 0 && out.length <= ATT_MASK_BITS ? noDerivatives(2 ** out.length) : null, byValue: null };
      this.remember(memo, qid, r, MEMO_LIMIT);
    }
    p.acQid = qid;
    p.acLast = r;
    return r;
  }

  /**
   * The candidates of a wide pattern, from its parts': a wide part's are memoised on it (a define
   * shared by k states is asked once per name), a narrow part's filtered from its flat list. In
   * depth-first order without repeats, as filtering the pattern's own flat list would give them.
   */
  private candidatesOfParts(p: Pat, qid: number, ns: string, local: string): readonly Pat[] {
    switch (p.k) {
      case 'after':
      case 'oneOrMore':
        return this.candidatesIn(p.a!, qid, ns, local);
      case 'group':
        return unionOfLists([this.candidatesIn(p.a!, qid, ns, local), this.candidatesIn(p.b!, qid, ns, local)]);
      case 'choice':
      case 'interleave':
        return unionOfLists(mapPats(p.alts!, (x) => this.candidatesIn(x, qid, ns, local)));
      default:
        return NONE;
    }
  }

  private candidatesIn(p: Pat, qid: number, ns: string, local: string): readonly Pat[] {
    return this.attributeCount(p) > WIDE_ATTRIBUTES ? this.attributeCandidates(p, qid, ns, local).cands : named(this.attributesIn(p), ns, local);
  }

  /** The attribute patterns in `p` outside elements, repeats counted, up to WIDE_ATTRIBUTES + 1 (memoised on each pattern). */
  private attributeCount(p: Pat): number {
    let c = p.attN;
    if (c >= 0) return c;
    switch (p.k) {
      case 'attribute':
        c = 1;
        break;
      case 'after':
      case 'oneOrMore':
        c = this.attributeCount(p.a!);
        break;
      case 'group':
        c = Math.min(this.attributeCount(p.a!) + this.attributeCount(p.b!), WIDE_ATTRIBUTES + 1);
        break;
      case 'choice':
      case 'interleave': {
        const alts = p.alts!;
        c = 0;
        for (let i = 0; i < alts.length && c <= WIDE_ATTRIBUTES; i++) c += this.attributeCount(alts[i]!);
        c = Math.min(c, WIDE_ATTRIBUTES + 1);
        break;
      }
      default:
        c = 0;
    }
    p.attN = c;
    return c;
  }

  /**
   * Every attribute pattern in `p` outside elements, in depth-first order without repeats. Memoised
   * on each pattern, so a new state (new nodes over shared subpatterns) costs its new nodes only.
   */
  private attributesIn(p: Pat): readonly Pat[] {
    if (p.attrs) return p.attrs;
    let r: readonly Pat[];
    switch (p.k) {
      case 'attribute':
        r = [p];
        break;
      case 'after':
      case 'oneOrMore':
        r = this.attributesIn(p.a!);
        break;
      case 'group':
        r = concatDistinct([this.attributesIn(p.a!), this.attributesIn(p.b!)]);
        break;
      case 'interleave':
      case 'choice':
        r = concatDistinct(mapPats(p.alts!, (x) => this.attributesIn(x)));
        break;
      default:
        r = NONE;
    }
    p.attrs = r;
    return r;
  }

  /**
   * The attribute derivative of a part of the pattern derived, where exactly the attribute patterns
   * in `matching` accept the attribute (`done`: the parts derived in this derivation). A wide part
   * goes through its own memo (`att`, by its own candidates, which accept the value as they do
   * here): a define shared by k states is derived once, not walked by each.
   */
  private attWith(p: Pat, matching: ReadonlySet<Pat>, done: Map<Pat, Pat>, ns: string, local: string, value: string, qid: number, ctx: NsResolver, lenient: boolean): Pat {
    const known = done.get(p);
    if (known) return known;
    let r: Pat;
    if (this.attributeCount(p) > WIDE_ATTRIBUTES) r = this.att(p, ns, local, value, qid, ctx, lenient);
    // A part with none of the matching attributes in it has no derivative: the items of a large
    // interleave (all the optional parts of an element) are passed over without being walked.
    else if (!this.reaches(p, matching)) r = this.pt.notAllowed;
    else r = this.attOfParts(p, matching, done, ns, local, value, qid, ctx, lenient);
    done.set(p, r);
    return r;
  }

  /** `attWith` of `p` from its parts' (`p` holds one of the attribute patterns in `matching`). */
  private attOfParts(p: Pat, matching: ReadonlySet<Pat>, done: Map<Pat, Pat>, ns: string, local: string, value: string, qid: number, ctx: NsResolver, lenient: boolean): Pat {
    const pt = this.pt;
    switch (p.k) {
      case 'after':
        return pt.after(this.attWith(p.a!, matching, done, ns, local, value, qid, ctx, lenient), p.b!);
      case 'choice':
      case 'interleave': {
        const alts = p.alts!;
        const out: Pat[] = [];
        for (let i = 0; i < alts.length; i++) {
          const x = this.attWith(alts[i]!, matching, done, ns, local, value, qid, ctx, lenient);
          if (x.k === 'notAllowed') continue;
          out.push(p.k === 'choice' ? x : pt.interleaveWith(p, i, x));
        }
        return this.choiceOfResults(out);
      }
      case 'group':
        return pt.choice(
          pt.group(this.attWith(p.a!, matching, done, ns, local, value, qid, ctx, lenient), p.b!),
          pt.group(p.a!, this.attWith(p.b!, matching, done, ns, local, value, qid, ctx, lenient)),
        );
      case 'oneOrMore':
        return pt.group(this.attWith(p.a!, matching, done, ns, local, value, qid, ctx, lenient), pt.choice(p, pt.empty));
      case 'attribute':
        return matching.has(p) ? pt.empty : pt.notAllowed;
      default:
        return pt.notAllowed;
    }
  }

  /** Whether one of the attribute patterns in `matching` is in `p` (outside elements). */
  private reaches(p: Pat, matching: ReadonlySet<Pat>): boolean {
    const attrs = this.attributesIn(p);
    for (let i = 0; i < attrs.length; i++) if (matching.has(attrs[i]!)) return true;
    return false;
  }

  valueMatch(p: Pat, s: string, ctx: NsResolver): boolean {
    if (this.pt.contextual || s.length > MAX_MEMO_TEXT) return (p.nullable && isWhitespace(s)) || this.text(p, s, ctx).nullable;
    // A value spelt exactly as a grammar literal (most attribute values: enumerations) matches it:
    // without namespace context, equal texts have equal keys. No memo lookup, no hashing of the text.
    // And a text with no white space to normalise, against values of string-like types, matches
    // exactly the values whose key it is spelt as: the answer either way, again with no memo.
    if (p.k === 'value') {
      if (s === p.value) return true;
      if (p.dt!.plainKeys && isCollapsed(s)) return s === p.valueKey;
    } else if (p.k === 'choice' && p.alts!.length <= MAX_LITERAL_SCAN) {
      const collapsed = isCollapsed(s);
      let exact = collapsed;
      for (const a of p.alts!) {
        if (a.k === 'value') {
          if (a.value === s) return true;
          if (collapsed && a.dt!.plainKeys) {
            if (a.valueKey === s) return true;
            continue;
          }
        }
        exact = false;
      }
      if (exact) return false;
    }
    const memo = p.vm ?? (p.vm = new Map());
    let r = memo.get(s);
    if (r === undefined) {
      // Not through `text`, which would keep the same text in a second memo.
      r = (p.nullable && isWhitespace(s)) || (p.textual && this.textUncached(p, s, ctx, false).nullable);
      this.rememberText(memo, s, r, TEXT_MEMO_LIMIT);
    }
    return r;
  }

  /**
   * The state after content that had no text at all (an empty or childless element): the empty
   * text may also be a value (spec 6.2.7). Memoised on the state unless values read namespace
   * context: nearly every element ends this way, and the choice would be built each time.
   */
  noText(p: Pat, ctx: NsResolver): Pat {
    if (this.pt.contextual) return this.pt.choice(p, this.text(p, '', ctx));
    return (p.noText ??= this.pt.choice(p, this.text(p, '', ctx)));
  }

  /**
   * The derivative at the end of a start tag: the memo hit in a small function (inlined where it
   * is called), the computation apart.
   */
  startTagClose(p: Pat): Pat {
    return p.stc ?? this.computeStartTagClose(p, false);
  }

  /**
   * startTagClose with missing attributes treated as present (error recovery). A method of its
   * own, not a flag: its first use, after startTagClose was optimised, deoptimised it.
   */
  startTagCloseLenient(p: Pat): Pat {
    return p.stcLenient ?? this.computeStartTagClose(p, true);
  }

  private closeEither(p: Pat, lenient: boolean): Pat {
    return lenient ? this.startTagCloseLenient(p) : this.startTagClose(p);
  }

  private computeStartTagClose(p: Pat, lenient: boolean): Pat {
    const pt = this.pt;
    let r: Pat;
    switch (p.k) {
      case 'after':
        r = pt.after(this.closeEither(p.a!, lenient), p.b!);
        break;
      case 'choice':
        r = pt.choiceAll(mapPats(p.alts!, (x) => this.closeEither(x, lenient)));
        break;
      case 'group':
        r = pt.group(this.closeEither(p.a!, lenient), this.closeEither(p.b!, lenient));
        break;
      case 'interleave':
        r = pt.interleaveOf(mapPats(p.alts!, (x) => this.closeEither(x, lenient)));
        break;
      case 'oneOrMore':
        r = pt.oneOrMore(this.closeEither(p.a!, lenient));
        break;
      case 'attribute':
        r = lenient ? pt.empty : pt.notAllowed;
        break;
      default:
        r = p;
    }
    if (lenient) p.stcLenient = r;
    else p.stc = r;
    return r;
  }

  /**
   * The text derivative, memoised like `att`: on the set of data/value/list leaves (reachable at
   * this point) that accept the text, not on the text itself.
   */
  text(p: Pat, s: string, ctx: NsResolver, lenient = false): Pat {
    // Nothing textual reachable (e.g. an empty element's content): no need to look at the text.
    if (!p.textual) return this.pt.notAllowed;
    if (lenient || this.pt.contextual || s.length > MAX_MEMO_TEXT) return this.textUncached(p, s, ctx, lenient);
    // The same texts recur in the same states across documents: memoise on the text first.
    const memo = p.txtS ?? (p.txtS = new Map());
    let r = memo.get(s);
    if (r === undefined) {
      r = this.textUncached(p, s, ctx, false);
      this.rememberText(memo, s, r, TEXT_MEMO_LIMIT);
    }
    return r;
  }

  private textUncached(p: Pat, s: string, ctx: NsResolver, lenient: boolean): Pat {
    if (p.k === 'after') return this.pt.after(this.text(p.a!, s, ctx, lenient), p.b!);
    if (p.k === 'choice' && p.alts!.some((x) => x.k === 'after'))
      return this.pt.choiceAll(mapPats(p.alts!, (x) => this.text(x, s, ctx, lenient)));
    const leaves = this.textLeaves(p);
    let key = '';
    const matching: Pat[] = [];
    // Several <value>s of one datatype (enumerations) share one normalisation of the text.
    let keys: Map<Datatype, string | null> | null = null;
    for (const l of leaves) {
      let ok: boolean;
      if (lenient) ok = true;
      else if (l.k === 'value') {
        keys ??= new Map();
        let k = keys.get(l.dt!);
        if (k === undefined) {
          k = l.dt!.valueKey(s, ctx);
          keys.set(l.dt!, k);
        }
        ok = k === l.valueKey;
      } else ok = this.leafMatches(l, s, ctx);
      if (ok) {
        matching.push(l);
        key += `${l.id},`;
      }
    }
    const memo = p.txt ?? (p.txt = new Map());
    let r = memo.get(key);
    if (r === undefined) {
      r = this.textWith(p, new Set(matching), new Map());
      this.remember(memo, key, r, MEMO_LIMIT);
    }
    return r;
  }

  private leafMatches(l: Pat, s: string, ctx: NsResolver): boolean {
    switch (l.k) {
      case 'value':
        return l.dt!.valueKey(s, ctx) === l.valueKey;
      case 'data':
        return l.dt!.allows(s, ctx) && !(l.a && this.valueMatch(l.a, s, ctx));
      case 'list': {
        let q = l.a!;
        for (const w of s.split(/[ \t\r\n]+/)) {
          if (w === '') continue;
          q = this.text(q, w, ctx);
          if (q.k === 'notAllowed') return false;
        }
        return q.nullable;
      }
      default:
        return false;
    }
  }

  /** The data/value/list patterns that text can reach in `p` (memoised on every pattern, as `attributesIn`). */
  private textLeaves(p: Pat): readonly Pat[] {
    if (p.leaves) return p.leaves;
    let r: readonly Pat[];
    if (!p.textual) r = NONE;
    else
      switch (p.k) {
        case 'value':
        case 'data':
        case 'list':
          r = [p];
          break;
        case 'after':
        case 'oneOrMore':
          r = this.textLeaves(p.a!);
          break;
        case 'group':
          r = p.a!.nullable ? concatDistinct([this.textLeaves(p.a!), this.textLeaves(p.b!)]) : this.textLeaves(p.a!);
          break;
        case 'interleave':
        case 'choice':
          r = concatDistinct(mapPats(p.alts!, (x) => this.textLeaves(x)));
          break;
        default:
          r = NONE;
      }
    p.leaves = r;
    return r;
  }

  private textWith(p: Pat, matching: Set<Pat>, local: Map<Pat, Pat>): Pat {
    // Where no text can be matched the derivative is notAllowed: skip building it.
    if (!p.textual) return this.pt.notAllowed;
    const known = local.get(p);
    if (known) return known;
    const pt = this.pt;
    let r: Pat;
    switch (p.k) {
      case 'choice':
        r = pt.choiceAll(mapPats(p.alts!, (x) => this.textWith(x, matching, local)));
        break;
      case 'interleave':
        r = pt.choiceAll(mapPats(p.alts!, (item, i) => pt.interleaveWith(p, i, this.textWith(item, matching, local))));
        break;
      case 'group': {
        const x = pt.group(this.textWith(p.a!, matching, local), p.b!);
        r = p.a!.nullable ? pt.choice(x, this.textWith(p.b!, matching, local)) : x;
        break;
      }
      case 'after':
        r = pt.after(this.textWith(p.a!, matching, local), p.b!);
        break;
      case 'oneOrMore':
        r = pt.group(this.textWith(p.a!, matching, local), pt.choice(p, pt.empty));
        break;
      case 'text':
        r = p;
        break;
      case 'value':
      case 'data':
      case 'list':
        r = matching.has(p) ? pt.empty : pt.notAllowed;
        break;
      default:
        r = pt.notAllowed;
    }
    local.set(p, r);
    return r;
  }

  /** The derivative at an end tag (the memo hit apart, as in startTagClose). */
  endTag(p: Pat): Pat {
    return p.end ?? this.computeEndTag(p, false);
  }

  /** endTag with missing content treated as present (error recovery; apart, as startTagCloseLenient). */
  endTagLenient(p: Pat): Pat {
    return p.endLenient ?? this.computeEndTag(p, true);
  }

  private computeEndTag(p: Pat, lenient: boolean): Pat {
    let r: Pat;
    switch (p.k) {
      case 'after':
        r = lenient || p.a!.nullable ? p.b! : this.pt.notAllowed;
        break;
      case 'choice':
        r = this.pt.choiceAll(mapPats(p.alts!, (x) => (lenient ? this.endTagLenient(x) : this.endTag(x))));
        break;
      default:
        r = this.pt.notAllowed;
    }
    if (lenient) p.endLenient = r;
    else p.end = r;
    return r;
  }
}
