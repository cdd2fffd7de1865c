/**
 * The compiled grammar: the simplified patterns plus the per-grammar runtime caches the validator
 * shares between documents (name ids, derivative memos on the patterns, recovery patterns), and the
 * compact JSON form that lets a bundled grammar be compiled at build time and loaded quickly.
 */
import { type CompiledGrammar, type QName } from './api.js';
import { makeDatatype, type Datatype } from './datatypes.js';
import { Deriver } from './derive.js';
import { ownCopy } from '../own-copy.js';
import { type NameClass, NameClassTable } from './nameclass.js';
import { type ElementDef, type Pat, PatternTable } from './pattern.js';
import { type SimplifiedGrammar } from './simplify.js';
import { rememberXsdTranslation, translateXsdRegex } from './xsd-regex.js';

const FORMAT = 'virtlint-relaxng/2';

/** Slots of the plain-name cache (see GrammarImpl.recentNames): 2 ** RECENT_NAME_BITS. */
const RECENT_NAME_BITS = 12;
const RECENT_NAMES = 1 << RECENT_NAME_BITS;

/**
 * The cache slot of a name, from its first, middle and last characters and its length (hashed:
 * libvirt's 530 names met 0.7% misses in 4,096 slots after the first documents, 10% with a sum in 1,024).
 */
function nameSlot(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  return Math.imul((s.charCodeAt(0) << 16) ^ (s.charCodeAt(n >> 1) << 8) ^ s.charCodeAt(n - 1) ^ (n << 24), 0x9e3779b1) >>> (32 - RECENT_NAME_BITS);
}

/** A name in no namespace made by a grammar, with its id there. */
export interface PlainName extends QName {
  readonly qid: number;
  readonly grammar: GrammarImpl;
}

/** Interned document names get small integer ids (the keys of the startTagOpen memo). */
export class GrammarImpl implements CompiledGrammar {
  readonly deriver: Deriver;
  private readonly names = new Map<string, Map<string, number>>();
  private nameCount = 0;
  /** The names numbered, weighed as memo texts (one unit, and one per 32 characters): a part of memoSize. */
  private nameUnits = 0;
  private readonly recovery = new Map<number, Pat>();
  private anyContent: Pat | null = null;

  constructor(
    readonly patterns: PatternTable,
    readonly nameClasses: NameClassTable,
    readonly elements: ElementDef[],
    readonly start: Pat,
  ) {
    this.deriver = new Deriver(patterns, elements);
  }

  /** Names in no namespace (nearly all of them), without the outer lookup, as names that carry their id. */
  private readonly plainNames = new Map<string, PlainName>();
  /**
   * A direct-mapped cache in front of `plainNames`, by length and first and last characters: a hit
   * is a comparison of two short strings (often the same string, which the scanner shares between
   * documents) instead of hashing the name and probing the map, for every element and attribute.
   */
  private readonly recentNames: (PlainName | undefined)[] = new Array<PlainName | undefined>(RECENT_NAMES).fill(undefined);

  /** The name `local` in no namespace, with its id (one object per name and grammar). */
  plainName(local: string): PlainName {
    const slot = nameSlot(local);
    const recent = this.recentNames[slot];
    if (recent !== undefined && recent.local === local) return recent;
    let q = this.plainNames.get(local);
    if (q === undefined) {
      // The id and grammar are not enumerable: the name still reads (and compares, and prints) as a plain QName.
      const own = ownCopy(local);
      this.nameUnits += 1 + (own.length >> 5);
      q = Object.defineProperties({ ns: '', local: own }, { qid: { value: this.nameCount++ }, grammar: { value: this } }) as PlainName;
      this.plainNames.set(own, q);
    }
    this.recentNames[slot] = q;
    return q;
  }

  get memoSize(): number {
    return this.patterns.size + this.nameUnits + this.deriver.size;
  }

  /** The id of a name: read from a name this grammar made (`plainName`), else looked up. */
  idOf(name: QName): number {
    const q = name as Partial<PlainName>;
    return q.grammar === this ? q.qid! : this.nameId(name.ns, name.local);
  }

  nameId(ns: string, local: string): number {
    if (ns === '') return this.plainName(local).qid;
    let byLocal = this.names.get(ns);
    if (!byLocal) {
      byLocal = new Map();
      this.names.set(ns, byLocal);
    }
    let id = byLocal.get(local);
    if (id === undefined) {
      id = this.nameCount++;
      this.nameUnits += 1 + (local.length >> 5);
      byLocal.set(ownCopy(local), id);
    }
    return id;
  }

