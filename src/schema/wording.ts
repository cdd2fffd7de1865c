import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import { editDistanceAtMost } from '../edit-distance.js';
import { describeData } from '../grammar/describe.js';
import { elementsWithin, grammarNameOf, namespacesInScope, namespacesWithin } from '../grammar/document-names.js';
import type { ElementInfo, GrammarIndex, ValueSpec } from '../grammar/index-grammar.js';
import type { DatatypeRef, Expected, QName, ValidationError } from '../relaxng/api.js';
import { quoteLong } from '../quote-long.js';
import type { Diagnostic, Range } from '../types.js';
import type { ParsedDocument } from '../xml/parse.js';
import type { XmlAttribute, XmlElement } from '../xml/tree.js';
import type { SchemaNode, TreeValidation, UndeclaredPrefix } from './feed.js';

/**
 * Wording of the engine's errors: one diagnostic per error, on the attribute, element name or text
 * at fault, saying what the grammar allows there. The engine says what was expected; the grammar
 * index (when available) adds the words for named value types ("an absolute path"), where an
 * element belongs elsewhere, and which attribute chose the form of an element.
 */

const MAX_LISTED = 24;

/** `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'` (long lists are cut). */
function orList(items: readonly string[]): string {
  const shown = items.length > MAX_LISTED ? [...items.slice(0, MAX_LISTED - 1), `… (${items.length - MAX_LISTED + 1} more)`] : [...items];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1] as string}`;
}

const andList = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`);
/** A value as messages quote it: `'on'`, or a long one's start and length (src/quote-long.ts). */
const quote = (v: string): string => (v === '' ? 'an empty value' : quoteLong(v));

/** Words for what a value may be: `'on' or 'off'`, `an unsigned integer`, `'auto' or an unsigned integer`. */
export function describeValueSpec(spec: ValueSpec): string {
  const parts = [...spec.values.map(quote), ...spec.forms];
  return parts.length === 0 ? 'nothing (the grammar allows no value here)' : orList(parts);
}

const clarkOf = (n: QName): string => (n.ns ? `{${n.ns}}${n.local}` : n.local);
const isWildcard = (n: QName): boolean => n.local === '*' || n.ns === '*';

/** A grammar name (`local` or `{uri}local`) as the document would write it (with its prefix). */
function displayName(name: string, scope: ReadonlyMap<string, string> | undefined): string {
  if (name.charCodeAt(0) !== 0x7b) return name; // no `{uri}`: nearly every name, without the regular expression
  const m = /^\{([^}]*)\}(.*)$/.exec(name);
  if (!m) return name;
  for (const [prefix, uri] of scope ?? []) if (uri === m[1] && prefix) return `${prefix}:${m[2] as string}`;
  return m[2] as string;
}

const tag = (name: string, scope?: ReadonlyMap<string, string>): string => `<${displayName(name, scope)}>`;

/** The local part of a grammar name (`{uri}local`) or a prefixed document name (`qemu:arg`). */
function localName(n: string): string {
  const close = n.charCodeAt(0) === 0x7b ? n.indexOf('}') : -1; // `{uri}local`
  const rest = close >= 0 ? n.slice(close + 1) : n;
  const colon = rest.indexOf(':'); // `prefix:local`
  return colon >= 0 ? rest.slice(colon + 1) : rest;
}

function closest(name: string, options: readonly string[]): string | undefined {
  if (name.length > 64) return undefined;
  const local = localName(name);
  const target = local.toLowerCase();
  const limit = Math.max(1, Math.floor(local.length / 4));
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    // An option further off than the limit can neither be the hint nor tie with it.
    const d = editDistanceAtMost(target, localName(o).toLowerCase(), limit);
    if (d !== undefined && d < bestD) [best, bestD] = [o, d];
  }
  return best !== undefined && bestD <= limit && bestD > 0 ? best : undefined;
}

/** The range of the first non-blank text directly inside an element (comments skipped), or its name. */
export function textRange(doc: ParsedDocument, el: XmlElement): Range {
  let from = el.contentRange.start.offset;
  for (const c of el.children) {
    const r = textBetween(doc, from, c.range.start.offset);
    if (r) return r;
    from = c.range.end.offset;
  }
  return textBetween(doc, from, el.contentRange.end.offset) ?? el.nameRange;
}

/** The range of the non-blank text between two offsets of the source (comments, PIs and CDATA markers blanked). */
function textBetween(doc: ParsedDocument, s: number, e: number): Range | undefined {
  let raw = doc.text.slice(s, e);
  // Blanked in place (offsets kept); plain text, the usual case, has nothing to blank.
  if (raw.includes('<') || raw.includes(']]>')) {
    raw = raw.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, (m) => ' '.repeat(m.length)).replace(/<!\[CDATA\[|\]\]>/g, (m) => ' '.repeat(m.length));
  }
  const first = raw.search(/\S/);
  if (first < 0) return undefined;
  const last = raw.length - (raw.length - raw.trimEnd().length);
  return doc.lines.range(s + first, s + last);
}

