/**
 * The contract of virtlint's RelaxNG engine (src/relaxng/). The engine knows nothing of libvirt:
 * it compiles a RelaxNG grammar (XML syntax) into a simplified, serialisable form and validates a
 * stream of document events against it by derivatives (James Clark's algorithm, as jing does),
 * recovering after each error so that one run reports every problem.
 *
 * Positions are the caller's business: every event carries an opaque `node` handle that the engine
 * hands back in the errors it reports, so the caller maps errors onto exact source ranges.
 */

/** An expanded name: namespace URI ('' for none) and local name. */
export interface QName {
  readonly ns: string;
  readonly local: string;
}

/** Reads grammar files: `resolve` turns an href relative to a base URL into a URL, `read` returns its text. */
export interface ResourceLoader {
  resolve(base: string, href: string): string;
  /** Throws (any Error) when the resource cannot be read; the compiler turns that into a GrammarProblem. */
  read(url: string): string;
}

/** A reason a grammar is not a correct RelaxNG schema (spec section 4/7 violations, missing files, …). */
export interface GrammarProblem {
  readonly message: string;
  /** The grammar file concerned, when known. */
  readonly url?: string;
}

export type CompileOutcome =
  | { readonly ok: true; readonly grammar: CompiledGrammar }
  | { readonly ok: false; readonly problems: readonly GrammarProblem[] };

/**
 * A compiled grammar: immutable, shareable between documents, serialisable to JSON
 * (`toJSON()` / `loadCompiledGrammar(json)`) so the bundled grammar is compiled at build time.
 */
export interface CompiledGrammar {
  toJSON(): unknown;
  /**
   * How much the grammar has memoised, in units of about one table entry: the patterns it holds
   * (its own and the states validation derived), the names it has numbered and the entries of its
   * derivative memo tables (texts weighed by length). Grows while documents bring new states,
   * names or values and stays put for documents like those seen before; a long-running process
   * replaces a grammar whose memoSize has grown too far by a fresh copy (src/schema/grammars.ts).
   * Cheap to read (counters kept as tables grow).
   */
  readonly memoSize: number;
}

/** An attribute as it appears in a start tag (namespace declarations are NOT passed as attributes). */
export interface AttributeEvent<N> {
  readonly name: QName;
  readonly value: string;
  readonly node: N;
}

/** What the grammar would accept at a point, for messages and for editor completion. */
export interface Expected {
  /** Element names allowed next (anyName/nsName wildcards appear as `{ns: '*'|uri, local: '*'}`). */
  readonly elements: readonly QName[];
  /** Attribute names allowed (or required) on the current element. */
  readonly attributes: readonly QName[];
  /** Enumerated values allowed (from <value>), when the content/attribute is constrained to values. */
  readonly values: readonly string[];
  /** Datatypes allowed, e.g. `{ library: 'http://www.w3.org/2001/XMLSchema-datatypes', type: 'unsignedInt', params: [...] }`. */
  readonly datatypes: readonly DatatypeRef[];
  /** True when free text is allowed here. */
  readonly text: boolean;
  /**
   * True when the current element's content is complete, i.e. its end tag is allowed here (jing's
   * "expected the element end-tag or …"). Absent where it does not apply (attribute values).
   */
  readonly end?: boolean;
}

export interface DatatypeRef {
  readonly library: string;
  readonly type: string;
  readonly params: readonly { readonly name: string; readonly value: string }[];
}

export type ValidationErrorKind =
  /** An element the grammar does not allow here. `node` = that element. */
  | 'unexpected-element'
  /** An attribute not allowed on this element. `node` = the attribute. */
  | 'unexpected-attribute'
  /** An attribute whose value does not match. `node` = the attribute. */
  | 'invalid-attribute-value'
  /** Required attribute(s) missing. `node` = the element; `expected.attributes` lists them. */
  | 'missing-attribute'
  /** Required content missing at the end tag. `node` = the element; `expected` says what was required. */
  | 'incomplete-content'
  /** Text not allowed here (non-whitespace). `node` = the text's node (or the element when no text node). */
  | 'unexpected-text'
  /** Text (element content) whose value does not match a datatype/value. `node` = the element. */
  | 'invalid-text'
  /** The root element is not what the grammar's start allows. `node` = the root element. */
  | 'unexpected-root';

export interface ValidationError<N> {
  readonly kind: ValidationErrorKind;
  readonly node: N;
  /** For an attribute's error: the node of the element the attribute is on. */
  readonly owner?: N;
  /** The offending name (element/attribute) or value, when there is one. */
  readonly name?: QName;
  readonly value?: string;
  /** What the grammar allowed at that point (before the error). */
  readonly expected: Expected;
  /** A plain English message in the engine's own words (callers may word it better). */
  readonly message: string;
}

/**
 * Streaming validation of one document. Call order: startElement (with all its attributes at once),
 * then for its content any mix of text / nested elements, then endElement; finally `end()`.
 * Text may arrive in several pieces; the validator concatenates adjacent pieces itself.
 * Whitespace-only text is handled per the spec (ignored where only elements are allowed).
 * Validation time is linear in the document size (hash-consed patterns, memoised derivatives).
 */
export interface Validator<N> {
  /**
   * `namespaces`: the namespace declarations made ON THIS element (prefix → URI, '' = default), as
   * saxes gives them in `tag.ns`. Optional; needed only for QName-valued datatypes, whose prefixes
   * resolve against the in-scope declarations (the validator keeps the stack itself).
   */
  startElement(name: QName, attributes: readonly AttributeEvent<N>[], node: N, namespaces?: Readonly<Record<string, string>>): void;
  /**
   * The name `local` in no namespace, made once per grammar: names from here are validated
   * without looking them up again (any `QName` works, these are only faster).
   */
  plainName(local: string): QName;
  text(value: string, node: N): void;
  endElement(node: N): void;
  /** All errors, in document order; the validator may not be used afterwards. */
  end(): readonly ValidationError<N>[];
  /** What the grammar allows at the current point (for editor completion), without changing state. */
  expected(): Expected;
}

/* Entry points implemented in src/relaxng/index.ts:
 *   compileGrammar(entryUrl: string, loader: ResourceLoader): CompileOutcome
 *   loadCompiledGrammar(json: unknown): CompiledGrammar            // throws on malformed input
 *   createValidator<N>(grammar: CompiledGrammar): Validator<N>
 */
