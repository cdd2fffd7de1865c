import { MAX_GRAMMAR_FILE_BYTES, readBoundedRegularFile } from '../files.js';
import path from 'node:path';
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import type { Diagnostic } from '../types.js';
import { parseXml } from '../xml/parse.js';
import { isInside, isReallyInside } from '../path-inside.js';
import { MAX_EXPANDED_PATTERNS, MAX_FILE_DEPTH, MAX_PATTERN_DEPTH, nestingDepth } from '../relaxng/expansion-limit.js';
import { GRAMMAR_PARSE_LIMITS } from '../relaxng/syntax.js';
import type { XmlElement } from '../xml/tree.js';
import { EMPTY_SCOPE, NamespaceError, type NamespaceScope, type NamespacedStartTag, resolveStartTag, XML_NS } from '../xml/namespaces.js';
import type { Define, ElementPattern, Grammar, NameClass, Pattern, SourceRef } from './model.js';

const RNG_NS = 'http://relaxng.org/ns/structure/1.0';
const ANNOTATION_NS = 'http://relaxng.org/ns/compatibility/annotations/1.0';

/** A schema set that cannot be read as RelaxNG (missing file, undefined ref, include outside the set, …). */
export class GrammarLoadError extends Error {}

/** Patterns one grammar may expand to: the engine's bound (src/relaxng/expansion-limit.ts). */
export const MAX_GRAMMAR_PATTERNS = MAX_EXPANDED_PATTERNS;

/**
 * Each element's start tag resolved under Namespaces in XML (src/xml/namespaces.ts, strictly, as the
 * RelaxNG engine reads the same files: src/relaxng/syntax.ts), once per document as it is read.
 */
const resolvedTags = new WeakMap<XmlElement, NamespacedStartTag>();

/** Resolves every start tag of a grammar document; a namespace error is a GrammarLoadError at its element. */
function resolveNamespaces(file: string, root: XmlElement): void {
  const stack: [XmlElement, NamespaceScope][] = [[root, EMPTY_SCOPE]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [el, inherited] = top;
    let tag: NamespacedStartTag;
    try {
      tag = resolveStartTag(el, inherited);
    } catch (e) {
      if (e instanceof NamespaceError) throw new GrammarLoadError(`${file}:${el.nameRange.start.line}: ${e.message}`);
      throw e;
    }
    resolvedTags.set(el, tag);
    for (const c of el.children) stack.push([c, tag.scope]);
  }
}

const tagOf = (el: XmlElement): NamespacedStartTag => {
  const tag = resolvedTags.get(el);
  if (!tag) throw new Error(`<${el.name}> was not read by the grammar loader`);
  return tag;
};

/** The URI a prefix is bound to where `el` is ('' for the default namespace); undefined when unbound. */
const prefixUri = (el: XmlElement, prefix: string): string | undefined => (prefix === 'xml' ? XML_NS : tagOf(el).scope[prefix]);

function splitQName(q: string): [string, string] {
  const i = q.indexOf(':');
  return i < 0 ? ['', q] : [q.slice(0, i), q.slice(i + 1)];
}

function elementNs(el: XmlElement): string {
  return tagOf(el).uri;
}

function localOf(el: XmlElement): string {
  return tagOf(el).local;
}

/** The RelaxNG local name of an element of a .rng file, or undefined for foreign (annotation) elements. */
function rngName(el: XmlElement): string | undefined {
  return elementNs(el) === RNG_NS ? localOf(el) : undefined;
}

const rngChildren = (el: XmlElement): XmlElement[] => el.children.filter((c) => rngName(c) !== undefined);
const attrOf = (el: XmlElement, name: string): string | undefined => el.attributes.find((a) => a.name === name)?.value;
const trimWs = (s: string): string => s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');

