/**
 * Compiles a RelaxNG grammar (XML syntax) to the simplified form of spec section 4: one start
 * pattern and a table of element definitions, every other `define`/`ref` inlined. Steps:
 *  1. translate each file's RNG elements to an intermediate tree (`Node`), resolving include
 *     (with overriding), externalRef, nested grammars / parentRef, div, combine, the name
 *     attributes and ns inheritance, and the mixed/optional/zeroOrMore rewrites;
 *  2. intern the tree into patterns (pattern.ts), which applies the notAllowed/empty rules;
 *  3. check the section 7 restrictions (restrictions.ts).
 * Problems are collected (not thrown) so one compile reports as many as it can.
 */
import { type GrammarProblem, type ResourceLoader } from './api.js';
import { DatatypeError, type Datatype, type DatatypeParam, isNCName, makeDatatype } from './datatypes.js';
import { type NameClass, NameClassTable } from './nameclass.js';
import { type ElementDef, type Pat, PatternTable } from './pattern.js';
import { GrammarSyntaxError, parseGrammarXml, resolveUrl, type RngEl } from './syntax.js';
import { checkRestrictions } from './restrictions.js';
import { xsdPatternTooCostly } from './xsd-regex.js';
import { MAX_EXPANDED_PATTERNS, MAX_FILE_DEPTH, MAX_PATTERN_DEPTH, nestingDepth } from './expansion-limit.js';

type Node =
  | { t: 'empty' | 'notAllowed' | 'text' }
  | { t: 'choice' | 'group' | 'interleave'; ps: Node[] }
  | { t: 'oneOrMore' | 'list'; p: Node }
  | { t: 'attribute' | 'element'; nc: NameClass; p: Node }
  | { t: 'ref'; slot: Slot }
  | { t: 'data'; dt: Datatype; except: Node | null }
  | { t: 'value'; dt: Datatype; value: string; key: string };

interface Slot {
  readonly name: string;
  readonly scope: Scope;
  readonly bodies: { combine: string | undefined; node: Node; el: RngEl }[];
  refs: RngEl[];
  state: 'new' | 'busy' | 'done';
  pat: Pat | null;
}

class Scope {
  readonly defines = new Map<string, Slot>();
  readonly start: Slot;
  constructor(
    readonly parent: Scope | null,
    readonly el: RngEl,
  ) {
    this.start = { name: '#start', scope: this, bodies: [], refs: [], state: 'new', pat: null };
  }
  slot(name: string): Slot {
    let s = this.defines.get(name);
    if (!s) {
      s = { name, scope: this, bodies: [], refs: [], state: 'new', pat: null };
      this.defines.set(name, s);
    }
    return s;
  }
}

export interface SimplifiedGrammar {
  readonly patterns: PatternTable;
  readonly nameClasses: NameClassTable;
  readonly elements: ElementDef[];
  readonly start: Pat;
}

const NOT_ALLOWED: Node = { t: 'notAllowed' };
const EMPTY: Node = { t: 'empty' };
const TEXT: Node = { t: 'text' };
const XMLNS_URI = 'http://www.w3.org/2000/xmlns';

export { MAX_EXPANDED_PATTERNS, MAX_FILE_DEPTH, MAX_PATTERN_DEPTH };

/**
 * How deep a grammar may nest what the compiler and the validator walk recursively (a foreign grammar,
 * `--schemas DIR`, is compiled at run time; past these the stack ran out: "internal error while
 * compiling: Maximum call stack size exceeded", or "virtlint could not check this file"):
 * - patterns (MAX_PATTERN_DEPTH, expansion-limit.ts), counting each ref followed while they are interned (a define that is a ref to the next,
 *   10,000 long) and each item of a sequence (a group of n items is a pattern n deep): libvirt's and
 *   the bundled grammars nest 27 deep at most, a group of 3,000 items overflowed while validating;
 * - name classes (a choice of n names is n deep): libvirt's are one deep;
 * - files, by include and externalRef: MAX_FILE_DEPTH (100, expansion-limit.ts).
 * The XML of one grammar file is nested at most GRAMMAR_PARSE_LIMITS.maxDepth (512) deep (syntax.ts);
 * a pattern facet's brackets at most MAX_XSD_REGEX_DEPTH (200, xsd-regex.ts).
 */
