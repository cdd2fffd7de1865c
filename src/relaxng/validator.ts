/**
 * Streaming validation of one document by derivatives, with jing-style recovery so that every
 * problem is reported once: an unexpected element is reported and its subtree validated against
 * the content of elements of that name (or permissively), leaving the parent's state unchanged;
 * a bad attribute is reported and dropped (a bad value is accepted after the report); missing
 * attributes or content are reported and treated as present.
 */
import {
  type AttributeEvent,
  type DatatypeRef,
  type Expected,
  type QName,
  type ValidationError,
  type ValidationErrorKind,
  type Validator,
} from './api.js';
import { type NsResolver } from './datatypes.js';
import { isWhitespace } from './derive.js';
import { type GrammarImpl } from './grammar.js';
import { ncNames } from './nameclass.js';
import { type Pat } from './pattern.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** In-scope namespace declarations (prefix → URI, '' = default), extended per element. */
export type NamespaceDeclarations = Readonly<Record<string, string>>;

/** An open element. Frames are reused by depth (filled in place when an element starts). */
interface Frame<N> {
  node: N;
  /** The pattern after the attributes, before startTagClose: what `expected().attributes` offers. */
  attrState: Pat;
  ns: ReadonlyMap<string, string>;
  resolver: NsResolver;
  hadElements: boolean;
  text: string;
  textNode: N | undefined;
}

interface ExpectedSets {
  elements: QName[];
  attributes: QName[];
  values: string[];
  datatypes: DatatypeRef[];
  text: boolean;
  /**
   * For each entry of the lists above, the id of the grammar leaf it came from. Leaves are
   * registered when the grammar loads, so their ids are the same in every process; the states a
   * walk passes through are derivatives, whose ids depend on which documents came before. Lists
   * are put in leaf order (see `freeze`) so a message never depends on a thread's history.
   */
  order: { elements: number[]; attributes: number[]; values: number[]; datatypes: number[] };
}

function emptySets(): ExpectedSets {
  return { elements: [], attributes: [], values: [], datatypes: [], text: false, order: { elements: [], attributes: [], values: [], datatypes: [] } };
}

/** Records `leaf` as the origin of the entries pushed onto `list` since it had `from` entries. */
function keyed(order: number[], list: readonly unknown[], from: number, leaf: Pat): void {
  for (let i = from; i < list.length; i++) order.push(leaf.id);
}

/** The entries of `xs` in the order of their leaves (a stable sort: one leaf's entries keep theirs). */
function inLeafOrder<T>(xs: readonly T[], order: readonly number[]): T[] {
  const idx = xs.map((_, i) => i);
  idx.sort((a, b) => (order[a] as number) - (order[b] as number) || a - b);
  return idx.map((i) => xs[i] as T);
}

function dedupe<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const qkey = (q: QName) => `${q.ns}\u0000${q.local}`;

/** Collects what `p` accepts next. `attributes` are collected only when `withAttributes`. */
function collect(p: Pat, out: ExpectedSets, withAttributes: boolean, seen: Set<Pat>, elements: GrammarImpl['elements']): void {
  if (seen.has(p)) return;
  seen.add(p);
  switch (p.k) {
    case 'choice':
      for (const a of p.alts!) collect(a, out, withAttributes, seen, elements);
      return;
    case 'group':
      collect(p.a!, out, withAttributes, seen, elements);
      if (p.a!.nullable || withAttributes) collect(p.b!, out, withAttributes, seen, elements);
      return;
    case 'interleave':
      for (const a of p.alts!) collect(a, out, withAttributes, seen, elements);
      return;
    case 'oneOrMore':
      collect(p.a!, out, withAttributes, seen, elements);
      return;
    case 'after':
      collect(p.a!, out, withAttributes, seen, elements);
      return;
    case 'element':
      if (!withAttributes) {
        const from = out.elements.length;
        ncNames(elements[p.elem]!.nc, out.elements);
        keyed(out.order.elements, out.elements, from, p);
      }
      return;
    case 'attribute':
      if (withAttributes) {
        const from = out.attributes.length;
        ncNames(p.nc!, out.attributes);
        keyed(out.order.attributes, out.attributes, from, p);
      }
      return;
    case 'text':
      if (!withAttributes) out.text = true;
      return;
    case 'value':
      if (!withAttributes) {
        out.values.push(p.value!);
        out.order.values.push(p.id);
      }
      return;
    case 'data':
      if (!withAttributes) {
        out.datatypes.push({ library: p.dt!.library, type: p.dt!.type, params: p.dt!.params });
        out.order.datatypes.push(p.id);
      }
      return;
    case 'list':
      if (!withAttributes) collect(p.a!, out, false, seen, elements);
      return;
    default:
      return;
  }
}

