import { DIAGNOSTIC_IDS as ID } from './diagnostic-ids.js';
import { DOCS_BASE_URL } from './rule.js';
import type { Diagnostic } from './types.js';

type Level = 'off' | 'warn' | 'error';

/** What a built-in diagnostic id (one not reported by a rule module) means and where its docs are. */
export interface BuiltinId {
  readonly id: string;
  /** Level when nothing configures it. */
  readonly defaultLevel: Level;
  readonly description: string;
  readonly docs: string;
}

const DOCS = DOCS_BASE_URL.replace(/rules\/$/, '');
const SCHEMA_DOCS = `${DOCS}schema-diagnostics.md`;
const WHITESPACE_DOCS = `${SCHEMA_DOCS}#white-space-around-listed-values`;
const KINDS_DOCS = `${DOCS}integrations.md#other-xml-in-the-repository`;
const SECURITY_DOCS = `${DOCS}security.md#what-virtlint-refuses-and-why`;
const FIX_DOCS = `${DOCS}integrations.md#fixes---fix-and---fix-dry-run`;

const entry = (id: string, defaultLevel: Level, description: string, docs: string): BuiltinId => ({ id, defaultLevel, description, docs });

/**
 * Every configurable diagnostic id produced outside rules/ (the ids themselves are spelled once, in
 * diagnostic-ids.ts): parsing, the grammar, file I/O and virtlint itself.
 * Each can be set with --rule or a configuration's `rules` like a rule (off, warn, error).
 */
export const BUILTIN_IDS: readonly BuiltinId[] = [
  entry(ID.xmlNotWellFormed, 'error', 'The document is not well-formed XML', SECURITY_DOCS),
  entry(ID.xmlDoctype, 'error', 'A DOCTYPE or entity declaration (refused, never expanded)', SECURITY_DOCS),
  entry(ID.xmlEncoding, 'error', 'The bytes are not UTF-8 text (UTF-16 is read but refused), or the declared encoding is unknown', SECURITY_DOCS),
  entry(ID.xmlEncodingDeclaration, 'warn', 'UTF-8 text whose XML declaration names another encoding (libvirt reads UTF-8; other tools trust the declaration)', SECURITY_DOCS),
  entry(ID.xmlTooLarge, 'error', 'The document is over the size limit (--max-file-size)', SECURITY_DOCS),
  entry(ID.xmlTooDeep, 'error', 'Elements nest deeper than the limit (--max-depth)', SECURITY_DOCS),
  entry(ID.xmlTooManyAttributes, 'error', 'An element has more attributes than the limit', SECURITY_DOCS),
  entry(ID.xmlUndeclaredPrefix, 'error', 'A namespace prefix that is not declared', SCHEMA_DOCS),
  entry(ID.schemaInvalidValue, 'error', 'A value the grammar does not allow', SCHEMA_DOCS),
  entry(ID.schemaUnknownAttribute, 'error', 'An attribute the grammar does not allow here', SCHEMA_DOCS),
  entry(ID.schemaMissingAttribute, 'error', 'A required attribute is missing', SCHEMA_DOCS),
  entry(ID.schemaMissingElement, 'error', 'A required child element is missing', SCHEMA_DOCS),
  entry(ID.schemaUnexpectedElement, 'error', 'An element the grammar does not allow here', SCHEMA_DOCS),
  entry(ID.schemaUnexpectedText, 'error', 'Text where the grammar allows only elements', SCHEMA_DOCS),
  entry(ID.schemaValueWhitespace, 'error', 'White space around a value the grammar lists, which libvirt compares exactly and refuses', WHITESPACE_DOCS),
  entry(ID.schemaValueWhitespaceIgnored, 'warn', 'White space around a listed value where libvirt defines the document but does not read the value as written', WHITESPACE_DOCS),
  entry(ID.schemaInvalidContent, 'error', 'Content the grammar rejects (nothing more precise known)', SCHEMA_DOCS),
  entry(ID.schemaUnknownRoot, 'off', 'XML that is not a libvirt document (skipped unless this is set to warn or error)', KINDS_DOCS),
  entry(ID.schemaMisspelledRoot, 'error', 'A root element one typo away from a libvirt document kind (<domian>)', KINDS_DOCS),
  entry(ID.schemaRootNamespace, 'error', 'A libvirt root element in an XML namespace (libvirt documents have none)', KINDS_DOCS),
  entry(ID.ioUnreadable, 'error', 'The path is not a readable regular file', SECURITY_DOCS),
  entry(ID.ioFixNotWritten, 'error', 'Fixes were not written (the file changed, vanished or is read-only)', FIX_DOCS),
  entry(ID.unusedDisable, 'warn', 'A virtlint-disable comment that disables nothing', `${DOCS}configuration.md#inline-disables`),
  entry(ID.ruleCrashed, 'error', 'A rule failed with an internal error (please report it)', `${DOCS}rules/README.md#built-in-ids`),
  entry(ID.requiresNewerLibvirt, 'error', 'With --target: an element, attribute or value newer than the target libvirt or QEMU', `${DOCS}rules/requires-newer-libvirt.md`),
];

export const BUILTIN_BY_ID: ReadonlyMap<string, BuiltinId> = new Map(BUILTIN_IDS.map((b) => [b.id, b]));

/**
 * Rules that run only when configured: their finding is normal on many hosts (e.g. CI machines have
 * no emulator installed), so by default they would warn everywhere. Enable with --rule id:warn.
 */
export const OFF_BY_DEFAULT: ReadonlySet<string> = new Set(['emulator-missing']);

const levelOf = (setting: unknown): Level | undefined => {
  const l = Array.isArray(setting) ? setting[0] : setting;
  return l === 'off' || l === 'warn' || l === 'error' ? l : undefined;
};

/** The level of a built-in id under these settings: the configured one, else its default. */
export function builtinLevel(id: string, rules: Readonly<Record<string, unknown>> | undefined): Level | undefined {
  const builtin = BUILTIN_BY_ID.get(id);
  return builtin ? (levelOf(rules?.[id]) ?? builtin.defaultLevel) : undefined;
}

/**
 * Applies configured levels to built-in diagnostics: 'off' drops them, 'warn'/'error' set the
 * severity; an unconfigured id keeps its default (dropped when the default is 'off').
 * Rule findings (ids not in the table) pass through unchanged.
 */
export function applyBuiltinLevels(diagnostics: readonly Diagnostic[], rules: Readonly<Record<string, unknown>> | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const level = builtinLevel(d.ruleId, rules);
    if (level === undefined) {
      out.push(d);
      continue;
    }
    if (level === 'off') continue;
    const severity = level === 'error' ? 'error' : 'warning';
    out.push(d.severity === severity ? d : { ...d, severity });
  }
  return out;
}

/** Documentation URL of any diagnostic id: a rule's page or the built-in id's. */
export function docsUrlOf(ruleId: string, rules: ReadonlyMap<string, { readonly meta: { readonly docs: string } }>): string | undefined {
  return rules.get(ruleId)?.meta.docs ?? BUILTIN_BY_ID.get(ruleId)?.docs;
}
