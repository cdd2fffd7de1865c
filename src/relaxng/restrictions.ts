/**
 * The restrictions of spec section 7, checked on the simplified grammar: forbidden paths (7.1),
 * string sequences / content types (7.2), duplicate attributes and unbounded attribute name
 * classes (7.3), and interleave overlap (7.4). Returns the problems as messages.
 */
import { type NameClass, ncInfinite, ncOverlap } from './nameclass.js';
import { type ElementDef, type Pat } from './pattern.js';

const IN_ATTR = 1;
const IN_ONE_OR_MORE = 2;
const IN_OOM_GROUP = 4;
const IN_LIST = 8;
const IN_EXCEPT = 16;
const IN_START = 32;

const EMPTY = 0;
const COMPLEX = 1;
const SIMPLE = 2;
type ContentType = 0 | 1 | 2 | null;

export function checkRestrictions(start: Pat, elements: readonly ElementDef[]): string[] {
  const problems = new Set<string>();
  const seen = new Set<string>();
  const elementNc = (p: Pat) => elements[p.elem]!.nc;
  const attributeNames = new Map<Pat, AttributeNames>();

  const path = (p: Pat, ctx: number): void => {
    const key = `${p.id}:${ctx}`;
    if (seen.has(key)) return;
    seen.add(key);
    const bad = (what: string) => problems.add(what);
    switch (p.k) {
      case 'attribute':
        if (ctx & IN_ATTR) bad('an attribute cannot contain another attribute');
        if (ctx & IN_OOM_GROUP) bad('an attribute cannot be in a group or interleave inside oneOrMore');
        if (ctx & IN_LIST) bad('an attribute cannot be in a list');
        if (ctx & IN_EXCEPT) bad('an attribute cannot be in a data except');
        if (ctx & IN_START) bad('start cannot contain an attribute');
        if (ncInfinite(p.nc!) && !(ctx & IN_ONE_OR_MORE)) bad('an attribute with anyName or nsName must be inside oneOrMore');
        path(p.a!, ctx | IN_ATTR);
        return;
      case 'element':
        if (ctx & IN_ATTR) bad('an attribute cannot contain an element');
        if (ctx & IN_LIST) bad('a list cannot contain an element');
        if (ctx & IN_EXCEPT) bad('a data except cannot contain an element');
        return;
      case 'list':
        if (ctx & IN_LIST) bad('a list cannot contain a list');
        if (ctx & IN_EXCEPT) bad('a data except cannot contain a list');
        if (ctx & IN_START) bad('start cannot contain a list');
        path(p.a!, ctx | IN_LIST);
        return;
      case 'text':
        if (ctx & IN_LIST) bad('a list cannot contain text');
        if (ctx & IN_EXCEPT) bad('a data except cannot contain text');
        if (ctx & IN_START) bad('start cannot contain text');
        return;
      case 'data':
        if (ctx & IN_START) bad('start cannot contain data');
        if (p.a) path(p.a, (ctx & ~IN_START) | IN_EXCEPT);
        return;
      case 'value':
        if (ctx & IN_START) bad('start cannot contain a value');
        return;
      case 'empty':
        if (ctx & IN_EXCEPT) bad('a data except cannot contain empty');
        if (ctx & IN_START) bad('start cannot contain empty');
        return;
      case 'group':
      case 'interleave': {
        if (ctx & IN_EXCEPT) bad(`a data except cannot contain ${p.k}`);
        if (ctx & IN_START) bad(`start cannot contain ${p.k}`);
        if (p.k === 'interleave' && ctx & IN_LIST) bad('a list cannot contain interleave');
        const inner = ctx & IN_ONE_OR_MORE ? ctx | IN_OOM_GROUP : ctx;
        for (const x of operands(p)) path(x, inner);
        checkGroupAttributes(p, attributeNames, problems);
        if (p.k === 'interleave') checkInterleave(p, elementNc, problems);
        return;
      }
      case 'oneOrMore':
        if (ctx & IN_EXCEPT) bad('a data except cannot contain oneOrMore');
        if (ctx & IN_START) bad('start cannot contain oneOrMore');
        path(p.a!, ctx | IN_ONE_OR_MORE);
        return;
      case 'choice':
        for (const a of p.alts!) path(a, ctx);
        return;
      case 'notAllowed':
      case 'after':
        return;
    }
  };

  const ctMemo = new Map<Pat, ContentType>();
  const groupable = (a: number, b: number) => a === EMPTY || b === EMPTY || (a === COMPLEX && b === COMPLEX);
  const contentType = (p: Pat): ContentType => {
    if (ctMemo.has(p)) return ctMemo.get(p)!;
    let ct: ContentType;
    switch (p.k) {
      case 'empty':
      case 'notAllowed':
        ct = EMPTY;
        break;
      case 'text':
      case 'element':
        ct = COMPLEX;
        break;
      case 'attribute':
        ct = contentType(p.a!) === null ? null : EMPTY;
        break;
      case 'data':
        ct = p.a && contentType(p.a) === null ? null : SIMPLE;
        break;
      case 'value':
      case 'list':
        ct = SIMPLE;
        break;
      case 'group':
      case 'interleave': {
        const ops = operands(p);
        let acc = contentType(ops[0]!);
        for (let i = 1; i < ops.length && acc !== null; i++) {
          const b = contentType(ops[i]!);
          acc = b !== null && groupable(acc, b) ? (Math.max(acc, b) as ContentType) : null;
        }
        ct = acc;
        break;
      }
      case 'oneOrMore': {
        const a = contentType(p.a!);
        ct = a !== null && groupable(a, a) ? a : null;
        break;
      }
      case 'choice': {
        let m = 0;
        for (const x of p.alts!) {
          const c = contentType(x);
          if (c === null) {
            m = -1;
            break;
          }
          m = Math.max(m, c);
        }
        ct = m < 0 ? null : (m as ContentType);
        break;
      }
      default:
        ct = EMPTY;
    }
    ctMemo.set(p, ct);
    return ct;
  };

  // Only elements reachable from start count (spec 4.19 removes the others, after 4.20 has
  // turned e.g. group(notAllowed, element) into notAllowed).
  const reachable = new Set<number>();
  const visited = new Set<Pat>();
  const todo: Pat[] = [start];
  while (todo.length > 0) {
    const p = todo.pop()!;
    if (visited.has(p)) continue;
    visited.add(p);
    if (p.k === 'element') {
      if (!reachable.has(p.elem)) {
        reachable.add(p.elem);
        todo.push(elements[p.elem]!.content);
      }
    } else {
      if (p.a) todo.push(p.a);
      if (p.b) todo.push(p.b);
      if (p.alts) todo.push(...p.alts);
    }
  }
  path(start, IN_START);
  elements.forEach((e, i) => {
    if (!reachable.has(i)) return;
    path(e.content, 0);
    if (contentType(e.content) === null) problems.add('an element content mixes data/values/lists with other content (string sequence restriction)');
  });
  return [...problems];
}

