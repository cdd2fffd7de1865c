/**
 * An in-memory RelaxNG grammar after `include`, `externalRef`, nested grammars, `combine` and
 * `parentRef` are resolved: every `ref` points straight at its definition, every name carries its
 * namespace URI, and every `data`/`value` its datatype library. Read-only once loaded.
 */

/** Where a pattern was written, for messages and hover. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

export type NameClass =
  | { readonly kind: 'name'; readonly ns: string; readonly local: string }
  | { readonly kind: 'anyName'; readonly except?: NameClass }
  | { readonly kind: 'nsName'; readonly ns: string; readonly except?: NameClass }
  | { readonly kind: 'choice'; readonly items: readonly NameClass[] };

export interface ElementPattern {
  readonly kind: 'element';
  /** Unique within a loaded grammar; stable for a process (used as cache key). */
  readonly id: number;
  readonly name: NameClass;
  readonly content: Pattern;
  readonly documentation?: string;
  readonly source: SourceRef;
  /** The define whose body this element is (or is directly inside), for messages. */
  readonly defineName?: string;
}

export interface AttributePattern {
  readonly kind: 'attribute';
  readonly name: NameClass;
  readonly content: Pattern;
  readonly documentation?: string;
  readonly source: SourceRef;
}

export interface DataPattern {
  readonly kind: 'data';
  readonly library: string;
  readonly type: string;
  readonly params: readonly { readonly name: string; readonly value: string }[];
  readonly except?: Pattern;
}

export interface ValuePattern {
  readonly kind: 'value';
  readonly library: string;
  readonly type: string;
  readonly ns: string;
  readonly value: string;
}

export interface RefPattern {
  readonly kind: 'ref';
  readonly define: Define;
}

export type Pattern =
  | ElementPattern
  | AttributePattern
  | { readonly kind: 'group' | 'interleave' | 'choice'; readonly items: readonly Pattern[] }
  | { readonly kind: 'optional' | 'zeroOrMore' | 'oneOrMore' | 'mixed' | 'list'; readonly item: Pattern }
  | RefPattern
  | { readonly kind: 'empty' | 'text' | 'notAllowed' }
  | ValuePattern
  | DataPattern;

/** A named definition. `uid` is unique across the whole loaded grammar (nested grammars included). */
export interface Define {
  readonly name: string;
  readonly uid: string;
  /** Set once loading completes; a grammar with a ref to an undefined name fails to load. */
  pattern: Pattern;
  readonly documentation?: string;
  readonly source: SourceRef;
}

export interface Grammar {
  /** Absolute path of the entry file. */
  readonly file: string;
  readonly start: Pattern;
  readonly defines: readonly Define[];
  /** Every element pattern, in load order. */
  readonly elements: readonly ElementPattern[];
}

export const XSD_LIBRARY = 'http://www.w3.org/2001/XMLSchema-datatypes';

/** Clark notation for a name: `local` in no namespace, `{uri}local` otherwise. */
export function clark(ns: string, local: string): string {
  return ns ? `{${ns}}${local}` : local;
}

export function nameClassMatches(nc: NameClass, ns: string, local: string): boolean {
  switch (nc.kind) {
    case 'name':
      return nc.ns === ns && nc.local === local;
    case 'anyName':
      return !(nc.except && nameClassMatches(nc.except, ns, local));
    case 'nsName':
      return nc.ns === ns && !(nc.except && nameClassMatches(nc.except, ns, local));
    case 'choice':
      return nc.items.some((i) => nameClassMatches(i, ns, local));
  }
}

/** The plain names a name class lists (wildcards contribute none). */
export function namesOf(nc: NameClass): { ns: string; local: string }[] {
  switch (nc.kind) {
    case 'name':
      return [{ ns: nc.ns, local: nc.local }];
    case 'choice':
      return nc.items.flatMap(namesOf);
    default:
      return [];
  }
}

/** True when the name class accepts names it does not list (anyName, nsName). */
export function hasWildcard(nc: NameClass): boolean {
  return nc.kind === 'anyName' || nc.kind === 'nsName' || (nc.kind === 'choice' && nc.items.some(hasWildcard));
}