export const MAX_NAME_CLASS_DEPTH = 1_000;

/** Thrown from deep in step 2 when patterns nest past MAX_PATTERN_DEPTH; `el` is the define (or start) last followed. */
class DepthLimitError extends Error {
  constructor(readonly el: RngEl | undefined) {
    super(`patterns are nested more than ${MAX_PATTERN_DEPTH.toLocaleString('en-US')} deep, counting each ref followed${el ? ` (the last: ${el.local === 'define' ? `define ${el.attrs.get('name')?.trim()}` : el.local})` : ''}`);
  }
}

/** Thrown from deep in step 1 when the grammar expands past MAX_EXPANDED_PATTERNS; `el` is where. */
class ExpansionLimitError extends Error {
  constructor(readonly el: RngEl) {
    super(`the grammar expands to more than ${MAX_EXPANDED_PATTERNS.toLocaleString('en-US')} patterns (files included or referenced by externalRef many times over)`);
  }
}

interface Overrides {
  start: boolean;
  defines: Set<string>;
}

class Compiler {
  readonly problems: GrammarProblem[] = [];
  private readonly nct = new NameClassTable();
  private readonly pt = new PatternTable();
  private readonly elements: ElementDef[] = [];
  private readonly scopes: Scope[] = [];
  private readonly loading: string[] = [];
  private readonly trees = new Map<string, RngEl>();
  private readonly elemIndex = new Map<Node, number>();
  private readonly queue: [{ p: Node }, number][] = [];
  /** Pattern facets already judged by xsdPatternTooCostly. */
  private readonly patternVerdicts = new Map<string, string | undefined>();
  /** Patterns translated in step 1 so far, copies included (MAX_EXPANDED_PATTERNS). */
  private expanded = 0;
  /** Nesting of `simp` (MAX_PATTERN_DEPTH) and the define or start it last entered by a ref. */
  private simpDepth = 0;
  private lastRefEl: RngEl | undefined;
  /** Depths of the name classes made (MAX_NAME_CLASS_DEPTH); a name is one deep. */
  private readonly ncDepths = new Map<NameClass, number>();

  constructor(private readonly loader: ResourceLoader) {}

  private problem(message: string, el?: RngEl): void {
    const where = el ? ` (line ${el.line})` : '';
    this.problems.push(el ? { message: message + where, url: el.url } : { message });
  }

  private load(url: string, from: RngEl | undefined): RngEl | null {
    const cached = this.trees.get(url);
    if (cached) return cached;
    let text: string;
    try {
      text = this.loader.read(url);
    } catch (e) {
      this.problem(`cannot read ${url}: ${(e as Error).message}`, from);
      return null;
    }
    try {
      const tree = parseGrammarXml(text, url);
      this.trees.set(url, tree);
      return tree;
    } catch (e) {
      if (e instanceof GrammarSyntaxError) this.problems.push({ message: e.message, url: e.url });
      else this.problems.push({ message: `cannot parse ${url}: ${(e as Error).message}`, url });
      return null;
    }
  }

  /** Loads an href'd file, refusing fragments and reference loops. */
  private loadHref(el: RngEl): { root: RngEl; url: string } | null {
    const href = el.attrs.get('href');
    if (href === undefined) {
      this.problem(`${el.local} needs an href attribute`, el);
      return null;
    }
    if (href.includes('#')) {
      this.problem(`href ${JSON.stringify(href)} must not have a fragment identifier`, el);
      return null;
    }
    const url = this.loader.resolve(el.base, href.trim());
    if (this.loading.includes(url)) {
      this.problem(`${url} refers to itself (loop of include/externalRef)`, el);
      return null;
    }
    if (this.loading.length >= MAX_FILE_DEPTH) {
      this.problem(`files are nested more than ${MAX_FILE_DEPTH} deep by include and externalRef (${url} would be file ${this.loading.length + 1})`, el);
      return null;
    }
    const root = this.load(url, el);
    return root ? { root, url } : null;
  }

