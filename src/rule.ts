/**
 * The rule API: everything a rule (bundled or from a plugin) codes against.
 *
 * A rule is a {@link Rule}: static {@link RuleMeta} and a `check(domain, context)` function that reads
 * the typed, read-only model of the document (`Domain`, see src/model/index.ts) and reports problems
 * through the {@link RuleContext}. Rules never see the XML tree: every value in the model carries the
 * range it was read from, which is what a {@link Report} points at.
 *
 * A rule checks one kind of document, `meta.document`: `<domain>` unless it says otherwise. A rule
 * for `<network>` documents is written with {@link defineNetworkRule} and reads the `Network` model
 * (src/model/network/); everything else (configuration, disables, reports, RuleTester) is the same.
 *
 * @example
 * ```ts
 * import { defineRule } from 'virtlint';
 *
 * export default defineRule({
 *   meta: { id: 'no-tablet', description: 'a USB tablet input', defaultSeverity: 'warning' },
 *   check(domain, context) {
 *     for (const input of domain.devices.inputs) {
 *       if (input.type?.value === 'tablet') context.report({ range: input.type.range, message: 'no tablets here' });
 *     }
 *   },
 * });
 * ```
 * @packageDocumentation
 */
import type { CapabilityView } from './caps/view.js';
import type { Domain } from './model/domain.js';
import type { Network } from './model/network/network.js';
import type { Fix, Range, Severity } from './types.js';

export type { CapabilityView } from './caps/view.js';
export type { Domain } from './model/domain.js';
export type { Network } from './model/network/network.js';
export type { Fix, Position, Range, Severity, TextEdit } from './types.js';
export { removeAttributeFix } from './fix.js';
// A configured pattern meets a document's values: linear time where V8 allows it (src/relaxng/linear-regexp.ts).
export { unicodeRegExpMatcher } from './relaxng/linear-regexp.js';

/** Where the bundled rules' documentation pages live; `meta.docs` defaults to `<this><id>.md`. */
export const DOCS_BASE_URL = 'https://github.com/virtlint/virtlint/blob/main/docs/rules/';

/** The kinds of document a rule may check (the root element's name). */
export type RuleDocumentKind = 'domain' | 'network';

/** The model `check` receives for each kind of document. */
export interface RuleDocumentModels {
  readonly domain: Domain;
  readonly network: Network;
}

/** What a rule is, independent of any document. */
export interface RuleMeta {
  /** Kebab-case id, also the docs page name: docs/rules/<id>.md. Plugin rules are prefixed `<plugin>/`. */
  readonly id: string;
  /** One line: what the rule reports. */
  readonly description: string;
  /** The severity when configuration does not set one (a report may still override it). */
  readonly defaultSeverity: Severity;
  /** Link to the rule's documentation page. */
  readonly docs: string;
  /** Whether some of the rule's reports carry a fix that --fix may apply. */
  readonly fixable?: boolean;
  /** Whether the rule needs emulator capabilities (it stays silent without them). */
  readonly needsCapabilities?: boolean;
  /**
   * JSON Schema of the rule's options (for configuration validation), as in ESLint: an array with one
   * schema per positional option, or one schema for the whole options array (any number of options).
   */
  readonly schema?: readonly unknown[] | Readonly<Record<string, unknown>>;
  /** The libvirt message(s) this rule anticipates, for the oracle tests and docs. */
  readonly libvirtMessages?: readonly string[];
  /**
   * The kind of document the rule checks (default `'domain'`): the linter runs it on those documents
   * only and hands `check` that kind's model ({@link RuleDocumentModels}).
   */
  readonly document?: RuleDocumentKind;
}

/** One problem a rule found. */
export interface Report {
  /** Where the problem is: a model value's `range` (or an attribute's `attributeRange`, a node's `nameRange`). */
  readonly range: Range;
  /** What is wrong and what to do, in one or two sentences. */
  readonly message: string;
  /** Overrides the rule's severity for this report (e.g. a rule that errs on disks and warns on NICs); configuration still wins. */
  readonly severity?: Severity;
  /** A safe edit that removes the problem (applied by --fix and offered by editors). */
  readonly fix?: Fix;
}

/** What a rule gets besides the model: capabilities, options, and the way to report. */
export interface RuleContext {
  /** Capabilities of the emulator in `<emulator>`, when a source is known. */
  readonly capabilities: CapabilityView | undefined;
  /** The rule's options from configuration (an empty array when none). */
  readonly options: readonly unknown[];
  /** The full source text, for fixes that splice by offset. */
  readonly sourceText: string;
  /** Reports a problem. */
  report(report: Report): void;
  /** A note for --verbose (e.g. why the rule stayed silent). */
  note(message: string): void;
}

/**
 * A rule: its metadata and the check that runs once per document of its kind. For a rule of
 * `meta.document: 'network'` (made by {@link defineNetworkRule}) `check` receives the `Network`
 * model instead of a `Domain`: whoever calls `check` looks at {@link ruleDocument} first, as the
 * linter and RuleTester do. Every rule, of whatever kind, is a `Rule`, so that registries,
 * configuration and formatters hold one list.
 */
export interface Rule {
  readonly meta: RuleMeta;
  /** Reads the model and reports through the context. Must not throw for any document (a crash is reported as virtlint/rule-crashed). */
  check(domain: Domain, context: RuleContext): void;
}

/** A rule for `<network>` documents, as its module writes it. */
export interface NetworkRule {
  readonly meta: RuleMeta & { readonly document: 'network' };
  check(network: Network, context: RuleContext): void;
}

/** The kind of document a rule checks: `meta.document`, `'domain'` when it names none. */
export const ruleDocument = (rule: Rule): RuleDocumentKind => rule.meta.document ?? 'domain';

/** Runs a rule's check on the model of its own kind of document (see {@link ruleDocument}). */
export function checkDocument<K extends RuleDocumentKind>(rule: Rule, model: RuleDocumentModels[K], context: RuleContext): void {
  // The one place a rule's check meets a model of the kind its meta names (Rule types it for
  // domains); called as a method, so a check that uses `this` still has its rule.
  (rule as unknown as { check(model: RuleDocumentModels[K], context: RuleContext): void }).check(model, context);
}

/** Helper for rule modules: fills in the docs URL from the id. */
export function defineRule(rule: { meta: Omit<RuleMeta, 'docs'> & { docs?: string }; check: Rule['check'] }): Rule {
  return { meta: { ...rule.meta, docs: rule.meta.docs ?? `${DOCS_BASE_URL}${rule.meta.id}.md` }, check: rule.check };
}

/**
 * Helper for modules of `<network>` rules: sets `meta.document: 'network'`, fills in the docs URL,
 * and gives `check` the `Network` model. The result is a {@link Rule} like any other (registries,
 * configuration and RuleTester take it as one).
 */
export function defineNetworkRule(rule: { meta: Omit<RuleMeta, 'docs' | 'document'> & { docs?: string }; check: NetworkRule['check'] }): Rule {
  const own: NetworkRule = { meta: { ...rule.meta, docs: rule.meta.docs ?? `${DOCS_BASE_URL}${rule.meta.id}.md`, document: 'network' }, check: rule.check };
  // A NetworkRule is held as a Rule: its check is only called through checkDocument, with a Network.
  return own as unknown as Rule;
}