const diag = (ruleId: string, message: string, range: Range): Diagnostic => ({ ruleId, severity: 'error', message, range });

/** Names an element in messages: `<driver>` (of `<disk>` when the parent helps). */
function elementLabel(el: XmlElement): string {
  return el.parent ? `<${el.name}> (in <${el.parent.name}>)` : `<${el.name}>`;
}

const isNamespaceDecl = (a: XmlAttribute): boolean => a.name === 'xmlns' || a.name.startsWith('xmlns:');
const isElement = (n: SchemaNode): n is XmlElement => 'children' in n;

/** The union of several value specs (attribute or text), duplicates removed. */
function unionSpecs(specs: readonly (ValueSpec | undefined)[]): ValueSpec | undefined {
  const present = specs.filter((s): s is ValueSpec => s !== undefined);
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0]; // the index's specs already list each value and form once
  return { values: [...new Set(present.flatMap((s) => s.values))], forms: [...new Set(present.flatMap((s) => s.forms))] };
}

/** What the attribute `name` may hold over some element patterns (undefined when none declares it). */
function attributeSpecOver(infos: readonly ElementInfo[], name: string): ValueSpec | undefined {
  const specs: ValueSpec[] = [];
  for (const c of infos) {
    for (const x of c.attributes) {
      if (x.name !== name) continue;
      specs.push(x.value);
      break;
    }
  }
  return unionSpecs(specs);
}

/**
 * attributeSpecOver for the unnarrowed patterns at a path, which the index keeps (one array per
 * path): the same question from another document is a lookup. Only names the grammar declares are
 * kept (documents can make up any number of others).
 */
const generalSpecMemo = new WeakMap<readonly ElementInfo[], Map<string, ValueSpec>>();

function generalSpecOver(infos: readonly ElementInfo[], name: string): ValueSpec | undefined {
  let byName = generalSpecMemo.get(infos);
  if (!byName) generalSpecMemo.set(infos, (byName = new Map()));
  let spec = byName.get(name);
  if (!spec) {
    spec = attributeSpecOver(infos, name);
    if (spec) byName.set(name, spec);
  }
  return spec;
}

/** What the engine says a value may be, in words (its datatypes described from their facets). */
function engineSpec(expected: Expected): ValueSpec | undefined {
  if (expected.values.length === 0 && expected.datatypes.length === 0) return undefined;
  const forms = expected.datatypes.map(datatypeWords);
  return { values: [...new Set(expected.values)], forms: [...new Set(forms)] };
}

/**
 * describeData's words for a datatype of the engine (they depend on its type and facets only),
 * kept per facet list: the engine's lists are its grammar's, shared by every error of that pattern.
 */
const datatypeWordsMemo = new WeakMap<DatatypeRef['params'], Map<string, string>>();

function datatypeWords(d: DatatypeRef): string {
  let byType = datatypeWordsMemo.get(d.params);
  if (!byType) datatypeWordsMemo.set(d.params, (byType = new Map()));
  let words = byType.get(d.type);
  if (words === undefined) byType.set(d.type, (words = describeData({ kind: 'data', library: d.library, type: d.type, params: d.params })));
  return words;
}

/**
 * The words for a value: the engine's enumerated values (exact in this context), with the index's
 * named forms ("an absolute path") when it knows the place, else the engine's datatypes in words.
 */
function chooseSpec(fromEngine: ValueSpec | undefined, fromIndex: ValueSpec | undefined): ValueSpec {
  if (!fromEngine) return fromIndex ?? { values: [], forms: [] };
  if (!fromIndex) return fromEngine;
  const values = fromEngine.values.length > 0 ? fromEngine.values : fromIndex.values;
  const forms = fromEngine.forms.length === 0 ? [] : fromIndex.forms.length > 0 ? fromIndex.forms : fromEngine.forms;
  return { values, forms };
}

/** The owner element of every attribute, built once (only when an attribute error needs it). */
function attributeOwners(root: XmlElement): Map<XmlAttribute, XmlElement> {
  const owners = new Map<XmlAttribute, XmlElement>();
  const stack = [root];
  while (stack.length > 0) {
    const el = stack.pop() as XmlElement;
    for (const a of el.attributes) owners.set(a, el);
    for (const c of el.children) stack.push(c);
  }
  return owners;
}

/**
 * The memoised value of `el`, computed from its parent's (`undefined` for the document element)
 * for every ancestor not yet in `memo`, top down. A loop, not recursion: --max-depth may allow
 * documents deeper than the stack.
 */