  compile(entryUrl: string): SimplifiedGrammar | null {
    const root = this.load(entryUrl, undefined);
    if (!root) return null;
    this.loading.push(entryUrl);
    const top = this.pattern(root, null, '');
    this.loading.pop();
    if (this.problems.length > 0) return null;
    this.resolveSlots();
    if (this.problems.length > 0) return null;
    const start = this.simp(top);
    for (let i = 0; i < this.queue.length; i++) {
      const [node, idx] = this.queue[i]!;
      this.lastRefEl = undefined;
      this.elements[idx]!.content = this.simp(node.p);
    }
    if (this.problems.length > 0) return null;
    this.checkPatternDepth(start);
    if (this.problems.length > 0) return null;
    for (const message of checkRestrictions(start, this.elements)) this.problems.push({ message });
    if (this.problems.length > 0) return null;
    return { patterns: this.pt, nameClasses: this.nct, elements: this.elements, start };
  }

  // ---- step 1: RNG elements → Node -------------------------------------------------------------

  private nsOf(el: RngEl, inherited: string): string {
    return el.attrs.get('ns') ?? inherited;
  }

  private group(els: RngEl[], scope: Scope | null, ns: string, parent: RngEl): Node {
    if (els.length === 0) {
      this.problem(`${parent.local} needs at least one pattern`, parent);
      return NOT_ALLOWED;
    }
    const ps = els.map((c) => this.pattern(c, scope, ns));
    return ps.length === 1 ? ps[0]! : { t: 'group', ps };
  }

  private noChildren(el: RngEl): void {
    if (el.children.length > 0) this.problem(`${el.local} cannot have child elements`, el);
  }

  private qname(raw: string, el: RngEl, defaultNs: string): { ns: string; local: string } | null {
    const name = raw.trim();
    const i = name.indexOf(':');
    const prefix = i < 0 ? '' : name.slice(0, i);
    const local = i < 0 ? name : name.slice(i + 1);
    if ((i >= 0 && !isNCName(prefix)) || !isNCName(local)) {
      this.problem(`${JSON.stringify(raw)} is not a valid QName`, el);
      return null;
    }
    if (i < 0) return { ns: defaultNs, local };
    if (prefix === 'xml') return { ns: 'http://www.w3.org/XML/1998/namespace', local };
    const uri = el.nsMap[prefix];
    if (uri === undefined) {
      this.problem(`undeclared namespace prefix ${prefix}`, el);
      return null;
    }
    return { ns: uri, local };
  }

