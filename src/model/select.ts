/**
 * Generic element/attribute access for declarative policies: a small path language over a document
 * (a domain, or any kind rules check), relative to its root element, returning what it finds as
 * located values (exact ranges).
 *
 *   devices/interface/model@type          the `type` attribute of every <model> of every <interface>
 *   devices/disk[@device='disk']/driver   <driver> of disks whose device attribute is 'disk'
 *   devices/*\/address@type                any device's <address type>
 *   os/type                               the <type> element (its value is its trimmed text)
 *
 * Steps are element names (or `*`), each optionally followed by predicates `[@a]`, `[@a='v']` or
 * `[@a!='v']` (true when `a` is absent or differs: unlike XPath, so that a libvirt default written
 * nowhere still counts as "not v"). A final `@name` selects an attribute instead of elements.
 *
 * The queries read the document the model (a `Domain`, a network's `Network`, …) was built from
 * (through the model's private link, read.ts); what they return is model values — {@link Span},
 * {@link Attr}, {@link Located} — never the tree.
 */
import type { RuleDocumentKind, RuleDocumentModels } from '../rule.js';
import type { Attr, Located, Span } from './located.js';
import { type XmlElement, attrValue, elementOf, spanOf, textValue } from './read.js';

export interface Predicate {
  readonly attribute: string;
  readonly op: 'exists' | '=' | '!=';
  readonly value?: string;
}

export interface Step {
  /** An element name, or `*` for any. */
  readonly name: string;
  readonly predicates: readonly Predicate[];
}

export interface SelectPath {
  /** Element steps below the root (empty: the root itself). */
  readonly steps: readonly Step[];
  /** The attribute selected on the last step's elements, when the path ends in `@name`. */
  readonly attribute?: string;
  readonly source: string;
}

/**
 * One thing a path found. `value` and `range`: the attribute's value (inside the quotes), or the
 * element's trimmed text (its name when it has no text of its own).
 */
export interface Selected extends Located {
  /** The element reached (for an attribute path, the element that carries the attribute). */
  readonly element: Span;
  /** The attribute, when the path ends in `@name`. */
  readonly attribute?: Attr;
}

/**
 * Something a path requires and an element lacks (see {@link selectMissing}): a child element
 * (`child`, possibly `*`), a child with an attribute (`child` and `attribute`), or an attribute of
 * `element` itself (`attribute` only).
 */
export interface Missing {
  /** The element that lacks it: a report points at its `nameRange`. */
  readonly element: Span;
  readonly child?: string;
  readonly attribute?: string;
}

const NAME = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
const PREDICATE = `\\[@${NAME}(?:!?='[^']*')?\\]`;
const STEP = `(?:${NAME}|\\*)(?:${PREDICATE})*`;
/** The syntax as a regular expression, for JSON Schemas of options that hold a path. */
export const SELECT_SYNTAX = `^(?:${STEP}(?:/${STEP})*(?:@${NAME})?|@${NAME})$`;
const SYNTAX = new RegExp(SELECT_SYNTAX);

/** Parses a path; undefined when it does not follow the syntax above. */
export function parseSelect(source: string): SelectPath | undefined {
  if (!SYNTAX.test(source)) return undefined;
  const at = source.search(new RegExp(`@${NAME}$`));
  // `@` inside a predicate is followed by `]` eventually; the final attribute is the last `@name` at the end.
  const tail = at >= 0 && !source.slice(at).includes(']') ? source.slice(at + 1) : undefined;
  const body = tail !== undefined ? source.slice(0, at) : source;
  const steps: Step[] = [];
  for (const raw of body ? splitSteps(body) : []) {
    const bracket = raw.indexOf('[');
    const name = bracket < 0 ? raw : raw.slice(0, bracket);
    const predicates = [...raw.slice(name.length).matchAll(/\[@([^\]=!]+)(?:(!?=)'([^']*)')?\]/g)].map((m) =>
      m[2] ? { attribute: m[1] as string, op: m[2] as '=' | '!=', value: m[3] as string } : { attribute: m[1] as string, op: 'exists' as const },
    );
    steps.push({ name, predicates });
  }
  return { steps, ...(tail !== undefined ? { attribute: tail } : {}), source };
}