  /**
   * What to validate the content of an unexpected element against (jing's recovery): the content
   * of every element definition with that name, or anything at all when the name is unknown.
   */
  recoveryContent(qid: number, ns: string, local: string): Pat {
    let p = this.recovery.get(qid);
    if (!p) {
      const pt = this.patterns;
      // Only the grammar's own definitions: not the permissive one `any()` may have appended.
      const own = this.anyContent ? this.elements.slice(0, -1) : this.elements;
      // Named explicitly, as jing does: a wildcard element (say, open metadata content) would make
      // the recovery accept anything and hide the subtree's errors.
      const matches = own.filter((e) => namesExplicitly(e.nc, ns, local)).map((e) => e.content);
      p = matches.length > 0 ? pt.choiceAll(matches) : this.any();
      this.recovery.set(qid, p);
    }
    return p;
  }

  /** Permissive content: any attributes, text and elements (elements again with permissive content). */
  private any(): Pat {
    if (!this.anyContent) {
      const pt = this.patterns;
      const nc = this.nameClasses.anyName(null);
      const idx = this.elements.length;
      this.elements.push({ nc, content: pt.notAllowed });
      const items = pt.choiceAll([pt.attribute(nc, pt.text), pt.element(nc, idx), pt.text]);
      this.anyContent = pt.choice(pt.oneOrMore(items), pt.empty);
      this.elements[idx]!.content = this.anyContent;
    }
    return this.anyContent;
  }

  toJSON(): unknown {
    const ncs: unknown[] = [];
    const ncIdx = new Map<NameClass, number>();
    const encNc = (nc: NameClass): number => {
      let i = ncIdx.get(nc);
      if (i !== undefined) return i;
      let e: unknown[];
      switch (nc.k) {
        case 'name':
          e = [0, nc.ns, nc.local];
          break;
        case 'anyName':
          e = [1, nc.except ? encNc(nc.except) : -1];
          break;
        case 'nsName':
          e = [2, nc.ns, nc.except ? encNc(nc.except) : -1];
          break;
        case 'choice':
          e = [3, encNc(nc.a), encNc(nc.b)];
          break;
      }
      i = ncs.length;
      ncs.push(e);
      ncIdx.set(nc, i);
      return i;
    };
    const dts: unknown[] = [];
    const dtIdx = new Map<Datatype, number>();
    const encDt = (dt: Datatype): number => {
      let i = dtIdx.get(dt);
      if (i === undefined) {
        i = dts.length;
        // Pattern facets travel with their JS translation, so loading does not translate them again.
        const regexes = dt.params.filter((p) => p.name === 'pattern').map((p) => [p.value, translateXsdRegex(p.value)]);
        dts.push([dt.library, dt.type, dt.params.map((p) => [p.name, p.value]), ...(regexes.length > 0 ? [regexes] : [])]);
        dtIdx.set(dt, i);
      }
      return i;
    };
    const pats: unknown[] = [];
    const patIdx = new Map<Pat, number>();
    const encPat = (p: Pat): number => {
      let i = patIdx.get(p);
      if (i !== undefined) return i;
      let e: unknown[];
      switch (p.k) {
        case 'empty':
          e = [0];
          break;
        case 'notAllowed':
          e = [1];
          break;
        case 'text':
          e = [2];
          break;
        // Alternatives and items in the order of their entries: loading creates patterns in entry
        // order, so the loaded ones are already sorted by id and need no sorting (choiceSorted).
        case 'choice':
          e = [3, ...p.alts!.map(encPat).sort((x, y) => x - y)];
          break;
        case 'group':
          e = [4, encPat(p.a!), encPat(p.b!)];
          break;
        case 'interleave':
          e = [5, ...p.alts!.map(encPat).sort((x, y) => x - y)];
          break;
        case 'oneOrMore':
          e = [6, encPat(p.a!)];
          break;
        case 'list':
          e = [7, encPat(p.a!)];
          break;
        case 'data':
          e = [8, encDt(p.dt!), p.a ? encPat(p.a) : -1];
          break;
        case 'value':
          e = [9, encDt(p.dt!), p.value, p.valueKey];
          break;
        case 'attribute':
          e = [10, encNc(p.nc!), encPat(p.a!)];
          break;
        case 'element':
          e = [11, encNc(p.nc!), p.elem];
          break;
        case 'after':
          throw new Error('after patterns are not part of a grammar');
      }
      i = pats.length;
      pats.push(e);
      patIdx.set(p, i);
      return i;
    };
    const grammarElements = this.anyContent ? this.elements.slice(0, -1) : this.elements;
    const elems = grammarElements.map((e) => [encNc(e.nc), encPat(e.content)]);
    const start = encPat(this.start);
    return { format: FORMAT, nameClasses: ncs, datatypes: dts, patterns: pats, elements: elems, start };
  }
}

