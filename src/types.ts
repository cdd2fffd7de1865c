/** A point in a document. `line` and `column` are 1-based; `column` counts UTF-16 code units. */
export interface Position {
  readonly line: number;
  readonly column: number;
  /** 0-based offset into the document text (UTF-16 code units). */
  readonly offset: number;
}

/** A half-open span `[start, end)` of a document. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning';

/** A text edit expressed by offsets into the original text: replace `[start, end)` by `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Fix {
  /** What applying the fix does, for editors ("Remove ioeventfd='on'"). */
  readonly description: string;
  readonly edits: readonly TextEdit[];
}

export interface Diagnostic {
  /** `xml/…` for parsing, `schema/…` for the grammar, a bare id for semantic rules. */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly fix?: Fix;
}

/** The document kinds virtlint recognises by root element. */
export type DocumentKind =
  | 'domain'
  | 'network'
  | 'pool'
  | 'volume'
  | 'domainsnapshot'
  | 'domaincheckpoint'
  | 'filter'
  | 'secret'
  | 'interface';

export interface LintResult {
  readonly filePath: string;
  /** Sorted by position, then rule id. */
  readonly diagnostics: readonly Diagnostic[];
  /** The document kind, when the root element was recognised. */
  readonly kind?: DocumentKind;
  /** Human-readable notes for --verbose (e.g. why capability rules stayed silent). */
  readonly notes: readonly string[];
  /** The text that was linted (after decoding), for formatters' code frames and --fix. */
  readonly source?: string;
  /** True when the document is not libvirt XML and was left alone (schema/unknown-root is off). */
  readonly skipped?: boolean;
}

/** The result of one file of a run: a lint result, plus the fixed text when fixes were applied (or would be, with --fix-dry-run). */
export interface FileResult extends LintResult {
  readonly output?: string;
}