  private pattern(el: RngEl, scope: Scope | null, inheritedNs: string): Node {
    if (++this.expanded > MAX_EXPANDED_PATTERNS) throw new ExpansionLimitError(el);
    const ns = this.nsOf(el, inheritedNs);
    const kids = el.children;
    switch (el.local) {
      case 'element':
      case 'attribute': {
        const isAttr = el.local === 'attribute';
        const nameAttr = el.attrs.get('name');
        let nc: NameClass | null;
        let content: RngEl[];
        if (nameAttr !== undefined) {
          const q = this.qname(nameAttr, el, isAttr ? (el.attrs.get('ns') ?? '') : ns);
          nc = q ? this.nct.name(q.ns, q.local) : null;
          content = kids;
        } else {
          if (kids.length === 0) {
            this.problem(`${el.local} needs a name`, el);
            return NOT_ALLOWED;
          }
          nc = this.nameClass(kids[0]!, ns, null);
          content = kids.slice(1);
        }
        if (!nc) return NOT_ALLOWED;
        if (isAttr) {
          this.checkAttributeName(nc, el);
          if (content.length > 1) this.problem('attribute can have only one pattern', el);
          return { t: 'attribute', nc, p: content.length === 0 ? TEXT : this.pattern(content[0]!, scope, ns) };
        }
        return { t: 'element', nc, p: this.group(content, scope, ns, el) };
      }
      case 'group':
      case 'interleave':
      case 'choice': {
        if (kids.length === 0) {
          this.problem(`${el.local} needs at least one pattern`, el);
          return NOT_ALLOWED;
        }
        const ps = kids.map((c) => this.pattern(c, scope, ns));
        return ps.length === 1 ? ps[0]! : { t: el.local, ps };
      }
      case 'optional':
        return { t: 'choice', ps: [this.group(kids, scope, ns, el), EMPTY] };
      case 'zeroOrMore':
        return { t: 'choice', ps: [{ t: 'oneOrMore', p: this.group(kids, scope, ns, el) }, EMPTY] };
      case 'oneOrMore':
      case 'list':
        return { t: el.local, p: this.group(kids, scope, ns, el) };
      case 'mixed':
        return { t: 'interleave', ps: [this.group(kids, scope, ns, el), TEXT] };
      case 'ref':
      case 'parentRef': {
        this.noChildren(el);
        const name = (el.attrs.get('name') ?? '').trim();
        if (!isNCName(name)) {
          this.problem(`${el.local} needs a valid name`, el);
          return NOT_ALLOWED;
        }
        const target = el.local === 'ref' ? scope : scope?.parent;
        if (!target) {
          this.problem(`${el.local} ${name} is not inside a ${el.local === 'ref' ? 'grammar' : 'nested grammar'}`, el);
          return NOT_ALLOWED;
        }
        const slot = target.slot(name);
        slot.refs.push(el);
        return { t: 'ref', slot };
      }
      case 'empty':
        this.noChildren(el);
        return EMPTY;
      case 'text':
        this.noChildren(el);
        return TEXT;
      case 'notAllowed':
        this.noChildren(el);
        return NOT_ALLOWED;
      case 'value':
        return this.value(el, ns);
      case 'data':
        return this.data(el, scope, ns);
      case 'externalRef': {
        this.noChildren(el);
        const loaded = this.loadHref(el);
        if (!loaded) return NOT_ALLOWED;
        this.loading.push(loaded.url);
        const node = this.pattern(loaded.root, scope, loaded.root.attrs.get('ns') ?? ns);
        this.loading.pop();
        return node;
      }
      case 'grammar': {
        const g = new Scope(scope, el);
        this.scopes.push(g);
        this.grammarContent(kids, g, ns, null, null);
        return { t: 'ref', slot: g.start };
      }
      default:
        this.problem(`${el.local} is not a pattern`, el);
        return NOT_ALLOWED;
    }
  }

  private checkAttributeName(nc: NameClass, el: RngEl): void {
    switch (nc.k) {
      case 'name':
        if (nc.ns === XMLNS_URI || (nc.ns === '' && nc.local === 'xmlns'))
          this.problem('an attribute cannot be named xmlns or be in the xmlns namespace', el);
        break;
      case 'nsName':
        if (nc.ns === XMLNS_URI) this.problem('an attribute cannot be in the xmlns namespace', el);
        if (nc.except) this.checkAttributeName(nc.except, el);
        break;
      case 'choice':
        this.checkAttributeName(nc.a, el);
        this.checkAttributeName(nc.b, el);
        break;
      case 'anyName':
        if (nc.except) this.checkAttributeName(nc.except, el);
        break;
    }
  }