function downFrom<T>(memo: Map<XmlElement, T>, el: XmlElement, step: (e: XmlElement, parentValue: T | undefined) => T): T {
  const known = memo.get(el);
  if (known !== undefined) return known;
  const missing: XmlElement[] = [];
  let cur: XmlElement | undefined = el;
  let value: T | undefined;
  for (; cur; cur = cur.parent) {
    value = memo.get(cur);
    if (value !== undefined) break;
    missing.push(cur);
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    const e = missing[i] as XmlElement;
    value = step(e, value);
    memo.set(e, value);
  }
  return value as T;
}

/** Lazily loaded context shared by the errors of one document. */
class Context {
  private owners: Map<XmlAttribute, XmlElement> | undefined;
  private readonly scopes = new Map<XmlElement, ReadonlyMap<string, string>>();

  constructor(
    readonly doc: ParsedDocument,
    private readonly loadIndex: () => GrammarIndex | undefined,
  ) {}

  private indexLoaded = false;
  private indexValue: GrammarIndex | undefined;
  get index(): GrammarIndex | undefined {
    if (!this.indexLoaded) {
      this.indexLoaded = true;
      this.indexValue = this.loadIndex();
    }
    return this.indexValue;
  }

  /** The element an attribute is on: the engine names it in attribute errors (`owner`); otherwise a map of the tree, built once. */
  ownerOf(a: XmlAttribute, owner?: SchemaNode): XmlElement {
    if (owner && isElement(owner)) return owner;
    this.owners ??= attributeOwners(this.doc.root);
    return this.owners.get(a) ?? this.doc.root;
  }

  private readonly accepted = new Map<XmlElement, readonly string[]>();
  private readonly nameCounts = new Map<XmlElement, Map<string, number>>();

  /** Grammar names of the attributes of `el` the engine accepted (once per element: 200,000 attributes must stay linear). */
  acceptedAttributes(el: XmlElement, rejected: ReadonlySet<SchemaNode>): readonly string[] {
    let names = this.accepted.get(el);
    if (!names) {
      const scope = this.scopeOf(el);
      names = el.attributes.filter((x) => !isNamespaceDecl(x) && !rejected.has(x)).map((x) => attributeGrammarName(x, scope));
      this.accepted.set(el, names);
    }
    return names;
  }

  /** The grammar name of an element (grammarNameOf's, in the scope kept for it). */
  nameOf(el: XmlElement): string {
    return grammarNameOf(el, this.scopeOf(el));
  }

  // The steps of downFrom, made once per document (not a closure per question).
  // No element keeps its whole grammar path: a path per element is quadratic in the depth, and
  // `--max-depth` may allow 100,000 levels (the paths filled the heap). Each step uses its parent's.
  // elementsFor stops at the first element the grammar does not allow: nothing below it either.
  private readonly infosStep = (e: XmlElement, parentInfos: readonly ElementInfo[] | undefined): readonly ElementInfo[] =>
    parentInfos !== undefined && parentInfos.length === 0 ? parentInfos : elementsWithin(this.index as GrammarIndex, parentInfos, e, this.scopeOf(e));
  private readonly scopeStep = (e: XmlElement, parentScope: ReadonlyMap<string, string> | undefined): ReadonlyMap<string, string> =>
    parentScope ? namespacesWithin(e, parentScope) : namespacesInScope(e);

  private readonly infoMemo = new Map<XmlElement, readonly ElementInfo[]>();

  /** The index's element patterns for `el`, narrowed by the attributes written (elementsFor's, one step per element from its parent's). */
  infosOf(el: XmlElement): readonly ElementInfo[] {
    return this.index ? downFrom(this.infoMemo, el, this.infosStep) : [];
  }

  /** How many children of `parent` are named `name` (counted once per parent). */
  sameNamed(parent: XmlElement, name: string): number {
    let counts = this.nameCounts.get(parent);
    if (!counts) {
      counts = new Map();
      for (const c of parent.children) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
      this.nameCounts.set(parent, counts);
    }
    return counts.get(name) ?? 0;
  }

  /** The namespaces in scope at `el` (once per element, from its parent's). */
  scopeOf(el: XmlElement): ReadonlyMap<string, string> {
    return downFrom(this.scopes, el, this.scopeStep);
  }

  /** The index's value spec for an attribute of an element, narrowed by the element's form (by its attributes and its ancestors'). */
  narrowedSpec(el: XmlElement, name: string): ValueSpec | undefined {
    return attributeSpecOver(this.infosOf(el), name);
  }

  /** The same over every form of the element at its path. */
  generalSpec(el: XmlElement, name: string): ValueSpec | undefined {
    return generalSpecOver(this.generalInfosOf(el), name);
  }