function freeze(s: ExpectedSets): Expected {
  return {
    elements: dedupe(inLeafOrder(s.elements, s.order.elements), qkey),
    attributes: dedupe(inLeafOrder(s.attributes, s.order.attributes), qkey),
    values: dedupe(inLeafOrder(s.values, s.order.values), (v) => v),
    datatypes: dedupe(inLeafOrder(s.datatypes, s.order.datatypes), (d) => `${d.library}#${d.type}#${JSON.stringify(d.params)}`),
    text: s.text,
  };
}

/**
 * The attribute patterns that must still be given in `p`: those not under an optional branch (a
 * choice requires them only when each of its alternatives requires some). Each part is walked once
 * (`seen`): parts are shared, and k states holding one define of k attributes, each walked with
 * it, took k² (2.5 s and 600 MB at k = 2,000).
 */
function requiredLeaves(p: Pat, out: Pat[], seen: Set<Pat>, counts: Map<Pat, number>): void {
  if (seen.has(p)) return;
  seen.add(p);
  switch (p.k) {
    case 'attribute':
      out.push(p);
      return;
    case 'group':
      requiredLeaves(p.a!, out, seen, counts);
      requiredLeaves(p.b!, out, seen, counts);
      return;
    case 'after':
    case 'oneOrMore':
      requiredLeaves(p.a!, out, seen, counts);
      return;
    case 'interleave':
      for (const a of p.alts!) requiredLeaves(a, out, seen, counts);
      return;
    case 'choice':
      if (requiredCount(p, counts) > 0) for (const a of p.alts!) requiredLeaves(a, out, seen, counts);
      return;
    default:
      return;
  }
}

/**
 * How many names the required attributes of `p` have, counting a part each time it occurs, up to 2
 * (memoised in `counts`): the report says "attribute" for exactly one, "attributes" otherwise.
 */
function requiredCount(p: Pat, counts: Map<Pat, number>): number {
  let c = counts.get(p);
  if (c !== undefined) return c;
  switch (p.k) {
    case 'attribute': {
      const names: QName[] = [];
      ncNames(p.nc!, names);
      c = names.length;
      break;
    }
    case 'group':
      c = requiredCount(p.a!, counts) + requiredCount(p.b!, counts);
      break;
    case 'after':
    case 'oneOrMore':
      c = requiredCount(p.a!, counts);
      break;
    case 'interleave':
      c = 0;
      for (const a of p.alts!) c += requiredCount(a, counts);
      break;
    case 'choice':
      c = 0;
      for (const a of p.alts!) {
        const n = requiredCount(a, counts);
        if (n === 0) {
          c = 0;
          break;
        }
        c += n;
      }
      break;
    default:
      c = 0;
  }
  c = Math.min(c, 2);
  counts.set(p, c);
  return c;
}

/** Whether the state's current content may end (its `after` content is nullable). */
function contentComplete(p: Pat): boolean {
  if (p.k === 'after') return p.a!.nullable;
  if (p.k === 'choice') return p.alts!.some(contentComplete);
  return p.nullable;
}

/**
 * The namespace declarations in scope in an element: its parent's plus its own, if it has any. A
 * copy per declaring element (one or two per document): an object made with the parent's as its
 * prototype made the parent a prototype, a new hidden class per document.
 */
function scopeWith(parentNs: ReadonlyMap<string, string>, namespaces: NamespaceDeclarations): ReadonlyMap<string, string> {
  const keys = Object.keys(namespaces);
  if (keys.length === 0) return parentNs;
  const ns = new Map(parentNs);
  for (const k of keys) ns.set(k, namespaces[k]!);
  return ns;
}

/**
 * Reads prefixes from `ns`. Made here, not by an arrow function in startElement: a closure there
 * would make every call of startElement allocate a context for `ns`, even where none is made.
 */
function resolverOf(ns: ReadonlyMap<string, string>): NsResolver {
  return (prefix) => ns.get(prefix);
}

/** The scope outside the root: only the `xml` prefix (the same for every document, never changed). */
const ROOT_NS: ReadonlyMap<string, string> = new Map([['xml', XML_NS]]);
const ROOT_RESOLVER = resolverOf(ROOT_NS);

