import type { DocumentKind } from '../types.js';

/** One problem a RelaxNG engine found, before it is mapped onto source positions. */
export interface SchemaIssue {
  readonly message: string;
  /** 1-based line the engine reported, 0 when unknown. */
  readonly line: number;
  /** XPath of the element concerned, when the engine knows it (libxml2 style: /domain/devices/disk[2]). */
  readonly xpath?: string;
}

export type SchemaOutcome =
  | { readonly status: 'checked'; readonly issues: readonly SchemaIssue[] }
  /** The schema set has no grammar for this kind (e.g. a user's --schemas dir lacks the file). */
  | { readonly status: 'no-grammar'; readonly file: string }
  /** The grammar itself could not be loaded or compiled. */
  | { readonly status: 'broken-grammar'; readonly file: string; readonly reason: string };

/**
 * A RelaxNG validator for a schema set (a directory of .rng files). Small on purpose: the rest of
 * virtlint never sees the engine's types, so another engine (jing, a pure-JS one) can replace it.
 */
export interface SchemaEngine {
  readonly schemaDir: string;
  validate(text: string, kind: DocumentKind): SchemaOutcome;
  /**
   * Validates `text` against a grammar given as standalone RelaxNG text (no includes), compiled on
   * first use and cached under `grammar.key`. Used to pin errors on subtrees; optional for engines.
   */
  validateWithGrammar?(text: string, grammar: { readonly key: string; source(): string }): FragmentOutcome;
}

export type FragmentOutcome =
  | { readonly status: 'checked'; readonly issues: readonly SchemaIssue[] }
  | { readonly status: 'unusable'; readonly reason: string };