  private readonly generalMemo = new Map<XmlElement, readonly ElementInfo[]>();
  // index.elementsAt of the element's path, one step from its parent's (the same patterns in the same order).
  private readonly generalStep = (e: XmlElement, parentInfos: readonly ElementInfo[] | undefined): readonly ElementInfo[] => {
    const index = this.index as GrammarIndex;
    if (parentInfos === undefined) return index.elementsAt([this.nameOf(e)]);
    return parentInfos.length === 0 ? parentInfos : index.childInfos(parentInfos, this.nameOf(e));
  };

  /** Every element pattern at the path of `el`, whatever its attributes (once per element). */
  generalInfosOf(el: XmlElement): readonly ElementInfo[] {
    return this.index ? downFrom(this.generalMemo, el, this.generalStep) : [];
  }
}

/** A document attribute's grammar name (`local` or `{uri}local`). */
function attributeGrammarName(a: XmlAttribute, scope: ReadonlyMap<string, string>): string {
  const i = a.name.indexOf(':');
  if (i < 0) return a.name;
  const prefix = a.name.slice(0, i);
  const ns = prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : scope.get(prefix);
  return ns ? `{${ns}}${a.name.slice(i + 1)}` : a.name;
}

/** The element names an Expected lists, without wildcards, each once; and their listing when none is namespaced. */
interface ExpectedElements {
  readonly names: readonly string[];
  /** Some name is `{uri}local` (its listing depends on the prefixes the document declares). */
  readonly namespaced: boolean;
  /** `andList` of the names as tags, for lists without namespaced names (made on first use). */
  listed?: string;
}

/** Per Expected: the engine keeps one per state, so the same error in another document costs a lookup. */
const expectedElementsMemo = new WeakMap<Expected, ExpectedElements>();

function expectedElements(expected: Expected): ExpectedElements {
  let found = expectedElementsMemo.get(expected);
  if (!found) {
    const names = [...new Set(expected.elements.filter((n) => !isWildcard(n)).map(clarkOf))];
    found = { names, namespaced: names.some((n) => n.startsWith('{')) };
    expectedElementsMemo.set(expected, found);
  }
  return found;
}

/**
 * The elements the engine expected at a place, as listed in messages: namespaced names only when
 * the document declares a prefix for them; `listing()` is their tags in an `andList`.
 */
function elementsAllowedHere(expected: Expected, scope: ReadonlyMap<string, string>): { names: readonly string[]; listing: () => string } {
  const found = expectedElements(expected);
  if (!found.namespaced) return { names: found.names, listing: () => (found.listed ??= andList(found.names.map((n) => `<${n}>`))) };
  const names = found.names.filter((n) => !n.startsWith('{') || displayName(n, scope) !== localName(n));
  return { names, listing: () => andList(names.map((n) => tag(n, scope))) };
}

function unexpectedElement(ctx: Context, e: ValidationError<SchemaNode>, el: XmlElement): Diagnostic {
  const parent = el.parent;
  if (!parent) return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${el.name}> cannot be the document element here`, el.nameRange);
  const scope = ctx.scopeOf(el);
  const own = e.name ? clarkOf(e.name) : el.name;
  const parentScope = ctx.scopeOf(parent);
  const parentName = ctx.nameOf(parent);
  const { names: allowedHere, listing } = elementsAllowedHere(e.expected, parentScope);
  const index = ctx.index;
  const count = ctx.sameNamed(parent, el.name);
  if (count > 1 && el.sameNameIndex > 1 && !allowedHere.includes(own)) {
    // The same element again: say so when the grammar never lets it repeat there.
    const infos = index ? ctx.infosOf(parent).flatMap((c) => c.children.filter((ch) => ch.name === own)) : [];
    if (infos.length > 0 && infos.every((ch) => !ch.repeatable)) {
      return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${el.name}> appears ${count} times in <${parent.name}>; it may appear only once`, el.nameRange);
    }
    if (infos.length > 0) {
      return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${el.name}> is not allowed here in <${parent.name}>: it is repeated, out of order, or not allowed together with its siblings`, el.nameRange);
    }
  }
  const allHomes = index ? index.parentsOf(own) : [];
  const homes = allHomes.filter((h) => h !== parentName);
  if (allHomes.includes(parentName) && allowedHere.length > 0) {
    // Allowed in other forms of the parent (another type, another branch), or earlier or later.
    return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${el.name}> is not allowed in this form of <${parent.name}>, which takes ${listing()} here`, el.nameRange);
  }
  if (allHomes.includes(parentName)) {
    return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${el.name}> is not allowed here in <${parent.name}>: it is repeated, out of order, or not allowed together with its siblings`, el.nameRange);
  }
  if (homes.length > 0) {
    return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${el.name}> is not allowed in <${parent.name}>; it belongs in ${orList(homes.map((h) => tag(h, scope)))}`, el.nameRange);
  }
  const guess = closest(own, allowedHere);
  let message = `Unknown element <${el.name}> in <${parent.name}>`;
  if (allowedHere.length > 0) message += `; allowed in <${parent.name}>: ${listing()}`;
  else message += ` (<${parent.name}> takes no child elements here)`;
  if (guess) message += `. Did you mean ${tag(guess, parentScope)}?`;
  return diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, message, el.nameRange);
}

