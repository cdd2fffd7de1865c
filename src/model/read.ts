/**
 * Builder helpers: how the model reads the parsed XML tree. Only the model's builders use this
 * module; rules see the typed model, never the tree.
 *
 * Built for every document before any rule runs, so these are plain loops: no closures per lookup,
 * no object spreads, no intermediate records (on a 10,000-device domain those were most of the cost).
 */
import type { Range } from '../types.js';
import type { XmlAttribute, XmlElement } from '../xml/tree.js';
import type { Attr, Span, Text } from './located.js';

export type { XmlElement };

/** The first child element with this name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  const children = el.children;
  for (let i = 0; i < children.length; i++) if ((children[i] as XmlElement).name === name) return children[i];
  return undefined;
}

/** A list shared by every record that has none of something (frozen: the model is read-only). */
export const NONE: readonly never[] = Object.freeze([]);

/** The children with this name, each mapped; {@link NONE} when there are none (the common case). */
export function mapChildren<T>(el: XmlElement | undefined, name: string, fn: (c: XmlElement) => T): readonly T[] {
  if (!el) return NONE;
  let out: T[] | undefined;
  for (const c of el.children) if (c.name === name) (out ??= []).push(fn(c));
  return out ?? NONE;
}

/** The children with this name for which `fn` gives a value, mapped; {@link NONE} when there are none. */
export function mapChildrenDefined<T>(el: XmlElement | undefined, name: string, fn: (c: XmlElement) => T | undefined): readonly T[] {
  if (!el) return NONE;
  let out: T[] | undefined;
  for (const c of el.children) {
    if (c.name !== name) continue;
    const v = fn(c);
    if (v !== undefined) (out ??= []).push(v);
  }
  return out ?? NONE;
}

export const attrOf = (a: XmlAttribute): Attr => ({ name: a.name, value: a.value, range: a.valueRange, nameRange: a.nameRange, attributeRange: a.range });

/** An attribute of an element as a located value. */
export function attrValue(el: XmlElement | undefined, name: string): Attr | undefined {
  if (!el) return undefined;
  const attributes = el.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes[i] as XmlAttribute;
    if (a.name === name) return attrOf(a);
  }
  return undefined;
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
  if (lead === 0 && trail === 0) return el.contentRange;
  return {
    start: { line: start.line, column: start.column + lead, offset: start.offset + lead },
    end: { line: end.line, column: end.column - trail, offset: end.offset - trail },
  } as Range;
}

type Mutable<T> = { -readonly [P in keyof T]: T[P] };

/** A span with some attributes as located values, as {@link AttrRecord} reads it. */
export type SpanWith<K extends string> = Span & { readonly [P in K]?: Attr };

/**
 * How one kind of record reads its element's attributes: the model's keys (in order) and the
 * attribute each comes from. `read` copies a template that has every key (undefined when the
 * attribute is absent), so all records of a kind share one shape, and fills it in one pass over the
 * element's attributes. Builders may add fields after reading (`Writable` records).
 */
export class AttrRecord<K extends string> {
  private readonly template: Mutable<SpanWith<K>>;
  private readonly keyOf: ReadonlyMap<string, K>;

  constructor(names: Readonly<Record<K, string>>) {
    const keys = Object.keys(names) as K[];
    this.keyOf = new Map(keys.map((k) => [names[k], k]));
    this.template = Object.fromEntries([['tag', ''], ['nameRange', undefined], ['range', undefined], ...keys.map((k) => [k, undefined])]) as Mutable<SpanWith<K>>;
  }

  /** The element's span and the attributes of this kind of record. */
  read(el: XmlElement): Mutable<SpanWith<K>> {
    const out = { ...this.template };
    const span: Mutable<Span> = out;
    span.tag = el.name;
    span.nameRange = el.nameRange;
    span.range = el.range;
    this.fill(el, out);
    return out;
  }

  /** Reads this kind's attributes of `el` into `out` (whose keys should already exist, for its shape). */
  fill(el: XmlElement, out: { -readonly [P in K]?: Attr }): void {
    const attributes = el.attributes;
    for (let i = 0; i < attributes.length; i++) {
      const a = attributes[i] as XmlAttribute;
      const key = this.keyOf.get(a.name);
      if (key !== undefined) out[key] = attrOf(a);
    }
  }

  /** `read` of the first child with this name, or undefined when there is none. */
  readChild(el: XmlElement | undefined, name: string): SpanWith<K> | undefined {
    const c = child(el, name);
    return c ? this.read(c) : undefined;
  }
}

export type Writable<T> = Mutable<T>;

// The model's private link from a node to the element it was read from: the path queries of
// select.ts (site policies) need the whole tree, rules never see it. Set by the builders only.
const elements = new WeakMap<object, XmlElement>();

/** Records which element a model node was built from (builders only). */
export function linkElement<T extends object>(node: T, el: XmlElement): T {
  elements.set(node, el);
  return node;
}

/** The element a model node was built from, when a builder recorded it. */
export const elementOf = (node: object): XmlElement | undefined => elements.get(node);
