/**
 * Builder helpers: how the model reads the parsed XML tree. Only the model's builders use this
 * module; rules see the typed model, never the tree.
 */
import type { Range } from '../types.js';
import { type XmlAttribute, type XmlElement, attr, child, childrenNamed } from '../xml/tree.js';
import type { Attr, Span, Text } from './located.js';

export type { XmlElement };
export { child, childrenNamed };

export const attrOf = (a: XmlAttribute): Attr => ({ name: a.name, value: a.value, range: a.valueRange, nameRange: a.nameRange, attributeRange: a.range });

/** An attribute of an element as a located value. */
export function attrValue(el: XmlElement | undefined, name: string): Attr | undefined {
  const a = attr(el, name);
  return a ? attrOf(a) : undefined;
}

/** The location of an element (no values). */
export const spanOf = (el: XmlElement): Span => ({ tag: el.name, nameRange: el.nameRange, range: el.range });

export const spanOfChild = (el: XmlElement | undefined, name: string): Span | undefined => {
  const c = child(el, name);
  return c ? spanOf(c) : undefined;
};

/** The trimmed text of an element, with the range of the text itself. */
export function textValue(el: XmlElement | undefined): Text | undefined {
  if (!el) return undefined;
  const value = el.text.trim();
  return {
    tag: el.name,
    value,
    range: el.children.length === 0 && value !== '' ? trimmedContentRange(el) : el.nameRange,
    nameRange: el.nameRange,
    elementRange: el.range,
    contentRange: el.contentRange,
  };
}

function trimmedContentRange(el: XmlElement): Range {
  const { start, end } = el.contentRange;
  const lead = el.text.length - el.text.trimStart().length;
  const trail = el.text.length - el.text.trimEnd().length;
  // Content without markup: offsets map 1:1 unless entities were used; fall back to the whole content then.
  if (end.offset - start.offset !== el.text.length) return el.contentRange;
  return {
    start: { line: start.line, column: start.column + lead, offset: start.offset + lead },
    end: { line: end.line, column: end.column - trail, offset: end.offset - trail },
  } as Range;
}

/** Several attributes of one element at once, as a record of located values (undefined when absent). */
export function attrsOf<K extends string>(el: XmlElement | undefined, names: Readonly<Record<K, string>>): { readonly [P in K]?: Attr } {
  const out: { [P in K]?: Attr } = {};
  for (const key of Object.keys(names) as K[]) {
    const v = attrValue(el, names[key]);
    if (v) out[key] = v;
  }
  return out;
}

/** A child element with some of its attributes, or undefined when the child is absent. */
export function withAttrs<K extends string>(el: XmlElement | undefined, name: string, names: Readonly<Record<K, string>>): (Span & { readonly [P in K]?: Attr }) | undefined {
  const c = child(el, name);
  return c ? { ...spanOf(c), ...attrsOf(c, names) } : undefined;
}