function unexpectedAttribute(ctx: Context, e: ValidationError<SchemaNode>, a: XmlAttribute, rejected: ReadonlySet<SchemaNode>): Diagnostic {
  const el = ctx.ownerOf(a, e.owner);
  const scope = ctx.scopeOf(el);
  // What the element takes: what the engine still expected plus the attributes it already accepted.
  const accepted = ctx.acceptedAttributes(el, rejected);
  const seen = new Set<string>();
  const names: string[] = [];
  const add = (n: string): void => {
    if (seen.has(n)) return;
    seen.add(n);
    names.push(displayName(n, scope));
  };
  for (const n of accepted) add(n);
  for (const n of e.expected.attributes) if (!isWildcard(n)) add(clarkOf(n));
  const own = attributeGrammarName(a, scope);
  // Allowed on some form of this element, but not with the attributes written here.
  const elsewhere = ctx.generalSpec(el, own) !== undefined;
  if (elsewhere && !names.includes(a.name)) {
    const others = othersWritten(el, a);
    const allowed = names.length > 0 ? `; allowed attributes here: ${andList(names)}` : '';
    return diag(DIAGNOSTIC_IDS.schemaUnknownAttribute, `Attribute '${a.name}' is not allowed on ${elementLabel(el)} ${others.length > 0 ? `together with ${andList(others)}` : 'in this context'}${allowed}`, a.nameRange);
  }
  const guess = closest(a.name, names);
  const allowed = names.length > 0 ? `allowed attributes: ${andList(names)}` : `<${el.name}> takes no attributes`;
  return diag(DIAGNOSTIC_IDS.schemaUnknownAttribute, `Attribute '${a.name}' is not allowed on ${elementLabel(el)}; ${allowed}${guess ? `. Did you mean '${guess}'?` : ''}`, a.nameRange);
}

function invalidAttributeValue(ctx: Context, e: ValidationError<SchemaNode>, a: XmlAttribute): Diagnostic {
  const el = ctx.ownerOf(a, e.owner);
  const scope = ctx.scopeOf(el);
  const name = attributeGrammarName(a, scope);
  const narrowed = ctx.narrowedSpec(el, name);
  const general = ctx.generalSpec(el, name);
  const spec = chooseSpec(engineSpec(e.expected), narrowed);
  let together = '';
  const value = a.value.replace(/[ \t\r\n]+/g, ' ').trim();
  if (general && (general.values.includes(a.value) || general.values.includes(value)) && !spec.values.includes(value)) {
    // A value of another form of the element: name the attributes that chose this form.
    const chosenBy = el.attributes.filter((o) => {
      if (o === a || isNamespaceDecl(o)) return false;
      const s = ctx.generalSpec(el, attributeGrammarName(o, scope));
      return s !== undefined && s.forms.length === 0 && s.values.length > 0;
    });
    if (chosenBy.length > 0) together = ` with ${andList(chosenBy.map((o) => `${o.name}='${o.value}'`))}`;
  }
  return diag(DIAGNOSTIC_IDS.schemaInvalidValue, `Invalid value ${quote(a.value)} for attribute '${a.name}' of ${elementLabel(el)}${together}: expected ${describeValueSpec(spec)}`, a.range);
}

function invalidText(ctx: Context, e: ValidationError<SchemaNode>, el: XmlElement): Diagnostic {
  const index = ctx.index;
  const fromIndex = index ? unionSpecs(ctx.infosOf(el).map((c) => c.text)) : undefined;
  const spec = chooseSpec(engineSpec(e.expected), fromIndex);
  const described = spec.values.length + spec.forms.length > 0 ? `: expected ${describeValueSpec(spec)}` : '';
  return diag(DIAGNOSTIC_IDS.schemaInvalidValue, `Invalid content ${quote(el.text.trim())} in ${elementLabel(el)}${described}`, textRange(ctx.doc, el));
}

/** The required attributes `e` reports that `el` does not have at all (one rejected for its value is there). */
function missingNames(ctx: Context, e: ValidationError<SchemaNode>, el: XmlElement): string[] {
  const scope = ctx.scopeOf(el);
  const present = new Set(el.attributes.map((x) => attributeGrammarName(x, scope)));
  return [...new Set(e.expected.attributes.filter((n) => !isWildcard(n)).map(clarkOf))].filter((n) => !present.has(n));
}