function documentationOf(el: XmlElement): string | undefined {
  const texts = el.children
    .filter((c) => localOf(c) === 'documentation' && elementNs(c) === ANNOTATION_NS)
    .map((c) => c.text.replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
  return texts.length > 0 ? texts.join('\n') : undefined;
}

interface Part {
  readonly combine: string | undefined;
  readonly pattern: Pattern;
  readonly source: SourceRef;
}

/** The definitions of one `<grammar>` (with everything it includes). */
class Scope {
  private readonly parts = new Map<string, Part[]>();
  private readonly defines = new Map<string, Define & { source: SourceRef }>();
  private readonly firstUse = new Map<string, SourceRef>();

  constructor(
    readonly parent: Scope | undefined,
    private readonly uidPrefix: string,
  ) {}

  ref(name: string, at: SourceRef): Define {
    let d = this.defines.get(name);
    if (!d) {
      d = { name, uid: `${this.uidPrefix}${name}`, pattern: { kind: 'notAllowed' }, source: at };
      this.defines.set(name, d);
    }
    if (!this.firstUse.has(name)) this.firstUse.set(name, at);
    return d;
  }

  add(name: string, part: Part, documentation: string | undefined): void {
    const d = this.ref(name, part.source) as { source: SourceRef; documentation?: string };
    if (!this.parts.has(name)) d.source = part.source;
    if (documentation && !d.documentation) d.documentation = documentation;
    let list = this.parts.get(name);
    if (!list) this.parts.set(name, (list = []));
    list.push(part);
  }

  /** Combines the parts of each define (RelaxNG `combine`); reports refs to names never defined. */
  finish(): Define[] {
    for (const [name, d] of this.defines) {
      const parts = this.parts.get(name);
      const label = name === '#start' ? 'start' : `define '${name}'`;
      if (!parts || parts.length === 0) {
        const at = this.firstUse.get(name) ?? d.source;
        throw new GrammarLoadError(`${at.file}:${at.line}: reference to undefined ${label}`);
      }
      const plain = parts.filter((p) => p.combine === undefined);
      if (plain.length > 1) {
        const at = (plain[1] as Part).source;
        throw new GrammarLoadError(`${at.file}:${at.line}: ${label} is defined twice without combine`);
      }
      const combines = new Set(parts.map((p) => p.combine).filter((c): c is string => c !== undefined));
      if (combines.size > 1) throw new GrammarLoadError(`${d.source.file}:${d.source.line}: ${label} mixes combine="choice" and combine="interleave"`);
      const how = (combines.values().next().value ?? 'choice') as 'choice' | 'interleave';
      d.pattern = parts.length === 1 ? (parts[0] as Part).pattern : { kind: how, items: parts.map((p) => p.pattern) };
    }
    return [...this.defines.values()];
  }
}

interface Ctx {
  readonly file: string;
  /** Inherited `ns` attribute. */
  readonly ns: string;
  /** Inherited `datatypeLibrary` attribute. */
  readonly library: string;
  readonly scope: Scope;
  readonly defineName: string | undefined;
}

interface Exclusions {
  readonly defines: ReadonlySet<string>;
  readonly start: boolean;
}

const NO_EXCLUSIONS: Exclusions = { defines: new Set(), start: false };

/** The patterns a pattern is made of, through refs; an element's content is apart (an element is a leaf). */
function parts(p: Pattern): readonly Pattern[] {
  switch (p.kind) {
    case 'attribute':
      return [p.content];
    case 'group':
    case 'interleave':
    case 'choice':
      return p.items;
    case 'optional':
    case 'zeroOrMore':
    case 'oneOrMore':
    case 'mixed':
    case 'list':
      return [p.item];
    case 'ref':
      return [p.define.pattern];
    case 'data':
      return p.except ? [p.except] : [];
    default:
      return [];
  }
}

/**
 * Refuses a model whose patterns nest more than MAX_PATTERN_DEPTH deep, counting each ref followed
 * (the engine's bound): the index's walks recurse through refs, and a define that is a ref to the
 * next, 5,000 long, overflowed the stack. Without recursion; a ref loop counts once.
 */
function checkModelDepth(start: Pattern, elements: readonly ElementPattern[]): void {
  const depths = new Map<Pattern, number>();
  const children = (p: Pattern): readonly Pattern[] => (p.kind === 'element' ? [] : parts(p));
  for (const root of [start, ...elements.map((e) => e.content)]) {
    const { over } = nestingDepth(root, children, depths, MAX_PATTERN_DEPTH);
    if (over) {
      const where = over.kind === 'ref' ? `${over.define.source.file}:${over.define.source.line}: ` : '';
      throw new GrammarLoadError(`${where}patterns are nested more than ${MAX_PATTERN_DEPTH.toLocaleString('en-US')} deep, counting each ref followed`);
    }
  }
}

/**
 * What is wrong with a grammar file the scanner refused. Its limits are worded for documents
 * ("libvirt XML never needs this"): a grammar file's are the engine's (GRAMMAR_PARSE_LIMITS).
 */
function grammarParseProblem(d: Diagnostic, text: string): string {
  switch (d.ruleId) {
    case DIAGNOSTIC_IDS.xmlTooDeep:
      return `Elements are nested more than ${GRAMMAR_PARSE_LIMITS.maxDepth} levels deep, the most a grammar file may nest`;
    case DIAGNOSTIC_IDS.xmlTooManyAttributes:
      return `<${text.slice(d.range.start.offset, d.range.end.offset)}> has more than ${GRAMMAR_PARSE_LIMITS.maxAttributes} attributes, the most an element of a grammar file may have`;
    default:
      return d.message;
  }
}

/** Loads a RelaxNG grammar (XML syntax) from `file`, reading only files under `root`. */
export class GrammarLoader {
  private readonly docs = new Map<string, XmlElement>();
  private readonly scopes: Scope[] = [];
  private readonly elements: ElementPattern[] = [];
  private scopeCounter = 0;
  private patternCount = 0;
  private static elementCounter = 0;
  private readonly includeStack: string[] = [];

  /** `texts`: the set's files already read (readSchemaSet), by absolute path: not read again. */
  constructor(
    private readonly root: string,
    private readonly texts: ReadonlyMap<string, string> = new Map(),
  ) {}

  load(file: string): Grammar {
    const abs = path.resolve(file);
    const top = this.newScope(undefined);
    const start = this.externalPattern(abs, '', top);
    const defines = this.scopes.flatMap((s) => s.finish());
    checkModelDepth(start, this.elements);
    return { file: abs, start, defines, elements: this.elements };
  }

  private newScope(parent: Scope | undefined): Scope {
    const s = new Scope(parent, `g${this.scopeCounter++}.`);
    this.scopes.push(s);
    return s;
  }

  private readDoc(file: string, from?: SourceRef): XmlElement {
    const cached = this.docs.get(file);
    if (cached) return cached;
    const where = from ? `${from.file}:${from.line}: ` : '';
    let text = this.texts.get(file);
    try {
      if (!isReallyInside(file, this.root)) {
        // Inside by name, outside by real path: a directory link on the way leads out.
        const byLink = isInside(file, path.resolve(this.root)) ? ' (through a symbolic link)' : '';
        throw new GrammarLoadError(`${where}${file} is outside the schema directory ${this.root}${byLink}`);
      }
      text ??= readBoundedRegularFile(file, { maxBytes: MAX_GRAMMAR_FILE_BYTES, followSymlinks: false }).toString('utf8');
    } catch (e) {
      if (e instanceof GrammarLoadError) throw e;
      throw new GrammarLoadError(`${where}cannot read ${file}: ${(e as Error).message}`);
    }
    // The engine's limits (elements 512 deep): a file it compiles has a model too, not a refusal.
    const parsed = parseXml(text, GRAMMAR_PARSE_LIMITS);
    if (!parsed.ok) throw new GrammarLoadError(`${file}:${parsed.diagnostic.range.start.line}: ${grammarParseProblem(parsed.diagnostic, text)}`);
    resolveNamespaces(file, parsed.document.root);
    this.docs.set(file, parsed.document.root);
    return parsed.document.root;
  }

  private src(ctx: Ctx, el: XmlElement): SourceRef {
    return { file: ctx.file, line: el.nameRange.start.line };
  }

  private resolveHref(ctx: Ctx, el: XmlElement): string {
    const href = attrOf(el, 'href');
    if (!href) throw new GrammarLoadError(`${ctx.file}:${el.nameRange.start.line}: <${el.name}> without href`);
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('file:')) {
      throw new GrammarLoadError(`${ctx.file}:${el.nameRange.start.line}: only local files can be included (${href})`);
    }
    return path.resolve(path.dirname(ctx.file), href.replace(/^file:\/\//, ''));
  }

  /** A whole file used as a pattern (the entry file or an externalRef). */
  private externalPattern(file: string, inheritedNs: string, scope: Scope, from?: SourceRef): Pattern {
    if (this.includeStack.includes(file)) throw new GrammarLoadError(`${file} includes itself`);
    this.checkFileDepth(file, from);
    this.includeStack.push(file);
    try {
      const docEl = this.readDoc(file, from);
      const ctx: Ctx = { file, ns: attrOf(docEl, 'ns') ?? inheritedNs, library: '', scope, defineName: undefined };
      return this.pattern(docEl, this.inherit(ctx, docEl));
    } finally {
      this.includeStack.pop();
    }
  }

  /** Files nest at most MAX_FILE_DEPTH deep (the engine's bound): each is read and walked that deep in the stack. */
  private checkFileDepth(file: string, from: SourceRef | undefined): void {
    if (this.includeStack.length < MAX_FILE_DEPTH) return;
    const where = from ? `${from.file}:${from.line}: ` : '';
    throw new GrammarLoadError(`${where}files are nested more than ${MAX_FILE_DEPTH} deep by include and externalRef (${file} would be file ${this.includeStack.length + 1})`);
  }

  private inherit(ctx: Ctx, el: XmlElement): Ctx {
    const ns = attrOf(el, 'ns');
    const library = attrOf(el, 'datatypeLibrary');
    if (ns === undefined && library === undefined) return ctx;
    return { ...ctx, ns: ns ?? ctx.ns, library: library ?? ctx.library };
  }

  private grammarContent(el: XmlElement, ctx: Ctx, exclude: Exclusions): void {
    for (const c of rngChildren(el)) {
      const cctx = this.inherit(ctx, c);
      switch (rngName(c)) {
        case 'start':
          if (!exclude.start) ctx.scope.add('#start', { combine: attrOf(c, 'combine'), pattern: this.group(c, cctx), source: this.src(ctx, c) }, undefined);
          break;
        case 'define': {
          const name = attrOf(c, 'name');
          if (!name) throw new GrammarLoadError(`${ctx.file}:${c.nameRange.start.line}: <define> without name`);
          if (exclude.defines.has(name)) break;
          const body = this.group(c, { ...cctx, defineName: name });
          ctx.scope.add(name, { combine: attrOf(c, 'combine'), pattern: body, source: this.src(ctx, c) }, documentationOf(c));
          break;
        }
        case 'div':
          this.grammarContent(c, cctx, exclude);
          break;
        case 'include':
          this.include(c, cctx, exclude);
          break;
        default:
          throw new GrammarLoadError(`${ctx.file}:${c.nameRange.start.line}: <${c.name}> is not allowed in <grammar>`);
      }
    }
  }

  private include(el: XmlElement, ctx: Ctx, exclude: Exclusions): void {
    const file = this.resolveHref(ctx, el);
    if (this.includeStack.includes(file)) throw new GrammarLoadError(`${file} includes itself`);
    this.checkFileDepth(file, this.src(ctx, el));
    // The include's own components replace those of the same name in the included grammar.
    const overrides = new Set(exclude.defines);
    let overridesStart = exclude.start;
    const collect = (e: XmlElement): void => {
      for (const c of rngChildren(e)) {
        if (rngName(c) === 'define') overrides.add(attrOf(c, 'name') ?? '');
        else if (rngName(c) === 'start') overridesStart = true;
        else if (rngName(c) === 'div') collect(c);
      }
    };
    collect(el);
    this.includeStack.push(file);
    try {
      const docEl = this.readDoc(file, this.src(ctx, el));
      if (rngName(docEl) !== 'grammar') throw new GrammarLoadError(`${file}: an included file must be a <grammar>`);
      const ictx: Ctx = { file, ns: attrOf(docEl, 'ns') ?? ctx.ns, library: attrOf(docEl, 'datatypeLibrary') ?? '', scope: ctx.scope, defineName: undefined };
      this.grammarContent(docEl, ictx, { defines: overrides, start: overridesStart });
    } finally {
      this.includeStack.pop();
    }
    this.grammarContent(el, ctx, exclude);
  }

  /** The children of a pattern element, as one pattern (implicit group). */
  private group(el: XmlElement, ctx: Ctx, skip = 0): Pattern {
    const items = rngChildren(el)
      .slice(skip)
      .map((c) => this.pattern(c, this.inherit(ctx, c)));
    if (items.length === 0) return { kind: 'empty' };
    return items.length === 1 ? (items[0] as Pattern) : { kind: 'group', items };
  }

  private qname(el: XmlElement, q: string, defaultNs: string): { ns: string; local: string } {
    const [prefix, local] = splitQName(trimWs(q));
    if (!prefix) return { ns: defaultNs, local };
    const ns = prefixUri(el, prefix);
    if (ns === undefined) throw new GrammarLoadError(`undeclared namespace prefix '${prefix}' in ${q}`);
    return { ns, local };
  }

  private nameClass(el: XmlElement, ctx: Ctx, forAttribute: boolean): NameClass {
    const c = this.inherit(ctx, el);
    const exceptOf = (): NameClass | undefined => {
      const ex = rngChildren(el).find((x) => rngName(x) === 'except');
      if (!ex) return undefined;
      const items = rngChildren(ex).map((x) => this.nameClass(x, c, forAttribute));
      return items.length === 1 ? items[0] : { kind: 'choice', items };
    };
    switch (rngName(el)) {
      case 'name': {
        const ns = attrOf(el, 'ns') ?? (forAttribute ? '' : c.ns);
        return { kind: 'name', ...this.qname(el, el.text, ns) };
      }
      case 'anyName': {
        const except = exceptOf();
        return except ? { kind: 'anyName', except } : { kind: 'anyName' };
      }
      case 'nsName': {
        const except = exceptOf();
        return except ? { kind: 'nsName', ns: c.ns, except } : { kind: 'nsName', ns: c.ns };
      }
      case 'choice':
        return { kind: 'choice', items: rngChildren(el).map((x) => this.nameClass(x, c, forAttribute)) };
      default:
        throw new GrammarLoadError(`${ctx.file}:${el.nameRange.start.line}: <${el.name}> is not a name class`);
    }
  }

  /** Name class of an element/attribute pattern: the name attribute, or the first child. */
  private namedPatternParts(el: XmlElement, ctx: Ctx, forAttribute: boolean): { name: NameClass; skip: number } {
    const n = attrOf(el, 'name');
    if (n !== undefined) {
      const explicitNs = attrOf(el, 'ns');
      return { name: { kind: 'name', ...this.qname(el, n, forAttribute ? (explicitNs ?? '') : ctx.ns) }, skip: 0 };
    }
    const first = rngChildren(el)[0];
    if (!first) throw new GrammarLoadError(`${ctx.file}:${el.nameRange.start.line}: <${el.name}> without a name`);
    return { name: this.nameClass(first, ctx, forAttribute), skip: 1 };
  }

  private pattern(el: XmlElement, ctx: Ctx): Pattern {
    const kind = rngName(el);
    const line = el.nameRange.start.line;
    if (++this.patternCount > MAX_GRAMMAR_PATTERNS) {
      throw new GrammarLoadError(`${ctx.file}:${line}: the grammar expands to more than ${MAX_GRAMMAR_PATTERNS.toLocaleString('en-US')} patterns (files included or referenced by externalRef many times over)`);
    }
    switch (kind) {
      case 'element': {
        const { name, skip } = this.namedPatternParts(el, ctx, false);
        const doc = documentationOf(el);
        const p: ElementPattern = {
          kind: 'element',
          id: ++GrammarLoader.elementCounter,
          name,
          content: this.group(el, ctx, skip),
          source: this.src(ctx, el),
          ...(doc ? { documentation: doc } : {}),
          ...(ctx.defineName ? { defineName: ctx.defineName } : {}),
        };
        this.elements.push(p);
        return p;
      }
      case 'attribute': {
        const { name, skip } = this.namedPatternParts(el, ctx, true);
        const content = rngChildren(el).length > skip ? this.group(el, ctx, skip) : ({ kind: 'text' } as const);
        const doc = documentationOf(el);
        return { kind: 'attribute', name, content, source: this.src(ctx, el), ...(doc ? { documentation: doc } : {}) };
      }
      case 'group':
      case 'interleave':
      case 'choice': {
        const items = rngChildren(el).map((c) => this.pattern(c, this.inherit(ctx, c)));
        if (items.length === 1) return items[0] as Pattern;
        return { kind, items };
      }
      case 'optional':
      case 'zeroOrMore':
      case 'oneOrMore':
      case 'mixed':
      case 'list':
        return { kind, item: this.group(el, ctx) };
      case 'ref':
      case 'parentRef': {
        const name = attrOf(el, 'name');
        if (!name) throw new GrammarLoadError(`${ctx.file}:${line}: <${kind}> without name`);
        const scope = kind === 'ref' ? ctx.scope : ctx.scope.parent;
        if (!scope) throw new GrammarLoadError(`${ctx.file}:${line}: <parentRef> outside a nested grammar`);
        return { kind: 'ref', define: scope.ref(name, this.src(ctx, el)) };
      }
      case 'externalRef':
        return this.externalPattern(this.resolveHref(ctx, el), ctx.ns, this.newScope(undefined), this.src(ctx, el));
      case 'grammar': {
        const scope = this.newScope(ctx.scope === undefined ? undefined : ctx.scope);
        const inner: Ctx = { ...ctx, scope, defineName: undefined };
        this.grammarContent(el, inner, NO_EXCLUSIONS);
        return { kind: 'ref', define: scope.ref('#start', this.src(ctx, el)) };
      }
      case 'empty':
      case 'text':
      case 'notAllowed':
        return { kind };
      case 'value': {
        const type = attrOf(el, 'type');
        return { kind: 'value', library: type ? ctx.library : '', type: type ?? 'token', ns: ctx.ns, value: el.text };
      }
      case 'data': {
        const type = attrOf(el, 'type');
        if (!type) throw new GrammarLoadError(`${ctx.file}:${line}: <data> without type`);
        const params = rngChildren(el)
          .filter((c) => rngName(c) === 'param')
          .map((c) => ({ name: attrOf(c, 'name') ?? '', value: c.text }));
        const ex = rngChildren(el).find((c) => rngName(c) === 'except');
        const except = ex ? this.group(ex, this.inherit(ctx, ex)) : undefined;
        return { kind: 'data', library: ctx.library, type, params, ...(except ? { except } : {}) };
      }
      default:
        throw new GrammarLoadError(`${ctx.file}:${line}: unexpected <${el.name}> in a pattern`);
    }
  }
}

/**
 * Loads the grammar whose entry file is `file`, reading only .rng files under `schemaDir`; `texts`
 * (absolute path → text, as readSchemaSet read them) are used instead of reading those files again.
 */
export function loadGrammar(schemaDir: string, file: string, texts?: ReadonlyMap<string, string>): Grammar {
  return new GrammarLoader(schemaDir, texts).load(file);
}