  private value(el: RngEl, ns: string): Node {
    this.noChildren(el);
    const type = el.attrs.get('type');
    let dt: Datatype;
    try {
      dt = type === undefined ? makeDatatype('', 'token', []) : makeDatatype(el.dtLib, type.trim(), []);
    } catch (e) {
      if (!(e instanceof DatatypeError)) throw e;
      this.problem(e.message, el);
      return NOT_ALLOWED;
    }
    const key = dt.valueKey(el.text, (p) => (p === '' ? ns : p === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : el.nsMap[p]));
    if (key === null) {
      this.problem(`${JSON.stringify(el.text)} is not a valid value of datatype ${dt.type}`, el);
      return NOT_ALLOWED;
    }
    return { t: 'value', dt, value: el.text, key };
  }

  private data(el: RngEl, scope: Scope | null, ns: string): Node {
    const type = el.attrs.get('type');
    if (type === undefined) {
      this.problem('data needs a type attribute', el);
      return NOT_ALLOWED;
    }
    const params: DatatypeParam[] = [];
    let except: Node | null = null;
    el.children.forEach((c, i) => {
      if (c.local === 'param' && except === null) {
        this.noChildren(c);
        const name = (c.attrs.get('name') ?? '').trim();
        if (!isNCName(name)) this.problem('param needs a name', c);
        params.push({ name, value: c.text });
      } else if (c.local === 'except' && i === el.children.length - 1) {
        if (c.children.length === 0) this.problem('except needs at least one pattern', c);
        const ps = c.children.map((k) => this.pattern(k, scope, this.nsOf(c, ns)));
        except = ps.length === 1 ? ps[0]! : { t: 'choice', ps };
      } else {
        this.problem(`${c.local} is not allowed in data`, c);
      }
    });
    // Judged before the datatype is made, which then compiles each pattern from the same parse.
    for (const p of params) if (p.name === 'pattern') this.judgeFirst(p.value);
    let dt: Datatype;
    try {
      dt = makeDatatype(el.dtLib, type.trim(), params);
    } catch (e) {
      if (!(e instanceof DatatypeError)) throw e;
      this.problem(e.message, el);
      return NOT_ALLOWED;
    }
    for (const p of params) {
      const why = p.name === 'pattern' ? this.patternTooCostly(p.value) : undefined;
      if (why) {
        this.problem(why, el);
        return NOT_ALLOWED;
      }
    }
    return { t: 'data', dt, except };
  }

  /**
   * xsdPatternTooCostly before the pattern's datatype is made, if it can tell. A pattern it cannot
   * judge (a bad one, one nested too deep for the stack) is left to makeDatatype, which reports it,
   * and to patternTooCostly, which asks again: the outcome is as if it were judged only then.
   */
  private judgeFirst(pattern: string): void {
    if (this.patternVerdicts.has(pattern)) return;
    try {
      this.patternVerdicts.set(pattern, xsdPatternTooCostly(pattern));
    } catch {
      // Left to makeDatatype and patternTooCostly.
    }
  }

  /** xsdPatternTooCostly, once per pattern (the datatype accepted it: it parses). */
  private patternTooCostly(pattern: string): string | undefined {
    if (!this.patternVerdicts.has(pattern)) this.patternVerdicts.set(pattern, xsdPatternTooCostly(pattern));
    return this.patternVerdicts.get(pattern);
  }

