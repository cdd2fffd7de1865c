import { type ElementInfo, type GrammarIndex, type ValueSpec, attributeMapOf, grammarNameOf, namespacesInScope } from '../grammar/index.js';
import { attributeValueGrammar, standaloneGrammar, textValueGrammar } from '../grammar/serialize.js';
import type { ParsedDocument } from '../xml/parse.js';
import { type XmlAttribute, type XmlElement, xpathOf } from '../xml/tree.js';
import type { SchemaEngine, SchemaIssue } from './engine.js';

/**
 * One problem pinned on an element or attribute of the document. Produced by drilling down from
 * the engine's vague report; worded by map-issues.ts.
 */
export type Problem =
  /** An element whose name is not allowed in its parent at all. */
  | { readonly kind: 'unexpected-element'; readonly element: XmlElement; readonly parentCandidates: readonly ElementInfo[] }
  | { readonly kind: 'unknown-attribute'; readonly element: XmlElement; readonly attribute: XmlAttribute; readonly allowed: readonly string[] }
  | {
      readonly kind: 'invalid-value';
      readonly element: XmlElement;
      readonly attribute: XmlAttribute;
      readonly spec: ValueSpec;
      /** Set when the value is fine in general but not with these other attributes (they chose the form). */
      readonly together?: readonly XmlAttribute[];
    }
  /** An element name whose prefix no xmlns declaration binds. */
  | { readonly kind: 'undeclared-prefix'; readonly element: XmlElement }
  /** Allowed on the element and a fitting value, but not together with the element's other attributes. */
  | { readonly kind: 'misplaced-attribute'; readonly element: XmlElement; readonly attribute: XmlAttribute }
  | { readonly kind: 'invalid-text'; readonly element: XmlElement; readonly spec: ValueSpec }
  | { readonly kind: 'unexpected-text'; readonly element: XmlElement }
  | { readonly kind: 'missing-attribute'; readonly element: XmlElement; readonly names: readonly string[] }
  | { readonly kind: 'missing-element'; readonly element: XmlElement; readonly names: readonly string[] }
  /** The grammar index cannot say more: the engine's own issues for this element's subtree. */
  | { readonly kind: 'engine'; readonly element: XmlElement; readonly issues: readonly SchemaIssue[]; readonly candidates: readonly ElementInfo[] };

/** Finds the element an engine's XPath names (`/domain/devices/disk[2]/driver`): the deepest existing step. */
export function resolveXPath(root: XmlElement, xpath: string): XmlElement | undefined {
  const steps = xpath.split('/').filter((s) => s.length > 0);
  let cur: XmlElement | undefined;
  for (const [i, step] of steps.entries()) {
    const m = /^([^[\]]+)(?:\[(\d+)\])?$/.exec(step);
    if (!m) return cur;
    const name = m[1] as string;
    const nth = m[2] ? Number(m[2]) : 1;
    if (i === 0) {
      if (root.name !== name && localName(root.name) !== localName(name)) return undefined;
      cur = root;
      continue;
    }
    const next: XmlElement | undefined = cur ? childrenByLocalName(cur, localName(name))[nth - 1] : undefined;
    if (!next) return cur;
    cur = next;
  }
  return cur;
}

const localName = (q: string): string => q.slice(q.indexOf(':') + 1);

/** Children grouped by local name, once per element: resolving one XPath per issue among 8,000 siblings was quadratic. */
const childIndex = new WeakMap<XmlElement, Map<string, XmlElement[]>>();

function childrenByLocalName(el: XmlElement, local: string): readonly XmlElement[] {
  let index = childIndex.get(el);
  if (!index) {
    index = new Map();
    for (const c of el.children) {
      const key = localName(c.name);
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
    childIndex.set(el, index);
  }
  return index.get(local) ?? [];
}
const isNamespaceDecl = (a: XmlAttribute): boolean => a.name === 'xmlns' || a.name.startsWith('xmlns:');
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function splitClark(name: string): { ns: string; local: string } {
  const m = /^\{([^}]*)\}(.*)$/.exec(name);
  return m ? { ns: m[1] as string, local: m[2] as string } : { ns: '', local: name };
}

/** An upper bound on sub-validations per document, so a pathological document cannot make this slow. */
const MAX_VALIDATIONS = 12000;

/**
 * Pins a vague RelaxNG report (an error on an ancestor, "extra element in interleave", "failed to
 * validate content") on the deepest elements at fault: each element is validated on its own
 * against the grammar patterns that describe it in context; the search descends while a child is
 * invalid on its own, and the element where it stops is examined attribute by attribute with the
 * grammar index. Only invalid documents pay for this.
 */