/**
 * The part of a state the error reports depend on. An element's state is `after(content,
 * continuation)`, and the continuation is different at every depth: what is expected, allowed or
 * required there depends on the content only (collect and requiredAttributes look at `a` alone), so
 * keying the report caches on the content makes 100,000 nested elements share one set, not build
 * one each.
 */
const reportKey = (p: Pat): Pat => (p.k === 'after' ? p.a! : p);

/** Attributes still allowed in a state (states are interned, so the cache is per pattern object). */
const attributeCache = new WeakMap<Pat, QName[]>();
/** expectedOf of `after(content, …)` states, by their content (whatever follows the element). */
const contentExpectedCache = new WeakMap<Pat, Expected>();
/** The expected sets of error reports, by the candidate list of a bad attribute value or by the state. */
const valuesCache = new WeakMap<readonly Pat[], Expected>();
const allowedCache = new WeakMap<Pat, Expected>();
/** The required attributes a start tag left out, by its state: the report's expected set and the end of its message. */
const missingCache = new WeakMap<Pat, { expected: Expected; names: string }>();

const fmt = (q: QName) => (q.ns ? `{${q.ns}}${q.local}` : q.local);

/**
 * One reported problem. The message is made when read: a document can have hundreds of thousands
 * of errors, and callers that word their own (or show only some) never read most of them.
 * `detail` is what the message needs beyond the other fields: the element's name for an attribute
 * not allowed on it, the list of missing attributes.
 */
class ReportedError<N> implements ValidationError<N> {
  declare readonly owner?: N;
  declare readonly name?: QName;
  declare readonly value?: string;
  readonly #detail: string | undefined;

  constructor(
    readonly kind: ValidationErrorKind,
    readonly node: N,
    readonly expected: Expected,
    name: QName | undefined,
    value: string | undefined,
    owner: N | undefined,
    detail: string | undefined,
  ) {
    // Only the fields that apply are own properties (as they were on the plain objects before).
    const self = this as { owner?: N; name?: QName; value?: string };
    if (owner !== undefined) self.owner = owner;
    if (name) self.name = name;
    if (value !== undefined) self.value = value;
    this.#detail = detail;
  }

  get message(): string {
    const name = this.name;
    switch (this.kind) {
      case 'unexpected-element':
        return `element ${fmt(name!)} is not allowed here`;
      case 'unexpected-root':
        return `element ${fmt(name!)} is not allowed as the root element`;
      case 'invalid-attribute-value':
        return `invalid value ${JSON.stringify(this.value)} for attribute ${fmt(name!)}`;
      case 'unexpected-attribute':
        return `attribute ${fmt(name!)} is not allowed on element ${this.#detail!}`;
      case 'missing-attribute':
        return `element ${fmt(name!)} is missing required ${this.#detail!}`.trimEnd();
      case 'invalid-text':
        return `invalid value ${JSON.stringify(this.value!.trim())}`;
      case 'unexpected-text':
        return 'text is not allowed here';
      case 'incomplete-content':
        return `element content is incomplete${describe(this.expected)}`;
    }
  }
}

export class DerivativeValidator<N> implements Validator<N> {
  private cur: Pat;
  /** Frames of the open elements are `frames[0 .. depth - 1]`; deeper ones wait to be reused. */
  private readonly frames: Frame<N>[] = [];
  private depth = 0;
  private readonly errors: ValidationError<N>[] = [];
  private readonly d: GrammarImpl['deriver'];

  constructor(private readonly g: GrammarImpl) {
    this.cur = g.start;
    this.d = g.deriver;
  }

  private expectedOf(p: Pat): Expected {
    if (p.exp) return p.exp as Expected;
    let e: Expected | undefined;
    if (p.k === 'after') {
      // The same sets as collecting `p` (collect reads only its content); `end` is contentComplete(p).
      e = contentExpectedCache.get(p.a!);
      if (!e) contentExpectedCache.set(p.a!, (e = this.collectExpected(p.a!, p.a!.nullable)));
    } else e = this.collectExpected(p, contentComplete(p));
    p.exp = e;
    return e;
  }

  private collectExpected(p: Pat, end: boolean): Expected {
    const s = emptySets();
    collect(p, s, false, new Set(), this.g.elements);
    return this.kept({ ...freeze(s), end });
  }

  /**
   * An expected set the report caches keep for the grammar's lifetime (they are keyed by its
   * patterns): counted in the memo size (Deriver.size), as the derivatives' tables are.
   */
  private kept(e: Expected): Expected {
    this.d.size += 1 + e.elements.length + e.attributes.length + e.values.length + e.datatypes.length;
    return e;
  }