/** Whether missingAttribute words `e` at all (not when every attribute it names is there): known without wording it. */
function reportsMissing(ctx: Context, e: ValidationError<SchemaNode>, el: XmlElement): boolean {
  const attributes = e.expected.attributes;
  if (attributes.length === 0) return true;
  // No attribute written: every name the engine expects is missing (the usual case, and no scope to look up).
  if (el.attributes.length === 0) return attributes.some((n) => !isWildcard(n));
  return missingNames(ctx, e, el).length > 0;
}

function missingAttribute(ctx: Context, e: ValidationError<SchemaNode>, el: XmlElement): Diagnostic | undefined {
  const scope = ctx.scopeOf(el);
  // An attribute that is there but was rejected for its value is not also "missing".
  const names = missingNames(ctx, e, el);
  if (names.length === 0) return e.expected.attributes.length > 0 ? undefined : diag(DIAGNOSTIC_IDS.schemaMissingAttribute, `${elementLabel(el)} is missing a required attribute`, el.nameRange);
  return diag(
    DIAGNOSTIC_IDS.schemaMissingAttribute,
    `${elementLabel(el)} is missing the required attribute${names.length > 1 ? 's' : ''} ${andList(names.map((n) => `'${displayName(n, scope)}'`))}`,
    el.nameRange,
  );
}

function incompleteContent(ctx: Context, e: ValidationError<SchemaNode>, el: XmlElement): Diagnostic {
  const scope = ctx.scopeOf(el);
  let names = expectedElements(e.expected).names;
  const index = ctx.index;
  if (index && names.length > 1) {
    // The engine lists what may come next; the index knows which of those are required.
    const required = new Set(ctx.infosOf(el).flatMap((c) => c.children.filter((ch) => ch.required).map((ch) => ch.name)));
    const narrowed = names.filter((n) => required.has(n));
    if (narrowed.length > 0) names = narrowed;
  }
  if (names.length === 0) {
    const what = e.expected.text || e.expected.values.length + e.expected.datatypes.length > 0 ? 'content (a value)' : 'content';
    return diag(DIAGNOSTIC_IDS.schemaMissingElement, `${elementLabel(el)} is missing its required ${what}`, el.nameRange);
  }
  const one = names.length === 1;
  return diag(DIAGNOSTIC_IDS.schemaMissingElement, `${elementLabel(el)} is missing the required child element${one ? '' : ' (one of)'} ${one ? tag(names[0] as string, scope) : orList(names.map((n) => tag(n, scope)))}`, el.nameRange);
}

function undeclaredPrefix(el: XmlElement, a: XmlAttribute | undefined): Diagnostic {
  const name = a ? a.name : el.name;
  const prefix = name.slice(0, name.indexOf(':'));
  return diag(
    DIAGNOSTIC_IDS.xmlUndeclaredPrefix,
    `The namespace prefix '${prefix}' of ${a ? `attribute '${a.name}'` : `<${el.name}>`} is not declared: add xmlns:${prefix}="…" here or on an ancestor`,
    a ? a.nameRange : el.nameRange,
  );
}

/** Where a diagnostic will be and under which id, known before it is worded. */
interface Placed {
  readonly ruleId: string;
  readonly range: Range;
}

/**
 * Where the diagnostic of an engine error goes, without wording it; undefined when the error gets
 * none (the same cases as in `wordError`). Text errors of one element all go on its first text:
 * only the first is placed (`textPlaced` holds the elements placed, per id).
 */
function placeError(ctx: Context, e: ValidationError<SchemaNode>, undeclaredElements: ReadonlySet<XmlElement>, textPlaced: Map<string, Set<XmlElement>>): Placed | undefined {
  const node = e.node;
  switch (e.kind) {
    case 'unexpected-root':
    case 'unexpected-element':
      return isElement(node) && !undeclaredElements.has(node) ? { ruleId: DIAGNOSTIC_IDS.schemaUnexpectedElement, range: node.nameRange } : undefined;
    case 'unexpected-attribute':
      return isElement(node) ? undefined : { ruleId: DIAGNOSTIC_IDS.schemaUnknownAttribute, range: node.nameRange };
    case 'invalid-attribute-value':
      return isElement(node) ? undefined : { ruleId: DIAGNOSTIC_IDS.schemaInvalidValue, range: node.range };
    case 'missing-attribute':
      return isElement(node) && reportsMissing(ctx, e, node) ? { ruleId: DIAGNOSTIC_IDS.schemaMissingAttribute, range: node.nameRange } : undefined;
    case 'incomplete-content':
      return isElement(node) ? { ruleId: DIAGNOSTIC_IDS.schemaMissingElement, range: node.nameRange } : undefined;
    case 'unexpected-text':
      return placeText(ctx, DIAGNOSTIC_IDS.schemaUnexpectedText, isElement(node) ? node : ctx.ownerOf(node), textPlaced);
    case 'invalid-text':
      return isElement(node) ? placeText(ctx, DIAGNOSTIC_IDS.schemaInvalidValue, node, textPlaced) : undefined;
  }
}

