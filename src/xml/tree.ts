import type { Range } from '../types.js';

/**
 * An attribute as written in a start tag, with the ranges of its name and of its value (inside the
 * quotes). Its shape is the model's `Attr` (src/model/located.ts): the model hands the tree's
 * attributes to rules as they are.
 */
export interface XmlAttribute {
  readonly name: string;
  readonly value: string;
  readonly nameRange: Range;
  /** The value inside the quotes. */
  readonly range: Range;
  /** From the first character of the name to the closing quote. */
  readonly attributeRange: Range;
}

/** An element of the parsed document. Read-only; `parent` is undefined for the root. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlElement[];
  readonly parent: XmlElement | undefined;
  /** Concatenated character data directly inside this element (not in descendants). */
  readonly text: string;
  /** From `<` of the start tag to `>` of the end tag (or of `/>`). */
  readonly range: Range;
  /** The element name in its start tag. */
  readonly nameRange: Range;
  /** From `<` to `>` of the start tag. */
  readonly startTagRange: Range;
  /** Between the start and end tag (empty range at the end of `/>` for self-closing elements). */
  readonly contentRange: Range;
  /** 1-based index among siblings of the same name (for XPath-style addressing). */
  readonly sameNameIndex: number;
}

export interface XmlComment {
  /** The comment's text between `<!--` and `-->`. */
  readonly text: string;
  readonly range: Range;
}

/** Look up an attribute by name. */
export function attr(el: XmlElement | undefined, name: string): XmlAttribute | undefined {
  return el?.attributes.find((a) => a.name === name);
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** Depth-first walk of an element and its descendants. */
export function* walk(el: XmlElement): Generator<XmlElement> {
  const stack: XmlElement[] = [el];
  while (stack.length > 0) {
    const cur = stack.pop() as XmlElement;
    yield cur;
    for (let i = cur.children.length - 1; i >= 0; i--) stack.push(cur.children[i] as XmlElement);
  }
}

/** XPath of an element in libxml2's style: /domain/devices/disk[2]/driver. */
export function xpathOf(el: XmlElement): string {
  const steps: string[] = [];
  for (let cur: XmlElement | undefined = el; cur; cur = cur.parent) {
    const siblings = cur.parent ? sameNameCount(cur.parent, cur.name) : 1;
    steps.push(siblings > 1 ? `${cur.name}[${cur.sameNameIndex}]` : cur.name);
  }
  return '/' + steps.reverse().join('/');
}

/** Children per name of each element, counted once: an XPath for each of 8,000 siblings was quadratic. */
const childNameCounts = new WeakMap<XmlElement, Map<string, number>>();

function sameNameCount(parent: XmlElement, name: string): number {
  let counts = childNameCounts.get(parent);
  if (!counts) {
    counts = new Map();
    for (const c of parent.children) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
    childNameCounts.set(parent, counts);
  }
  return counts.get(name) ?? 0;
}