  private report(kind: ValidationErrorKind, node: N, expected: Expected, name?: QName, value?: string, owner?: N, detail?: string): void {
    this.errors.push(new ReportedError<N>(kind, node, expected, name, value, owner, detail));
  }

  plainName(local: string): QName {
    return this.g.plainName(local);
  }

  startElement(name: QName, attributes: readonly AttributeEvent<N>[], node: N, namespaces?: NamespaceDeclarations): void {
    const parent = this.depth > 0 ? this.frames[this.depth - 1] : undefined;
    if (parent) {
      this.flushText(parent, false);
      parent.hadElements = true;
    }
    const parentNs = parent ? parent.ns : ROOT_NS;
    const ns = namespaces ? scopeWith(parentNs, namespaces) : parentNs;
    const resolver: NsResolver = ns !== parentNs ? resolverOf(ns) : parent ? parent.resolver : ROOT_RESOLVER;
    const d = this.d;
    const qid = this.g.idOf(name);
    let p = d.startTagOpen(this.cur, qid, name.ns, name.local);
    if (p.k === 'notAllowed') p = this.unexpectedElement(name, qid, node, parent !== undefined);
    for (let i = 0; i < attributes.length; i++) {
      const a = attributes[i]!;
      const aid = this.g.idOf(a.name);
      const next = d.att(p, a.name.ns, a.name.local, a.value, aid, resolver);
      p = next.k !== 'notAllowed' ? next : this.badAttribute(p, a, aid, name, node, resolver);
    }
    const attrState = p;
    let closed = d.startTagClose(p);
    if (closed.k === 'notAllowed') closed = this.missingAttributes(p, name, node);
    this.cur = closed;
    const f = this.frames[this.depth];
    if (f === undefined) this.frames.push({ node, attrState, ns, resolver, hadElements: false, text: '', textNode: undefined });
    else {
      f.node = node;
      f.attrState = attrState;
      f.ns = ns;
      f.resolver = resolver;
      f.hadElements = false;
      f.text = '';
      f.textNode = undefined;
    }
    this.depth++;
  }

  // The error paths are methods of their own: the hot ones (startElement, flushText, endElement)
  // stay small for the optimising compiler and do not deoptimise when an error path first runs.

  /** Reports an element the state does not allow; the state to validate its subtree with (jing's recovery). */
  private unexpectedElement(name: QName, qid: number, node: N, hasParent: boolean): Pat {
    const expected = this.expectedOf(this.cur);
    this.report(hasParent ? 'unexpected-element' : 'unexpected-root', node, expected, name);
    return this.g.patterns.after(this.g.recoveryContent(qid, name.ns, name.local), this.cur);
  }

  /** Reports an attribute `p` refuses (a bad value, or not allowed at all); the state to go on with. */
  private badAttribute(p: Pat, a: AttributeEvent<N>, aid: number, name: QName, node: N, resolver: NsResolver): Pat {
    const named = this.d.attributesNamed(p, aid, a.name.ns, a.name.local);
    if (named.length > 0) {
      this.report('invalid-attribute-value', a.node, this.valuesExpected(named), a.name, a.value, node);
      const lenient = this.d.att(p, a.name.ns, a.name.local, a.value, aid, resolver, true);
      return lenient.k !== 'notAllowed' ? lenient : p;
    }
    this.report('unexpected-attribute', a.node, this.attributesExpected(p), a.name, undefined, node, fmt(name));
    return p;
  }

  /** What the attribute patterns `named` accept as values (memoised: the same bad value recurs). */
  private valuesExpected(named: readonly Pat[]): Expected {
    let e = valuesCache.get(named);
    if (!e) {
      const s = emptySets();
      for (const at of named) collect(at.a!, s, false, new Set(), this.g.elements);
      e = this.kept(freeze(s));
      valuesCache.set(named, e);
    }
    return e;
  }

  /** The attributes the state `p` allows (in leaf order, for an unexpected-attribute report). */
  private attributesExpected(p: Pat): Expected {
    const key = reportKey(p);
    let e = allowedCache.get(key);
    if (!e) {
      const s = emptySets();
      collect(key, s, true, new Set(), this.g.elements);
      e = this.kept(freeze(s));
      allowedCache.set(key, e);
    }
    return e;
  }