function placeText(ctx: Context, ruleId: string, el: XmlElement, textPlaced: Map<string, Set<XmlElement>>): Placed | undefined {
  let placed = textPlaced.get(ruleId);
  if (!placed) textPlaced.set(ruleId, (placed = new Set()));
  if (placed.has(el)) return undefined; // the same range and id as an earlier one: one diagnostic (see dedupe)
  placed.add(el);
  return { ruleId, range: textRange(ctx.doc, el) };
}

/** The diagnostic of one engine error (undefined for the errors that get none, as in placeError). */
function wordError(ctx: Context, e: ValidationError<SchemaNode>, rejected: ReadonlySet<SchemaNode>): Diagnostic | undefined {
  const node = e.node;
  switch (e.kind) {
    case 'unexpected-root':
      return isElement(node) ? diag(DIAGNOSTIC_IDS.schemaUnexpectedElement, `<${node.name}> cannot be the document element here`, node.nameRange) : undefined;
    case 'unexpected-element':
      return isElement(node) ? unexpectedElement(ctx, e, node) : undefined;
    case 'unexpected-attribute':
      return isElement(node) ? undefined : unexpectedAttribute(ctx, e, node, rejected);
    case 'invalid-attribute-value':
      return isElement(node) ? undefined : invalidAttributeValue(ctx, e, node);
    case 'missing-attribute':
      return isElement(node) ? missingAttribute(ctx, e, node) : undefined;
    case 'incomplete-content':
      return isElement(node) ? incompleteContent(ctx, e, node) : undefined;
    case 'unexpected-text': {
      const el = isElement(node) ? node : ctx.ownerOf(node);
      return diag(DIAGNOSTIC_IDS.schemaUnexpectedText, `${elementLabel(el)} must not contain text, only child elements and attributes`, textRange(ctx.doc, el));
    }
    case 'invalid-text':
      return isElement(node) ? invalidText(ctx, e, node) : undefined;
  }
}

/** A placed diagnostic in the running for being worded: `at` is its place in the list (undeclared prefixes first, then the engine's errors). */
interface Entry {
  readonly at: number;
  readonly start: number;
  readonly end: number;
}

/** Before `b` in the order lintText sorts one id's diagnostics in (by range; the list order among equals, as a stable sort keeps it). */
const before = (a: Entry, b: Entry): boolean => (a.start - b.start || a.end - b.end || a.at - b.at) < 0;

/**
 * The first `keep` diagnostics of one id in the order they are listed, kept sorted as they come: the
 * engine reports mostly in document order, but an element's missing content after its children's
 * problems, so 100,000 nested elements report theirs last first.
 */
class FirstPlaced {
  readonly entries: Entry[] = [];
  count = 0;

  constructor(private readonly keep: number) {}

  offer(entry: Entry): void {
    this.count++;
    const list = this.entries;
    if (list.length === this.keep && !before(entry, list[list.length - 1] as Entry)) return;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(entry, list[mid] as Entry)) hi = mid;
      else lo = mid + 1;
    }
    list.splice(lo, 0, entry);
    if (list.length > this.keep) list.pop();
  }
}

/** The schema step's findings: the diagnostics worded, and how many more of each id were found but not worded. */
export interface SchemaFindings {
  readonly diagnostics: Diagnostic[];
  /** Per id, the diagnostics beyond the first `keepPerRule` (by position): counted, never worded. */
  readonly omitted: ReadonlyMap<string, number>;
}

/**
 * One document's engine errors, placed (id and range, cheap) and worded on demand. Positions `at`
 * count the undeclared prefixes first, then the engine's errors: the order schemaFindings lists
 * them in.
 */
class Placement {
  private readonly ctx: Context;
  private readonly undeclared: readonly UndeclaredPrefix[];
  private readonly errors: readonly ValidationError<SchemaNode>[];

  constructor(doc: ParsedDocument, result: TreeValidation, loadIndex: () => GrammarIndex | undefined) {
    this.ctx = new Context(doc, loadIndex);
    this.undeclared = result.undeclared;
    this.errors = result.errors;
  }

  /** Calls `visit` for every diagnostic there will be, in list order (each range once per id, as dedupe leaves them). */
  place(visit: (at: number, p: Placed) => void): void {
    const { undeclared, errors } = this;
    const undeclaredElements = new Set<XmlElement>();
    for (const u of undeclared) if (!u.attribute) undeclaredElements.add(u.element);
    for (let i = 0; i < undeclared.length; i++) {
      const u = undeclared[i] as UndeclaredPrefix;
      visit(i, { ruleId: DIAGNOSTIC_IDS.xmlUndeclaredPrefix, range: u.attribute ? u.attribute.nameRange : u.element.nameRange });
    }
    const textPlaced = new Map<string, Set<XmlElement>>();
    for (let i = 0; i < errors.length; i++) {
      const p = placeError(this.ctx, errors[i] as ValidationError<SchemaNode>, undeclaredElements, textPlaced);
      if (p) visit(undeclared.length + i, p);
    }
  }