export class DrillDown {
  private validations = 0;
  private readonly fitMemo = new Map<string, boolean>();
  private readonly blamed = new Set<XmlElement>();

  /** True when the validation budget ran out: later elements were not examined. */
  get exhausted(): boolean {
    return this.validations > MAX_VALIDATIONS;
  }

  constructor(
    private readonly doc: ParsedDocument,
    private readonly index: GrammarIndex,
    private readonly engine: SchemaEngine & Required<Pick<SchemaEngine, 'validateWithGrammar'>>,
  ) {}

  /** Problems of a document the engine found invalid (`rootIssues` are its issues for the whole document). */
  run(rootIssues: readonly SchemaIssue[]): Problem[] {
    const root = this.doc.root;
    const attrs = attributeMapOf(root);
    const candidates = this.index.elementsAt([grammarNameOf(root)]).map((c) => this.index.specialize(c, attrs));
    if (candidates.length === 0) return [{ kind: 'unexpected-element', element: root, parentCandidates: [] }];
    this.blame(rootIssues);
    return this.visit(root, candidates, [], rootIssues);
  }

  private visit(el: XmlElement, candidates: readonly ElementInfo[], parentCandidates: readonly ElementInfo[], knownIssues?: readonly SchemaIssue[]): Problem[] {
    if (candidates.length === 0) {
      const colon = el.name.indexOf(':');
      if (colon > 0 && !namespacesInScope(el).has(el.name.slice(0, colon))) return [{ kind: 'undeclared-prefix', element: el }];
      return [{ kind: 'unexpected-element', element: el, parentCandidates }];
    }
    let own = knownIssues;
    // An element the engine already blamed is invalid: go straight to its children and validate it
    // on its own only if they do not explain the fault (big elements such as <devices> are costly).
    if (!own && !this.blamed.has(el)) {
      own = this.validateSelf(el, candidates);
      if (own === undefined || own.length === 0) return [];
    }
    const problems: Problem[] = [];
    const scope = namespacesInScope(el);
    for (const child of el.children) {
      const cscope = childScope(child, scope);
      const attrs = attributeMapOf(child, cscope);
      const childCandidates = this.index.childInfos(candidates, grammarNameOf(child, cscope)).map((c) => this.index.specialize(c, attrs));
      for (const p of this.visit(child, childCandidates, candidates)) problems.push(p); // no spread: one element can have 100k+ problems
    }
    const ownProblems = this.examine(el, candidates);
    if (problems.length > 0) {
      // The children explain the content; only the element's own attributes can add to it.
      return [...ownProblems.filter((p) => p.kind === 'unknown-attribute' || p.kind === 'invalid-value' || p.kind === 'missing-attribute'), ...problems];
    }
    if (ownProblems.length > 0) return ownProblems;
    const forms = candidates.flatMap((c) => this.index.forms(c));
    if (forms.length > 1) {
      // Each child fits some form of the element, but maybe not the same one: judge the whole
      // subtree form by form and keep the form the document follows longest (as a strict
      // validator would read it), e.g. an <os> whose <type> says xen cannot take <boot>.
      const perForm = this.bestForm(el, forms);
      if (perForm) return perForm;
    }
    if (!own) {
      own = this.validateSelf(el, candidates);
      if (own === undefined || own.length === 0) return [];
    }
    // The engine rejects an attribute the index finds allowed with a fitting value: the combination is wrong.
    const misplaced: Problem[] = [];
    const rest: SchemaIssue[] = [];
    for (const issue of own) {
      const m = /^Invalid attribute (\S+) for element (\S+)/.exec(issue.message);
      const target = m && issue.xpath ? resolveXPath(this.doc.root, issue.xpath) : undefined;
      const a = target === el ? el.attributes.find((x) => x.name === m?.[1]) : undefined;
      if (a) misplaced.push({ kind: 'misplaced-attribute', element: el, attribute: a });
      else rest.push(issue);
    }
    if (misplaced.length > 0) return misplaced;
    return [{ kind: 'engine', element: el, issues: rest, candidates }];
  }

  /** The problems of the subtree under the form that fits the longest prefix of it; undefined if a form has none. */
  private bestForm(el: XmlElement, candidates: readonly ElementInfo[]): Problem[] | undefined {
    let best: { problems: Problem[]; firstAt: number } | undefined;
    const scope = namespacesInScope(el);
    for (const c of candidates) {
      const problems = this.examineAgainst(el, c);
      for (const child of el.children) {
        const cscope = childScope(child, scope);
        const attrs = attributeMapOf(child, cscope);
        const childCandidates = this.index.childInfos([c], grammarNameOf(child, cscope)).map((x) => this.index.specialize(x, attrs));
        for (const p of this.visit(child, childCandidates, [c])) problems.push(p);
      }
      if (problems.length === 0) return undefined;
      const firstAt = problems.reduce((min, p) => Math.min(min, problemOffset(p)), Infinity);
      if (!best || firstAt > best.firstAt || (firstAt === best.firstAt && problems.length < best.problems.length)) best = { problems, firstAt };
    }
    return best?.problems;
  }