  private nameClass(el: RngEl, inheritedNs: string, inExcept: 'anyName' | 'nsName' | null): NameClass | null {
    const ns = this.nsOf(el, inheritedNs);
    switch (el.local) {
      case 'name': {
        this.noChildren(el);
        const q = this.qname(el.text, el, ns);
        return q ? this.nct.name(q.ns, q.local) : null;
      }
      case 'anyName':
      case 'nsName': {
        if (el.local === 'anyName' && inExcept) {
          this.problem('anyName cannot occur in the except of anyName or nsName', el);
          return null;
        }
        if (el.local === 'nsName' && inExcept === 'nsName') {
          this.problem('nsName cannot occur in the except of nsName', el);
          return null;
        }
        let except: NameClass | null = null;
        if (el.children.length > 1 || (el.children.length === 1 && el.children[0]!.local !== 'except')) {
          this.problem(`${el.local} can only contain one except`, el);
          return null;
        }
        if (el.children.length === 1) {
          const ex = el.children[0]!;
          const exNs = this.nsOf(ex, ns);
          if (ex.children.length === 0) {
            this.problem('except needs at least one name class', ex);
            return null;
          }
          const ctx = el.local === 'anyName' ? 'anyName' : 'nsName';
          for (const c of ex.children) {
            const nc = this.nameClass(c, exNs, inExcept === 'anyName' ? 'anyName' : ctx);
            if (!nc) return null;
            except = except ? this.ncDeeper(this.nct.choice(except, nc), [except, nc], ex) : nc;
            if (!except) return null;
          }
        }
        const made = el.local === 'anyName' ? this.nct.anyName(except) : this.nct.nsName(ns, except);
        return except ? this.ncDeeper(made, [except], el) : made;
      }
      case 'choice': {
        if (el.children.length === 0) {
          this.problem('choice needs at least one name class', el);
          return null;
        }
        let nc: NameClass | null = null;
        for (const c of el.children) {
          const x = this.nameClass(c, ns, inExcept);
          if (!x) return null;
          nc = nc ? this.ncDeeper(this.nct.choice(nc, x), [nc, x], el) : x;
          if (!nc) return null;
        }
        return nc;
      }
      default:
        this.problem(`${el.local} is not a name class`, el);
        return null;
    }
  }

  /**
   * `nc`, made of `parts`, with its depth recorded; null (a problem at `el`) when it nests more than
   * MAX_NAME_CLASS_DEPTH deep: name classes are walked recursively (a choice of n names is n deep).
   */
  private ncDeeper(nc: NameClass, parts: readonly NameClass[], el: RngEl): NameClass | null {
    let d = 0;
    for (const p of parts) d = Math.max(d, this.ncDepths.get(p) ?? 1);
    if (++d > MAX_NAME_CLASS_DEPTH) {
      this.problem(`name classes are nested more than ${MAX_NAME_CLASS_DEPTH.toLocaleString('en-US')} deep (a choice of n names nests them n deep)`, el);
      return null;
    }
    this.ncDepths.set(nc, d);
    return nc;
  }

  /** The start/define components directly in `els` (through divs): what an include overrides. */
  private components(els: RngEl[], out: Overrides): void {
    for (const el of els) {
      if (el.local === 'start') out.start = true;
      else if (el.local === 'define') out.defines.add((el.attrs.get('name') ?? '').trim());
      else if (el.local === 'div') this.components(el.children, out);
    }
  }

  private grammarContent(els: RngEl[], scope: Scope, ns: string, skip: Overrides | null, found: Overrides | null): void {
    for (const el of els) {
      const elNs = this.nsOf(el, ns);
      switch (el.local) {
        case 'start': {
          if (skip?.start) {
            found!.start = true;
            continue;
          }
          if (el.children.length !== 1) this.problem('start must contain exactly one pattern', el);
          const node = el.children.length === 0 ? NOT_ALLOWED : this.pattern(el.children[0]!, scope, elNs);
          scope.start.bodies.push({ combine: el.attrs.get('combine')?.trim(), node, el });
          break;
        }
        case 'define': {
          const name = (el.attrs.get('name') ?? '').trim();
          if (!isNCName(name)) {
            this.problem('define needs a valid name', el);
            continue;
          }
          if (skip?.defines.has(name)) {
            found!.defines.add(name);
            continue;
          }
          const node = this.group(el.children, scope, elNs, el);
          scope.slot(name).bodies.push({ combine: el.attrs.get('combine')?.trim(), node, el });
          break;
        }
        case 'div':
          this.grammarContent(el.children, scope, elNs, skip, found);
          break;
        case 'include': {
          const own: Overrides = { start: false, defines: new Set() };
          this.components(el.children, own);
          const loaded = this.loadHref(el);
          if (loaded) {
            if (loaded.root.local !== 'grammar') {
              this.problem(`${loaded.url} is included but its root is not a grammar`, el);
            } else {
              const inner: Overrides = {
                start: own.start || (skip?.start ?? false),
                defines: new Set([...own.defines, ...(skip?.defines ?? [])]),
              };
              const innerFound: Overrides = { start: false, defines: new Set() };
              this.loading.push(loaded.url);
              this.grammarContent(loaded.root.children, scope, loaded.root.attrs.get('ns') ?? elNs, inner, innerFound);
              this.loading.pop();
              if (own.start && !innerFound.start) this.problem(`${loaded.url} has no start for the include to override`, el);
              for (const d of own.defines)
                if (!innerFound.defines.has(d)) this.problem(`${loaded.url} has no define ${d} for the include to override`, el);
              if (found) {
                if (innerFound.start && skip?.start) found.start = true;
                for (const d of innerFound.defines) if (skip?.defines.has(d)) found.defines.add(d);
              }
            }
          }
          for (const c of el.children) {
            if (c.local === 'include') this.problem('include cannot contain include', c);
          }
          this.grammarContent(
            el.children.filter((c) => c.local !== 'include'),
            scope,
            elNs,
            skip,
            found,
          );
          break;
        }
        default:
          this.problem(`${el.local} is not allowed in a grammar`, el);
      }
    }
  }

