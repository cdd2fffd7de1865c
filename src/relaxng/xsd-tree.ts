import type { XsdRegexNode } from './xsd-regex.js';

/** How to compute a measure of a parsed XSD regex bottom-up, from its parts' measures (a group is its content). */
export interface XsdTreeMeasure<T> {
  readonly char: T;
  seq(items: readonly T[]): T;
  alt(items: readonly T[]): T;
  rep(atom: T, min: number, max: number): T;
}

/** A measure of a parsed XSD regex (its NFA's size, its longest match, …). */
export function measureXsdTree<T>(n: XsdRegexNode, m: XsdTreeMeasure<T>): T {
  switch (n.k) {
    case 'char':
      return m.char;
    case 'group':
      return measureXsdTree(n.inner, m);
    case 'seq':
      return m.seq(n.items.map((item) => measureXsdTree(item, m)));
    case 'alt':
      return m.alt(n.items.map((item) => measureXsdTree(item, m)));
    case 'rep':
      return m.rep(measureXsdTree(n.atom, m), n.min, n.max);
  }
}

export const sum = (items: readonly number[]): number => items.reduce((a, b) => a + b, 0);