  /**
   * The engine's issues for the element validated on its own against its best-fitting pattern:
   * [] when some pattern accepts it, undefined when no sub-grammar could be used.
   */
  private validateSelf(el: XmlElement, candidates: readonly ElementInfo[]): readonly SchemaIssue[] | undefined {
    let best: readonly SchemaIssue[] | undefined;
    const tried = new Set<number>();
    for (const c of candidates) {
      if (tried.has((c.general ?? c).pattern.id)) continue;
      tried.add((c.general ?? c).pattern.id);
      // Narrowing never rejects a valid instance, so the general pattern gives the same verdict and
      // one compiled grammar serves every variant (disk, cdrom, …).
      const issues = this.validateAgainst(el, c.general ?? c);
      if (issues === undefined) continue;
      if (issues.length === 0) return [];
      if (!best || issues.length < best.length) best = issues;
    }
    if (best) this.blame(best);
    return best;
  }

  /** Remembers the elements the engine's issues point at (they need no validation of their own). */
  private blame(issues: readonly SchemaIssue[]): void {
    for (const i of issues) {
      const el = i.xpath ? resolveXPath(this.doc.root, i.xpath) : undefined;
      if (el) this.blamed.add(el);
    }
  }

  /** The problems the grammar index can see on the element itself, for its best-fitting pattern. */
  private examine(el: XmlElement, candidates: readonly ElementInfo[]): Problem[] {
    let best: Problem[] | undefined;
    for (const c of candidates) {
      const found = this.examineAgainst(el, c);
      if (found.length === 0) return [];
      if (!best || found.length < best.length) best = found;
    }
    return best ?? [];
  }

  private examineAgainst(el: XmlElement, c: ElementInfo): Problem[] {
    const out: Problem[] = [];
    const scope = namespacesInScope(el);
    const allowed = new Map(c.attributes.map((a) => [a.name, a]));
    for (const a of el.attributes) {
      if (isNamespaceDecl(a)) continue;
      const name = attributeName(a.name, scope);
      const info = allowed.get(name);
      if (!info) {
        // Not listed by name; a wildcard (anyName / nsName) may still accept it.
        if (!c.anyAttribute || this.index.attributeContent(c.pattern, name) === undefined) {
          out.push({ kind: 'unknown-attribute', element: el, attribute: a, allowed: c.attributes.map((x) => x.name) });
        }
        continue;
      }
      if (!listed(info.value, a.value) && !this.valueFits(c, name, a.value)) out.push(this.invalidValue(el, a, name, c, info.value));
    }
    const present = new Set(el.attributes.filter((a) => !isNamespaceDecl(a)).map((a) => attributeName(a.name, scope)));
    const missingAttrs = this.index.missingAttributes(c.pattern, present);
    if (missingAttrs.length > 0) out.push({ kind: 'missing-attribute', element: el, names: missingAttrs });
    const childNames = new Set(el.children.map((ch) => grammarNameOf(ch, childScope(ch, scope))));
    const missingChildren = c.children.filter((ch) => ch.required && !childNames.has(ch.name)).map((ch) => ch.name);
    if (missingChildren.length > 0) out.push({ kind: 'missing-element', element: el, names: missingChildren });
    if (el.text.trim().length > 0) {
      if (!c.text) out.push({ kind: 'unexpected-text', element: el });
      else if (el.children.length === 0 && !listed(c.text, el.text) && !this.textFits(c, el.text)) out.push({ kind: 'invalid-text', element: el, spec: c.text });
    }
    return out;
  }

  /**
   * An invalid attribute value. When the element was narrowed by its other attributes, the value is
   * judged against every form of the element: wrong everywhere → all allowed values are listed;
   * right elsewhere → the attributes that chose this form are named.
   */
  private invalidValue(el: XmlElement, a: XmlAttribute, name: string, c: ElementInfo, narrowedSpec: ValueSpec): Problem {
    const general = c.general;
    const generalSpec = general?.attributes.find((x) => x.name === name)?.value;
    if (!general || !generalSpec) return { kind: 'invalid-value', element: el, attribute: a, spec: narrowedSpec };
    if (!this.valueFits(general, name, a.value)) return { kind: 'invalid-value', element: el, attribute: a, spec: generalSpec };
    const together = el.attributes.filter((o) => {
      if (o === a || isNamespaceDecl(o)) return false;
      const spec = general.attributes.find((x) => x.name === o.name)?.value;
      return spec !== undefined && spec.forms.length === 0 && spec.values.length > 0;
    });
    return { kind: 'invalid-value', element: el, attribute: a, spec: narrowedSpec, together };
  }