  private resolveSlots(): void {
    for (const scope of this.scopes) {
      const slots = [scope.start, ...scope.defines.values()];
      for (const slot of slots) {
        if (slot.bodies.length === 0) {
          if (slot === scope.start) this.problem('grammar has no start', scope.el);
          else for (const r of slot.refs.slice(0, 1)) this.problem(`reference to undefined pattern ${slot.name}`, r);
          continue;
        }
        let combine: string | undefined;
        let plain = 0;
        for (const b of slot.bodies) {
          if (b.combine === undefined) plain++;
          else if (b.combine !== 'choice' && b.combine !== 'interleave') this.problem(`bad combine value ${b.combine}`, b.el);
          else if (combine !== undefined && combine !== b.combine)
            this.problem(`${slot.name === '#start' ? 'start' : `define ${slot.name}`} is combined with both choice and interleave`, b.el);
          else combine = b.combine;
        }
        if (plain > 1)
          this.problem(`${slot.name === '#start' ? 'start' : `define ${slot.name}`} is defined more than once without combine`, slot.bodies[1]!.el);
      }
    }
  }

  private slotBody(slot: Slot): Node {
    if (slot.bodies.length === 1) return slot.bodies[0]!.node;
    const combine = slot.bodies.find((b) => b.combine !== undefined)?.combine === 'interleave' ? 'interleave' : 'choice';
    return { t: combine, ps: slot.bodies.map((b) => b.node) };
  }

  /**
   * Refuses a start or element content whose interned patterns nest more than MAX_PATTERN_DEPTH deep
   * (a group of n items is n deep: the smart constructors nest sequences to the left), before anything
   * walks them recursively. Without recursion; an element is a leaf (its content is counted apart).
   */
  private checkPatternDepth(start: Pat): void {
    const depths = new Map<Pat, number>();
    const children = (p: Pat): readonly Pat[] => (p.k === 'element' ? [] : p.alts ? p.alts : [p.a, p.b].filter((x): x is Pat => x !== null));
    const depthOf = (root: Pat): number => nestingDepth(root, children, depths, MAX_PATTERN_DEPTH).depth;
    const tooDeep = (d: number, where: string): void => {
      if (d > MAX_PATTERN_DEPTH) this.problem(`${where} is nested ${d.toLocaleString('en-US')} patterns deep, more than the ${MAX_PATTERN_DEPTH.toLocaleString('en-US')} allowed (a group, sequence or define of n patterns nests them n deep)`);
    };
    tooDeep(depthOf(start), 'start');
    for (const e of this.elements) {
      if (this.problems.length > 0) return;
      tooDeep(depthOf(e.content), `the content of element ${e.nc.k === 'name' ? e.nc.local : '(a name class)'}`);
    }
  }