  /** The diagnostics at the places `chosen` (each one placed), in that order. */
  word(chosen: readonly number[]): Diagnostic[] {
    const { undeclared, errors } = this;
    const rejected = rejectedAttributes(errors, chosen, undeclared.length);
    // A literal grown by push, not `map`: see othersWritten.
    const out: Diagnostic[] = [];
    for (const at of chosen) {
      if (at < undeclared.length) {
        const u = undeclared[at] as UndeclaredPrefix;
        out.push(undeclaredPrefix(u.element, u.attribute));
      } else out.push(wordError(this.ctx, errors[at - undeclared.length] as ValidationError<SchemaNode>, rejected) as Diagnostic);
    }
    return out;
  }
}

/**
 * Diagnostics for a document the engine found invalid, wording only the first `keepPerRule`
 * diagnostics of each id in position order (the ones a per-rule cap can show, and the one its
 * summary stands at): every error is placed (id and range, cheap), only those are worded. Each
 * worded one is the diagnostic the unbounded call (`keepPerRule` Infinity: every error worded)
 * gives; `omitted` counts the rest, so a cap can say how many there were. `isDisabled` (a
 * document's disable comments, src/linter/disables.ts) is asked about every placed error: those
 * disabled are neither worded nor counted, so the first ones not disabled are those worded.
 * `loadIndex` is called at most once, only when an error needs the grammar index's words.
 */
export function schemaFindings(
  doc: ParsedDocument,
  result: TreeValidation,
  loadIndex: () => GrammarIndex | undefined = () => undefined,
  keepPerRule = Infinity,
  isDisabled: (ruleId: string, range: Range) => boolean = () => false,
): SchemaFindings {
  const placement = new Placement(doc, result, loadIndex);
  const chosen: number[] = [];
  const omitted = new Map<string, number>();
  if (keepPerRule === Infinity) {
    placement.place((at, p) => {
      if (!isDisabled(p.ruleId, p.range)) chosen.push(at);
    });
  } else {
    const byId = new Map<string, FirstPlaced>();
    placement.place((at, p) => {
      if (isDisabled(p.ruleId, p.range)) return;
      let first = byId.get(p.ruleId);
      if (!first) byId.set(p.ruleId, (first = new FirstPlaced(keepPerRule)));
      first.offer({ at, start: p.range.start.offset, end: p.range.end.offset });
    });
    for (const [id, first] of byId) {
      for (const e of first.entries) chosen.push(e.at);
      if (first.count > first.entries.length) omitted.set(id, first.count - first.entries.length);
    }
    chosen.sort((a, b) => a - b);
  }
  return { diagnostics: dedupe(placement.word(chosen)), omitted };
}

/**
 * The attributes the engine rejected (bad value or not allowed) on the elements whose
 * unexpected-attribute errors are worded: their messages list the attributes accepted there.
 */
function rejectedAttributes(errors: readonly ValidationError<SchemaNode>[], chosen: readonly number[], offset: number): ReadonlySet<SchemaNode> {
  const owners = new Set<SchemaNode | undefined>();
  for (const at of chosen) {
    const e = at >= offset ? errors[at - offset] : undefined;
    if (e?.kind === 'unexpected-attribute') owners.add(e.owner);
  }
  const rejected = new Set<SchemaNode>();
  if (owners.size === 0) return rejected;
  // An engine that does not name the owner: every rejected attribute (as before).
  const all = owners.has(undefined);
  for (const e of errors) if ((e.kind === 'invalid-attribute-value' || e.kind === 'unexpected-attribute') && (all || owners.has(e.owner))) rejected.add(e.node);
  return rejected;
}

/**
 * The other attributes written on `el` beside `a` (at most eight), as `name='value'`. Built by a
 * literal grown by push: an empty result of filter/slice/map has another array map than a full
 * one, and the first empty list, met after the wording functions were optimised, deoptimised them
 * (an array literal learns the kind of what is pushed into it, empty or not).
 */
function othersWritten(el: XmlElement, a: XmlAttribute): string[] {
  const out: string[] = [];
  for (const x of el.attributes) {
    if (out.length === 8) break;
    if (x !== a && !isNamespaceDecl(x)) out.push(`${x.name}='${x.value}'`);
  }
  return out;
}

function dedupe(diags: Diagnostic[]): Diagnostic[] {
  if (diags.length < 2) return diags;
  const seen = new Set<string>();
  return diags.filter((d) => {
    const key = `${d.range.start.offset}:${d.range.end.offset}:${d.ruleId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