/**
 * Name classes of the attributes occurring in p (not inside elements). Patterns are shared (a define
 * referred to twice is one pattern), so each is walked once per question (`visited`): walked as a
 * tree, a chain of defines each referring to the next twice took 2^n steps (24.5 s and 2.1 GB at 22
 * defines of a foreign grammar).
 */
function attributeNcs(p: Pat, out: NameClass[], visited: Set<Pat>): void {
  if (visited.has(p)) return;
  visited.add(p);
  switch (p.k) {
    case 'attribute':
      out.push(p.nc!);
      return;
    case 'group':
    case 'interleave':
      for (const x of operands(p)) attributeNcs(x, out, visited);
      return;
    case 'oneOrMore':
      attributeNcs(p.a!, out, visited);
      return;
    case 'choice':
      for (const a of p.alts!) attributeNcs(a, out, visited);
      return;
    default:
      return;
  }
}

/** The operands of a group (binary) or an interleave (n-ary). */
function operands(p: Pat): readonly Pat[] {
  return p.k === 'interleave' ? p.alts! : [p.a!, p.b!];
}

/** The names of the attributes occurring in a pattern (see attributeNcs): its plain names by key, and its classes with anyName or nsName. */
interface AttributeNames {
  readonly names: ReadonlyMap<string, NameClass>;
  readonly wild: readonly NameClass[];
}

const nameKey = (n: NameClass): string => (n.k === 'name' ? `${n.ns}\u0000${n.local}` : '');

/** AttributeNames of `p`, memoised in `memo` for the whole check (a define shared by many groups is walked once). */
function attributeNamesOf(p: Pat, memo: Map<Pat, AttributeNames>): AttributeNames {
  let r = memo.get(p);
  if (r) return r;
  const ncs: NameClass[] = [];
  attributeNcs(p, ncs, new Set());
  const names = new Map<string, NameClass>();
  const wild: NameClass[] = [];
  for (const nc of ncs) {
    const plain = plainNames(nc);
    if (!plain) wild.push(nc);
    else for (const n of plain) if (!names.has(nameKey(n))) names.set(nameKey(n), n);
  }
  r = { names, wild };
  memo.set(p, r);
  return r;
}

/**
 * Whether attribute name classes of two operands of a group or interleave overlap. The operand with
 * the most names is looked up, not walked, and each operand's names are memoised: k groups, each of
 * an attribute of its own and a ref to one define of k attributes, cost k steps each with a walk
 * of the define per group and a table of its names (4.2 s of 5 s compiling such a grammar at k = 4,000).
 * A class with anyName or nsName is compared with every name and class of the other operands.
 */
function checkGroupAttributes(p: Pat, memo: Map<Pat, AttributeNames>, problems: Set<string>): void {
  if (groupAttributesOverlap(operands(p).map((x) => attributeNamesOf(x, memo)))) problems.add('duplicate attribute (attribute name classes overlap in a group or interleave)');
}