/** Splits on `/` outside predicate values. */
function splitSteps(body: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of body) {
    if (c === "'") quoted = !quoted;
    if (c === '/' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function matchesStep(el: XmlElement, step: Step): boolean {
  if (step.name !== '*' && el.name !== step.name) return false;
  return step.predicates.every((p) => {
    const a = attrValue(el, p.attribute);
    if (p.op === 'exists') return a !== undefined;
    if (p.op === '=') return a?.value === p.value;
    return a?.value !== p.value;
  });
}

/** The elements a list of steps reaches from the root, in document order. */
function elementsAt(root: XmlElement, steps: readonly Step[]): XmlElement[] {
  let level: XmlElement[] = [root];
  for (const step of steps) level = level.flatMap((el) => el.children.filter((c) => matchesStep(c, step)));
  return level;
}

/** Children of one element that match a step. */
function childrenMatching(el: XmlElement, step: Step): XmlElement[] {
  return el.children.filter((c) => matchesStep(c, step));
}

/** A path given as text is parsed (and must follow the syntax). */
function pathOf(path: SelectPath | string): SelectPath {
  if (typeof path !== 'string') return path;
  const parsed = parseSelect(path);
  if (!parsed) throw new Error(`select: '${path}' is not a path like devices/disk/driver@cache`);
  return parsed;
}

/** The model of a document that rules check: a `Domain`, or a `Network`, `Pool`, `Volume`, `Secret`, `NwFilter`. */
export type SelectModel = RuleDocumentModels[RuleDocumentKind];

function rootOf(model: SelectModel): XmlElement {
  const root = elementOf(model);
  // Only virtlint builds models (lintText, RuleTester): a copy or a hand-made object has no document behind it.
  if (!root) throw new Error('select: this model was not built by virtlint (pass the domain or other model a rule receives, not a copy)');
  return root;
}

/** Everything a path selects in a document: its elements, or the attribute on each of them that has it. */
export function selectAll(model: SelectModel, query: SelectPath | string): Selected[] {
  const path = pathOf(query);
  const elements = elementsAt(rootOf(model), path.steps);
  if (path.attribute === undefined) {
    return elements.map((el) => {
      const text = textValue(el) as Located;
      return { element: spanOf(el), value: text.value, range: text.range };
    });
  }
  const name = path.attribute;
  return elements.flatMap((el) => {
    const a = attrValue(el, name);
    return a ? [{ element: spanOf(el), attribute: a, value: a.value, range: a.range }] : [];
  });
}

/**
 * What a path requires and the document lacks: every element the path reaches without its last step
 * must have the last step's element, and for an attribute path each of those must have the attribute.
 * So `devices/disk/driver@cache` requires a <driver cache> in every disk; where there are no disks,
 * nothing is missing (count with {@link selectAll} to require that something exists at all).
 */
export function selectMissing(model: SelectModel, query: SelectPath | string): Missing[] {
  const path = pathOf(query);
  const root = rootOf(model);
  const last = path.steps[path.steps.length - 1];
  const attribute = path.attribute;
  if (!last) return attribute !== undefined && !attrValue(root, attribute) ? [{ element: spanOf(root), attribute }] : [];
  const out: Missing[] = [];
  for (const parent of elementsAt(root, path.steps.slice(0, -1))) {
    const kids = childrenMatching(parent, last);
    if (kids.length === 0) {
      out.push({ element: spanOf(parent), child: last.name, ...(attribute !== undefined ? { attribute } : {}) });
      continue;
    }
    if (attribute === undefined) continue;
    for (const kid of kids) if (!attrValue(kid, attribute)) out.push({ element: spanOf(kid), attribute });
  }
  return out;
}
