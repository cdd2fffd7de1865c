/**
 * Builder helpers: how the model reads the parsed XML tree. Only the model's builders use this
 * module; rules see the typed model, never the tree.
 *
 * Built for every document before any rule runs, so these are plain loops: no closures per lookup,
 * no object spreads, no intermediate records (on a 10,000-device domain those were most of the cost).
 */
import type { Position, Range } from '../types.js';
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

/**
 * An attribute as the model gives it to rules: the tree's attribute itself, whose shape is `Attr`
 * and whose ranges are made only when a rule asks (src/xml/nodes.ts). A wrapper per attribute
 * read was 2 MB of a 5,000-device domain's model.
 */
export const attrOf = (a: XmlAttribute): Attr => a;

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

/**
 * Where an element of the model is written: the element's ranges are read from the tree when a
 * rule asks, as for the attributes ({@link attrOf}). Records of attributes ({@link AttrRecord}) are
 * spans with their attributes added.
 */
class ElementSpan implements Span {
  readonly tag: string;
  readonly #element: XmlElement;

  constructor(el: XmlElement) {
    this.tag = el.name;
    this.#element = el;
  }

  get nameRange(): Range {
    return this.#element.nameRange;
  }

  get range(): Range {
    return this.#element.range;
  }

  /** The first child named `name` of the element `span` was read from (see {@link childOfSpan}). */
  static childOf(span: ElementSpan, name: string): XmlElement | undefined {
    return child(span.#element, name);
  }
}

/**
 * The first child named `name` of the element a record of {@link AttrRecord} (or {@link spanOf})
 * was read from; undefined for another span or without such a child. For a model reader that looks
 * below a record only when a rule asks (address.ts: an address's `<zpci>`), not when it is built.
 */
export function childOfSpan(span: Span, name: string): XmlElement | undefined {
  return span instanceof ElementSpan ? ElementSpan.childOf(span, name) : undefined;
}

/** The location of an element (no values). */
export const spanOf = (el: XmlElement): Span => new ElementSpan(el);

export const spanOfChild = (el: XmlElement | undefined, name: string): Span | undefined => {
  const c = child(el, name);
  return c ? spanOf(c) : undefined;
};

/** An element whose text is the value, read lazily like {@link ElementSpan}. */
class ElementText implements Text {
  readonly tag: string;
  readonly value: string;
  readonly #element: XmlElement;

  constructor(el: XmlElement, value: string) {
    this.tag = el.name;
    this.value = value;
    this.#element = el;
  }

  /** The trimmed text itself; the element's name when the text is empty or mixed with markup. */
  get range(): Range {
    const el = this.#element;
    return el.children.length === 0 && this.value !== '' ? trimmedContentRange(el) : el.nameRange;
  }

  get nameRange(): Range {
    return this.#element.nameRange;
  }

  get elementRange(): Range {
    return this.#element.range;
  }

  get contentRange(): Range {
    return this.#element.contentRange;
  }
}

/** The trimmed text of an element, with the range of the text itself. */
export function textValue(el: XmlElement | undefined): Text | undefined {
  return el ? new ElementText(el, el.text.trim()) : undefined;
}

function trimmedContentRange(el: XmlElement): Range {
  const content = el.contentRange;
  const { start, end } = content;
  const lead = el.text.length - el.text.trimStart().length;
  const trail = el.text.length - el.text.trimEnd().length;
  // Content without markup: offsets map 1:1 unless entities were used; fall back to the whole content then.
  if (end.offset - start.offset !== el.text.length) return content;
  if (lead === 0 && trail === 0) return content;
  const from = advance(start, el.text, 0, lead);
  return { start: from, end: advance(from, el.text, lead, el.text.length - trail) } as Range;
}

/**
 * The position `pos` moved over `text[from, to)`: line breaks (LF, CRLF, a lone CR, as the line
 * index counts them) start a new line. White space around a value may hold line breaks
 * (`<capacity>\n  10\n</capacity>`): adding its length to the column put the value on the start
 * tag's line, past its end.
 */
function advance(pos: Position, text: string, from: number, to: number): Position {
  let { line, column } = pos;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column, offset: pos.offset + (to - from) };
}

type Mutable<T> = { -readonly [P in keyof T]: T[P] };

/** A span with some attributes as located values, as {@link AttrRecord} reads it. */
export type SpanWith<K extends string> = Span & { readonly [P in K]?: Attr };

/**
 * How one kind of record reads its element's attributes: the model's keys (in order) and the
 * attribute each comes from. `read` makes the element's span and adds every key (undefined when
 * the attribute is absent) in the same order, so all records of a kind share one shape, and fills
 * it in one pass over the element's attributes. Builders may add fields after reading (`Writable`
 * records).
 */
export class AttrRecord<K extends string> {
  private readonly keys: readonly K[];
  private readonly keyOf: ReadonlyMap<string, K>;

  constructor(names: Readonly<Record<K, string>>) {
    const keys = Object.keys(names) as K[];
    this.keys = keys;
    this.keyOf = new Map(keys.map((k) => [names[k], k]));
  }

  /** The element's span and the attributes of this kind of record. */
  read(el: XmlElement): Mutable<SpanWith<K>> {
    const out = new ElementSpan(el) as unknown as Mutable<SpanWith<K>>;
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) (out as { [P in K]?: Attr })[keys[i] as K] = undefined;
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
// select.ts (site policies) need the whole tree, rules never see it. Set by the builders only. A
// non-enumerable property under a private symbol, not a module-level WeakMap: the values of a
// WeakMap that lives in the old generation are kept through young-generation collections, so
// every finished document's tree was copied once more before it died (11.8 of 15.3 MB of a
// 300-line domain's lint survived a scavenge that way, 0.4 MB without; docs/performance.md).
// A registered symbol: a plugin imports selectAll from the package (dist/src/index.js) while the CLI
// runs its bundle, another copy of this module; a private symbol of each copy made every query of a
// plugin rule run by the CLI fail ("this model was not built by virtlint").
const SOURCE_ELEMENT = Symbol.for('virtlint.sourceElement');

/** Records which element a model node was built from (builders only). */
export function linkElement<T extends object>(node: T, el: XmlElement): T {
  Object.defineProperty(node, SOURCE_ELEMENT, { value: el });
  return node;
}

/** The element a model node was built from, when a builder recorded it. */
export const elementOf = (node: object): XmlElement | undefined => (node as { [SOURCE_ELEMENT]?: XmlElement })[SOURCE_ELEMENT];