function groupAttributesOverlap(per: readonly AttributeNames[]): boolean {
  let most = 0;
  for (let i = 1; i < per.length; i++) if (per[i]!.names.size > per[most]!.names.size) most = i;
  const owners = new Set<string>();
  for (let i = 0; i < per.length; i++) {
    if (i === most) continue;
    // Within one operand each name is once: a name met before is another operand's.
    for (const key of per[i]!.names.keys()) {
      if (owners.has(key) || per[most]!.names.has(key)) return true;
      owners.add(key);
    }
  }
  for (let i = 0; i < per.length; i++) {
    for (const w of per[i]!.wild) {
      for (let j = 0; j < per.length; j++) {
        if (j === i) continue;
        for (const n of per[j]!.names.values()) if (ncOverlap(w, n)) return true;
        for (const x of per[j]!.wild) if (ncOverlap(w, x)) return true;
      }
    }
  }
  return false;
}

/** The names of a class made only of names and choices; undefined when it has anyName or nsName. */
function plainNames(nc: NameClass): NameClass[] | undefined {
  const out: NameClass[] = [];
  const todo = [nc];
  for (let x = todo.pop(); x; x = todo.pop()) {
    if (x.k === 'name') out.push(x);
    else if (x.k === 'choice') todo.push(x.b, x.a);
    else return undefined;
  }
  return out;
}

/**
 * The first operands `[i, j]` (i < j, least in that order) with overlapping name classes, one in
 * each (`per[i]`, `per[j]`), or undefined. Plain names are compared through a table of names, and
 * only classes with anyName or nsName one by one: comparing every pair took 75 s for an interleave
 * of 20,000 optional attributes (a foreign grammar). A choice of names overlaps a class when one of
 * its names does, so it is compared name by name.
 */
function firstOverlap(per: readonly (readonly NameClass[])[]): [number, number] | undefined {
  let best: [number, number] | undefined;
  const better = (i: number, j: number): void => {
    const [a, b] = i < j ? [i, j] : [j, i];
    if (!best || a < best[0] || (a === best[0] && b < best[1])) best = [a, b];
  };
  const owners = new Map<string, [number, number]>();
  const names: [number, NameClass][] = [];
  const wild: [number, NameClass][] = [];
  for (let i = 0; i < per.length; i++) {
    for (const nc of per[i]!) {
      const plain = plainNames(nc);
      if (!plain) {
        wild.push([i, nc]);
        continue;
      }
      for (const n of plain) {
        names.push([i, n]);
        const key = `${n.k === 'name' ? n.ns : ''}\u0000${n.k === 'name' ? n.local : ''}`;
        const o = owners.get(key);
        if (!o) owners.set(key, [i, -1]);
        else if (o[1] < 0 && o[0] !== i) o[1] = i;
      }
    }
  }
  for (const [a, b] of owners.values()) if (b >= 0) better(a, b);
  for (const [i, w] of wild) {
    for (const [j, x] of names) if (j !== i && ncOverlap(w, x)) better(i, j);
    for (const [j, x] of wild) if (j !== i && ncOverlap(w, x)) better(i, j);
  }
  return best;
}

/**
 * Whether text occurs in p, and the name classes of the elements occurring in it (into `ncs`), each
 * shared pattern walked once per question (`visited`, see attributeNcs): a pattern met again adds
 * nothing, its text having been counted where it was first met.
 */
function occurring(p: Pat, elementNc: (p: Pat) => NameClass, ncs: NameClass[], visited: Set<Pat>): boolean {
  if (visited.has(p)) return false;
  visited.add(p);
  switch (p.k) {
    case 'element':
      ncs.push(elementNc(p));
      return false;
    case 'text':
      return true;
    case 'group':
    case 'interleave': {
      let t = false;
      for (const x of operands(p)) t = occurring(x, elementNc, ncs, visited) || t;
      return t;
    }
    case 'oneOrMore':
      return occurring(p.a!, elementNc, ncs, visited);
    case 'choice': {
      let t = false;
      for (const a of p.alts!) t = occurring(a, elementNc, ncs, visited) || t;
      return t;
    }
    default:
      return false;
  }
}

function checkInterleave(p: Pat, elementNc: (p: Pat) => NameClass, problems: Set<string>): void {
  const per = p.alts!.map((x) => {
    const ncs: NameClass[] = [];
    return { text: occurring(x, elementNc, ncs, new Set()), ncs };
  });
  // The two problems in the order in which a walk over the pairs of operands meets them.
  const texts = per.flatMap((x, i) => (x.text ? [i] : []));
  const text: [number, number] | undefined = texts.length >= 2 ? [texts[0]!, texts[1]!] : undefined;
  const names = firstOverlap(per.map((x) => x.ncs));
  const textFirst = text && (!names || text[0] < names[0] || (text[0] === names[0] && text[1] <= names[1]));
  if (textFirst) problems.add('text occurs on both sides of an interleave');
  if (names) problems.add('the same element name occurs on both sides of an interleave');
  if (text && !textFirst) problems.add('text occurs on both sides of an interleave');
}