  /** Reports the required attributes missing in `p`; the state after the start tag with them treated as present. */
  private missingAttributes(p: Pat, name: QName, node: N): Pat {
    const key = reportKey(p);
    let m = missingCache.get(key);
    if (!m) {
      const leaves: Pat[] = [];
      const counts = new Map<Pat, number>();
      requiredLeaves(key, leaves, new Set(), counts);
      // In leaf order (see ExpectedSets): a leaf's names in their order, each name once.
      leaves.sort((a, b) => a.id - b.id);
      const missing: QName[] = [];
      for (const leaf of leaves) ncNames(leaf.nc!, missing);
      const expected: Expected = { elements: [], attributes: dedupe(missing, qkey), values: [], datatypes: [], text: false };
      m = { expected, names: `attribute${requiredCount(key, counts) === 1 ? '' : 's'} ${expected.attributes.map(fmt).join(', ')}` };
      this.kept(expected);
      missingCache.set(key, m);
    }
    this.report('missing-attribute', node, m.expected, name, undefined, undefined, m.names);
    return this.d.startTagCloseLenient(p);
  }


  text(value: string, node: N): void {
    const top = this.depth > 0 ? this.frames[this.depth - 1] : undefined;
    if (!top) return;
    if (top.textNode === undefined && value !== '') top.textNode = node;
    top.text += value;
  }

  /** Feeds the pending text of `f`. `atEnd`: the end tag follows (so the text may be the only child). */
  private flushText(f: Frame<N>, atEnd: boolean): void {
    // An element's start with no text pending in its parent (nearly always): nothing to feed or reset.
    if (!atEnd && f.text === '') return;
    const s = f.text;
    const textNode = f.textNode;
    f.text = '';
    f.textNode = undefined;
    const d = this.d;
    const ws = isWhitespace(s);
    if (ws) {
      // Whitespace between elements is ignored; as the only content it may also be a value (spec 6.2.7).
      if (atEnd && !f.hadElements) this.cur = s === '' ? d.noText(this.cur, f.resolver) : this.g.patterns.choice(this.cur, d.text(this.cur, s, f.resolver));
      return;
    }
    const next = d.text(this.cur, s, f.resolver);
    if (next.k !== 'notAllowed') this.cur = next;
    else this.badText(f, s, textNode);
  }

  /** Reports text the state refuses (a bad value, or no text allowed here). */
  private badText(f: Frame<N>, s: string, textNode: N | undefined): void {
    const expected = this.expectedOf(this.cur);
    if (expected.datatypes.length > 0 || expected.values.length > 0 || expected.text) {
      this.report('invalid-text', f.node, expected, undefined, s);
      const lenient = this.d.text(this.cur, s, f.resolver, true);
      if (lenient.k !== 'notAllowed') this.cur = lenient;
    } else {
      this.report('unexpected-text', textNode ?? f.node, expected, undefined, s);
    }
  }

  endElement(_node: N): void {
    if (this.depth === 0) return;
    const f = this.frames[this.depth - 1]!;
    this.flushText(f, true);
    const d = this.d;
    const next = d.endTag(this.cur);
    this.cur = next.k !== 'notAllowed' ? next : this.incompleteContent(f);
    this.depth--;
  }

  /** Reports content that may not end yet; the state after the element closed anyway. */
  private incompleteContent(f: Frame<N>): Pat {
    const expected = this.expectedOf(this.cur);
    this.report('incomplete-content', f.node, expected);
    return this.d.endTagLenient(this.cur);
  }

  end(): readonly ValidationError<N>[] {
    while (this.depth > 0) this.endElement(this.frames[this.depth - 1]!.node);
    return this.errors;
  }

  expected(): Expected {
    const top = this.depth > 0 ? this.frames[this.depth - 1] : undefined;
    const content = this.expectedOf(this.cur);
    if (!top) return content;
    let attributes = attributeCache.get(top.attrState);
    if (!attributes) {
      const s = emptySets();
      collect(top.attrState, s, true, new Set(), this.g.elements);
      attributes = dedupe(s.attributes, qkey);
      this.d.size += 1 + attributes.length;
      attributeCache.set(top.attrState, attributes);
    }
    return { ...content, attributes };
  }
}

function describe(e: Expected): string {
  const parts: string[] = [];
  if (e.elements.length > 0) parts.push(`expected element ${e.elements.map(fmt).join(', ')}`);
  if (e.values.length > 0) parts.push(`expected value ${e.values.map((v) => JSON.stringify(v)).join(', ')}`);
  else if (e.datatypes.length > 0) parts.push(`expected ${e.datatypes.map((d) => d.type).join(', ')}`);
  return parts.length > 0 ? `: ${parts.join('; ')}` : '';
}