  // ---- step 2: Node → interned patterns ----------------------------------------------------------

  private simp(node: Node): Pat {
    if (++this.simpDepth > MAX_PATTERN_DEPTH) throw new DepthLimitError(this.lastRefEl);
    try {
      return this.simpNode(node);
    } finally {
      this.simpDepth--;
    }
  }

  private simpNode(node: Node): Pat {
    const pt = this.pt;
    switch (node.t) {
      case 'empty':
        return pt.empty;
      case 'notAllowed':
        return pt.notAllowed;
      case 'text':
        return pt.text;
      case 'choice': {
        // At once: one union per alternative interned every intermediate choice (n²/2 items; a choice
        // of 20,000 values took 15 s and 2.1 GB). The same alternatives, in the same order of ids.
        const alts: Pat[] = [];
        for (const x of node.ps) alts.push(this.simp(x));
        return pt.choiceAll(alts);
      }
      case 'group': {
        let p = this.simp(node.ps[0]!);
        for (let i = 1; i < node.ps.length; i++) p = pt.group(p, this.simp(node.ps[i]!));
        return p;
      }
      case 'interleave': {
        // At once, as a choice: the same flat interleave without every intermediate one interned.
        const items: Pat[] = [];
        for (const x of node.ps) items.push(this.simp(x));
        return pt.interleaveOf(items);
      }
      case 'oneOrMore':
        return pt.oneOrMore(this.simp(node.p));
      case 'list':
        return pt.list(this.simp(node.p));
      case 'attribute':
        return pt.attribute(node.nc, this.simp(node.p));
      case 'element': {
        let idx = this.elemIndex.get(node);
        if (idx === undefined) {
          idx = this.elements.length;
          this.elements.push({ nc: node.nc, content: pt.notAllowed });
          this.elemIndex.set(node, idx);
          this.queue.push([node, idx]);
        }
        return pt.element(node.nc, idx);
      }
      case 'ref': {
        const slot = node.slot;
        if (slot.state === 'done') return slot.pat!;
        if (slot.state === 'busy') {
          this.problem(`${slot.name === '#start' ? 'start' : slot.name} refers to itself without an element in between`, slot.bodies[0]?.el);
          return pt.notAllowed;
        }
        slot.state = 'busy';
        this.lastRefEl = slot.bodies[0]!.el;
        slot.pat = this.simp(this.slotBody(slot));
        slot.state = 'done';
        return slot.pat;
      }
      case 'data':
        return pt.data(node.dt, node.except ? this.simp(node.except) : null, node.dt.key);
      case 'value':
        return pt.valuePat(node.dt, node.value, node.key, node.dt.key);
    }
  }
}

/** Compiles the grammar at `entryUrl`: the simplified grammar, or the problems found. */
export function simplifyGrammar(
  entryUrl: string,
  loader: ResourceLoader,
): { ok: true; grammar: SimplifiedGrammar } | { ok: false; problems: GrammarProblem[] } {
  const c = new Compiler(loader);
  let g: SimplifiedGrammar | null = null;
  try {
    g = c.compile(entryUrl);
  } catch (e) {
    if (e instanceof GrammarSyntaxError) c.problems.push({ message: e.message, url: e.url });
    else if (e instanceof ExpansionLimitError) c.problems.push({ message: `${e.message} (line ${e.el.line})`, url: e.el.url });
    else if (e instanceof DepthLimitError) c.problems.push(e.el ? { message: `${e.message} (line ${e.el.line})`, url: e.el.url } : { message: e.message });
    else throw e;
  }
  if (!g || c.problems.length > 0) return { ok: false, problems: c.problems.length > 0 ? c.problems : [{ message: 'grammar could not be compiled' }] };
  return { ok: true, grammar: g };
}

export { resolveUrl };