export function grammarFromSimplified(g: SimplifiedGrammar): GrammarImpl {
  return new GrammarImpl(g.patterns, g.nameClasses, g.elements, g.start);
}

/** True when `nc` contains the name through a `name` (not through anyName/nsName). */
function namesExplicitly(nc: NameClass, ns: string, local: string): boolean {
  if (nc.k === 'name') return nc.ns === ns && nc.local === local;
  if (nc.k === 'choice') return namesExplicitly(nc.a, ns, local) || namesExplicitly(nc.b, ns, local);
  return false;
}

function bad(what: string): never {
  throw new Error(`malformed compiled grammar: ${what}`);
}

/** Rebuilds a grammar from `toJSON()` output. Throws on malformed input. */
export function grammarFromJSON(json: unknown): GrammarImpl {
  if (typeof json !== 'object' || json === null) bad('not an object');
  const j = json as Record<string, unknown>;
  if (j.format !== FORMAT) bad(`format is not ${FORMAT}`);
  const arr = (x: unknown, what: string): unknown[][] => {
    if (!Array.isArray(x) || !x.every(Array.isArray)) bad(what);
    return x as unknown[][];
  };
  const num = (x: unknown, max: number): number => {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < -1 || x >= max) bad(`index ${String(x)}`);
    return x;
  };
  const str = (x: unknown): string => (typeof x === 'string' ? x : bad('expected a string'));
  const nct = new NameClassTable();
  const ncs: NameClass[] = [];
  for (const e of arr(j.nameClasses, 'nameClasses')) {
    const ex = (i: unknown) => (num(i, ncs.length) < 0 ? null : ncs[i as number]!);
    switch (e[0]) {
      case 0:
        ncs.push(nct.name(str(e[1]), str(e[2])));
        break;
      case 1:
        ncs.push(nct.anyName(ex(e[1])));
        break;
      case 2:
        ncs.push(nct.nsName(str(e[1]), ex(e[2])));
        break;
      case 3:
        ncs.push(nct.choice(ncs[num(e[1], ncs.length)]!, ncs[num(e[2], ncs.length)]!));
        break;
      default:
        bad('name class kind');
    }
  }
  const dts: Datatype[] = arr(j.datatypes, 'datatypes').map((e) => {
    if (e[3] !== undefined) for (const [pattern, body] of arr(e[3], 'regexes')) rememberXsdTranslation(str(pattern), str(body));
    return makeDatatype(
      str(e[0]),
      str(e[1]),
      arr(e[2], 'params').map((p) => ({ name: str(p[0]), value: str(p[1]) })),
      true,
    );
  });
  const elemsJson = arr(j.elements, 'elements');
  const pt = new PatternTable();
  const pats: Pat[] = [];
  const P = (i: unknown): Pat => {
    if (num(i, pats.length) < 0) bad('pattern index');
    return pats[i as number]!;
  };
  for (const e of arr(j.patterns, 'patterns')) {
    let p: Pat;
    switch (e[0]) {
      case 0:
        p = pt.empty;
        break;
      case 1:
        p = pt.notAllowed;
        break;
      case 2:
        p = pt.text;
        break;
      case 3:
        p = pt.choiceSorted(e.slice(1).map(P));
        break;
      case 4:
        p = pt.group(P(e[1]), P(e[2]));
        break;
      case 5:
        p = pt.interleaveOf(e.slice(1).map(P));
        break;
      case 6:
        p = pt.oneOrMore(P(e[1]));
        break;
      case 7:
        p = pt.list(P(e[1]));
        break;
      case 8: {
        const dt = dts[num(e[1], dts.length)] ?? bad('datatype index');
        p = pt.data(dt, num(e[2], pats.length) < 0 ? null : P(e[2]), dt.key);
        break;
      }
      case 9: {
        const dt = dts[num(e[1], dts.length)] ?? bad('datatype index');
        p = pt.valuePat(dt, str(e[2]), str(e[3]), dt.key);
        break;
      }
      case 10:
        p = pt.attribute(ncs[num(e[1], ncs.length)] ?? bad('name class index'), P(e[2]));
        break;
      case 11:
        p = pt.element(ncs[num(e[1], ncs.length)] ?? bad('name class index'), num(e[2], elemsJson.length));
        break;
      default:
        bad('pattern kind');
    }
    pats.push(p);
  }
  const elements: ElementDef[] = elemsJson.map((e) => ({ nc: ncs[num(e[0], ncs.length)] ?? bad('name class index'), content: P(e[1]) }));
  return new GrammarImpl(pt, nct, elements, P(j.start));
}
