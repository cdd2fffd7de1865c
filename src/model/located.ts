import type { Range } from '../types.js';

/**
 * A value read from the document together with where it is written. For an attribute `range` is
 * the value inside the quotes; for an element's text it is the trimmed text (the element's name when
 * the text is empty or mixed with markup).
 */
export interface Located<T = string> {
  readonly value: T;
  readonly range: Range;
}

/** An attribute as a located value, with the attribute's name and the whole `name='value'` written. */
export interface Attr extends Located {
  readonly name: string;
  readonly nameRange: Range;
  /** From the first character of the name to the closing quote (what a fix removes). */
  readonly attributeRange: Range;
}

/** Where an element of the model is written. Every model node extends it. */
export interface Span {
  /** The element's name, e.g. `disk`. */
  readonly tag: string;
  /** The element name in its start tag: where most reports point. */
  readonly nameRange: Range;
  /** The whole element, from `<` of the start tag to `>` of the end tag. */
  readonly range: Range;
}

/** An element whose text is the value (`<serial>abc</serial>`): the trimmed text, and the element itself. */
export interface Text extends Located {
  /** The element's name, e.g. `serial`. */
  readonly tag: string;
  /** The element name in its start tag. */
  readonly nameRange: Range;
  /** The whole element. */
  readonly elementRange: Range;
  /** Between the start and the end tag, white space included. */
  readonly contentRange: Range;
}

/** The keys of a model node whose values are attributes (for rules that check a list of settings). */
export type AttrKey<T> = { [K in keyof T]-?: NonNullable<T[K]> extends Attr ? K : never }[keyof T];
