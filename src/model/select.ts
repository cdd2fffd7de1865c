/**
 * Generic element/attribute access for declarative policies: a small path language over the
 * parsed document, relative to its root element, returning what it finds with exact ranges.
 *
 *   devices/interface/model@type          the `type` attribute of every <model> of every <interface>
 *   devices/disk[@device='disk']/driver   <driver> of disks whose device attribute is 'disk'
 *   devices/*\/address@type                any device's <address type>
 *   os/type                               the <type> element (its value is its trimmed text)
 *
 * Steps are element names (or `*`), each optionally followed by predicates `[@a]`, `[@a='v']` or
 * `[@a!='v']` (true when `a` is absent or differs: unlike XPath, so that a libvirt default written
 * nowhere still counts as "not v"). A final `@name` selects an attribute instead of elements.
 */
import type { Range } from '../types.js';
import { type XmlAttribute, type XmlElement, attr } from '../xml/tree.js';
import { textValue } from './domain.js';

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

/** One thing a path found: an element (value: its trimmed text) or an attribute (value: as written). */
export interface Selected {
  readonly element: XmlElement;
  readonly attribute?: XmlAttribute;
  readonly value: string;
  /** Where the value is: the attribute (name and value), or the element's text (its name when it has none). */
  readonly range: Range;
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
    const a = attr(el, p.attribute);
    if (p.op === 'exists') return a !== undefined;
    if (p.op === '=') return a?.value === p.value;
    return a?.value !== p.value;
  });
}

/** The elements a list of steps reaches from the root, in document order. */
export function elementsAt(root: XmlElement, steps: readonly Step[]): XmlElement[] {
  let level: XmlElement[] = [root];
  for (const step of steps) level = level.flatMap((el) => el.children.filter((c) => matchesStep(c, step)));
  return level;
}

/** Children of one element that match a step. */
export function childrenMatching(el: XmlElement, step: Step): XmlElement[] {
  return el.children.filter((c) => matchesStep(c, step));
}

/** Everything a path selects: its elements, or the attribute on each of them that has it. */
export function selectAll(root: XmlElement, path: SelectPath): Selected[] {
  const elements = elementsAt(root, path.steps);
  if (path.attribute === undefined) {
    return elements.map((element) => {
      const text = textValue(element) as { value: string; range: Range };
      return { element, value: text.value, range: text.range };
    });
  }
  const name = path.attribute;
  return elements.flatMap((element) => {
    const a = attr(element, name);
    return a ? [{ element, attribute: a, value: a.value, range: a.range }] : [];
  });
}