  private valueFits(c: ElementInfo, name: string, value: string): boolean {
    const content = this.index.attributeContent(c.pattern, name);
    if (!content) return true;
    const { ns, local } = splitClark(name);
    const key = `attr:${c.pattern.id}:${name}`;
    const nsDecl = ns ? ` xmlns:a="${escapeAttr(ns)}"` : '';
    const text = `<v${nsDecl} ${ns ? 'a:' : ''}${local}="${escapeAttr(value)}"/>`;
    return this.fits(text, key, () => attributeValueGrammar(ns, local, content));
  }

  private textFits(c: ElementInfo, text: string): boolean {
    const content = this.index.textContent(c.pattern);
    if (!content) return true;
    return this.fits(`<v>${escapeText(text)}</v>`, `text:${c.pattern.id}`, () => textValueGrammar(content));
  }

  private fits(text: string, key: string, source: () => string): boolean {
    const memoKey = `${key}\u0000${text}`;
    const known = this.fitMemo.get(memoKey);
    if (known !== undefined) return known;
    this.validations++;
    const outcome = this.engine.validateWithGrammar(text, { key, source });
    const ok = outcome.status !== 'checked' || outcome.issues.length === 0;
    this.fitMemo.set(memoKey, ok);
    return ok;
  }

  /** Validates one element's subtree against one pattern; undefined when that cannot be done. */
  private validateAgainst(el: XmlElement, c: ElementInfo): readonly SchemaIssue[] | undefined {
    if (this.validations++ > MAX_VALIDATIONS) return undefined;
    const outcome = this.engine.validateWithGrammar(this.fragment(el), { key: `el:${c.pattern.id}`, source: () => standaloneGrammar(c.pattern) });
    if (outcome.status !== 'checked') return undefined;
    if (outcome.issues.length === 0) return [];
    const base = xpathOf(el);
    const lineShift = el.range.start.line - 1;
    return outcome.issues.map((i) => ({
      ...i,
      line: i.line > 0 ? i.line + lineShift : 0,
      ...(i.xpath ? { xpath: base + i.xpath.replace(/^\/[^/]+/, '') } : {}),
    }));
  }

  /**
   * The element's source text as a document of its own, with the namespace declarations of its
   * ancestors carried over. Lines are shifted back by the caller (cheaper than padding each
   * fragment with the lines before it).
   */
  private fragment(el: XmlElement): string {
    const text = this.doc.text;
    const own = new Set(el.attributes.filter(isNamespaceDecl).map((a) => a.name));
    const decls: string[] = [];
    if (el.parent) {
      for (const [prefix, uri] of namespacesInScope(el.parent)) {
        const attrName = prefix ? `xmlns:${prefix}` : 'xmlns';
        if (!own.has(attrName)) decls.push(` ${attrName}="${escapeAttr(uri)}"`);
      }
    }
    const nameEnd = el.nameRange.end.offset;
    return text.slice(el.range.start.offset, nameEnd) + decls.join('') + text.slice(nameEnd, el.range.end.offset);
  }
}

/** Where a problem is in the document (for choosing the form a document follows longest). */
function problemOffset(p: Problem): number {
  if (p.kind === 'unknown-attribute' || p.kind === 'invalid-value' || p.kind === 'misplaced-attribute') return p.attribute.range.start.offset;
  if (p.kind === 'missing-element' || p.kind === 'missing-attribute' || p.kind === 'engine') return p.element.range.end.offset;
  return p.element.range.start.offset;
}

/** A value the grammar lists one by one is certainly accepted (saves compiling a value grammar). */
function listed(spec: ValueSpec, value: string): boolean {
  return spec.values.includes(value) || spec.values.includes(value.replace(/[ \t\r\n]+/g, ' ').trim());
}

function childScope(child: XmlElement, parentScope: Map<string, string>): Map<string, string> {
  if (!child.attributes.some(isNamespaceDecl)) return parentScope;
  return namespacesInScope(child);
}

function attributeName(qname: string, scope: Map<string, string>): string {
  const i = qname.indexOf(':');
  if (i < 0) return qname;
  const prefix = qname.slice(0, i);
  const ns = prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : scope.get(prefix);
  return ns ? `{${ns}}${qname.slice(i + 1)}` : qname;
}
