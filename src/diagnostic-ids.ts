/**
 * The diagnostic ids virtlint itself emits, in one table. Rule ids are the rules' own (`meta.id`);
 * these are the pipeline's: `xml/…` for reading and parsing, `schema/…` for the grammar step,
 * `virtlint/…` for virtlint's own problems. Formatters, the LSP and the fix loop tell them apart by prefix.
 */
export const DIAGNOSTIC_IDS = {
  /** Not UTF-8/UTF-16 text, UTF-16 (libvirt refuses it), or an encoding declaration libvirt refuses. */
  xmlEncoding: 'xml/encoding',
  /** UTF-8 text declaring another encoding: libvirt reads UTF-8 anyway, other XML tools trust the declaration. */
  xmlEncodingDeclaration: 'xml/encoding-declaration',
  xmlDoctype: 'xml/doctype',
  xmlNotWellFormed: 'xml/not-well-formed',
  xmlTooDeep: 'xml/too-deep',
  xmlTooManyAttributes: 'xml/too-many-attributes',
  xmlTooLarge: 'xml/too-large',
  xmlUndeclaredPrefix: 'xml/undeclared-prefix',
  schemaUnknownRoot: 'schema/unknown-root',
  /** A root one typo away from a libvirt kind (<domian>). */
  schemaMisspelledRoot: 'schema/misspelled-root',
  /** A libvirt root element in an XML namespace. */
  schemaRootNamespace: 'schema/root-namespace',
  schemaInvalidValue: 'schema/invalid-value',
  schemaInvalidContent: 'schema/invalid-content',
  schemaMissingAttribute: 'schema/missing-attribute',
  schemaMissingElement: 'schema/missing-element',
  schemaUnexpectedElement: 'schema/unexpected-element',
  schemaUnexpectedText: 'schema/unexpected-text',
  schemaUnknownAttribute: 'schema/unknown-attribute',
  /** White space around a value the grammar lists (it compares tokens): libvirt compares exactly and refuses it. */
  schemaValueWhitespace: 'schema/value-whitespace',
  /** The same where libvirt defines the document but does not read the value as written. */
  schemaValueWhitespaceIgnored: 'schema/value-whitespace-ignored',
  /** A path that is not a readable regular file. */
  ioUnreadable: 'io/unreadable',
  /** --fix computed fixes but did not write them (the file changed, vanished or is read-only). */
  ioFixNotWritten: 'io/fix-not-written',
  /** A rule threw; the others' findings are kept. */
  ruleCrashed: 'virtlint/rule-crashed',
  /** An inline disable comment that disabled nothing. */
  unusedDisable: 'virtlint/unused-disable',
  /** A configuration problem shown in the editor. */
  config: 'virtlint/config',
  /** virtlint could not check a document at all. */
  internal: 'virtlint/internal',
  /**
   * The target check (src/targets, `--target`): something newer than a target libvirt or QEMU. A
   * pipeline step configured, disabled and listed like a rule, hence a rule-like id without a prefix.
   */
  requiresNewerLibvirt: 'requires-newer-libvirt',
} as const;

export type DiagnosticId = (typeof DIAGNOSTIC_IDS)[keyof typeof DIAGNOSTIC_IDS];

/** The id families, by prefix. */
export const XML_PREFIX = 'xml/';
export const SCHEMA_PREFIX = 'schema/';
export const VIRTLINT_PREFIX = 'virtlint/';
export const IO_PREFIX = 'io/';
