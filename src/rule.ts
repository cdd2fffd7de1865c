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
 * (src/model/network/), and one for storage `<pool>` documents with {@link definePoolRule}, reading the
 * `Pool` model (src/model/pool/), and one for network filter `<filter>` documents with {@link defineNwFilterRule},
 * reading the `NwFilter` model (src/model/nwfilter/); everything else (configuration, disables, reports, RuleTester) is the same.
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
import type { NwFilter } from './model/nwfilter/nwfilter.js';
import type { Pool } from './model/pool/pool.js';
import type { Fix, Range, Severity } from './types.js';

export type { CapabilityView } from './caps/view.js';
export type { Domain } from './model/domain.js';
export type { Network } from './model/network/network.js';
export type { NwFilter } from './model/nwfilter/nwfilter.js';
export type { Pool } from './model/pool/pool.js';
export type { Fix, Position, Range, Severity, TextEdit } from './types.js';
export { removeAttributeFix } from './fix.js';
// A configured pattern meets a document's values: linear time where V8 allows it (src/relaxng/linear-regexp.ts).
export { unicodeRegExpMatcher } from './relaxng/linear-regexp.js';

/** Where the bundled rules' documentation pages live; `meta.docs` defaults to `<this><id>.md`. */
export const DOCS_BASE_URL = 'https://github.com/virtlint/virtlint/blob/main/docs/rules/';

/** The kinds of document a rule may check (the root element's name). */
export type RuleDocumentKind = 'domain' | 'network' | 'pool' | 'filter';

/** The model `check` receives for each kind of document. */
export interface RuleDocumentModels {
  readonly domain: Domain;
  readonly network: Network;
  readonly pool: Pool;
  readonly filter: NwFilter;
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

/** A rule of `<domain>` documents, the default kind (`meta.document` absent or `'domain'`). */
export interface DomainRule {
  readonly meta: RuleMeta & { readonly document?: 'domain' };
  /**
   * Reads the model and reports through the context. Must not throw for any document (a crash is
   * reported as virtlint/rule-crashed). Each kind's `check` is a function-typed property, not a
   * method, so that a check typed for another kind's model does not compile (method parameters are
   * compared both ways, and a `Domain` has every field a `Pool` needs).
   */
  readonly check: (domain: Domain, context: RuleContext) => void;
}

/** A rule of `<network>` documents (made by {@link defineNetworkRule}): `check` reads the `Network` model. */
export interface NetworkRule {
  readonly meta: RuleMeta & { readonly document: 'network' };
  /** As {@link DomainRule.check}, for a `<network>` document. */
  readonly check: (network: Network, context: RuleContext) => void;
}

/** A rule of storage `<pool>` documents (made by {@link definePoolRule}): `check` reads the `Pool` model. */
export interface PoolRule {
  readonly meta: RuleMeta & { readonly document: 'pool' };
  /** As {@link DomainRule.check}, for a `<pool>` document. */
  readonly check: (pool: Pool, context: RuleContext) => void;
}

/** A rule of network filter (`<filter>`) documents (made by {@link defineNwFilterRule}): `check` reads the `NwFilter` model. */
export interface NwFilterRule {
  readonly meta: RuleMeta & { readonly document: 'filter' };
  /** As {@link DomainRule.check}, for a `<filter>` document. */
  readonly check: (filter: NwFilter, context: RuleContext) => void;
}

/**
 * A rule: its metadata and the check that runs once per document of its kind, told apart by
 * `meta.document`. Registries, configuration and formatters hold one list of them; a check is
 * called through {@link checkDocument}, which hands each rule only the model of its own kind.
 */
export type Rule = DomainRule | NetworkRule | PoolRule | NwFilterRule;

/** Whether a rule checks `<network>` documents. */
export const isNetworkRule = (rule: Rule): rule is NetworkRule => rule.meta.document === 'network';

/** Whether a rule checks storage `<pool>` documents. */
export const isPoolRule = (rule: Rule): rule is PoolRule => rule.meta.document === 'pool';

/** Whether a rule checks network filter (`<filter>`) documents. */
export const isNwFilterRule = (rule: Rule): rule is NwFilterRule => rule.meta.document === 'filter';

/** The kind of document a rule checks: `meta.document`, `'domain'` when it names none. */
export const ruleDocument = (rule: Rule): RuleDocumentKind => rule.meta.document ?? 'domain';

/** A document's model, with the kind that says which rules may read it. */
export type DocumentModel =
  | { readonly kind: 'domain'; readonly model: Domain }
  | { readonly kind: 'network'; readonly model: Network }
  | { readonly kind: 'filter'; readonly model: NwFilter }
  | { readonly kind: 'pool'; readonly model: Pool };

/**
 * Runs a rule's check on a document's model if the rule checks that kind of document (true), else
 * nothing (false). Called as a method, so a check that uses `this` still has its rule.
 */
export function checkDocument(rule: Rule, document: DocumentModel, context: RuleContext): boolean {
  if (isNetworkRule(rule)) {
    if (document.kind !== 'network') return false;
    rule.check(document.model, context);
  } else if (isPoolRule(rule)) {
    if (document.kind !== 'pool') return false;
    rule.check(document.model, context);
  } else if (isNwFilterRule(rule)) {
    if (document.kind !== 'filter') return false;
    rule.check(document.model, context);
  } else {
    if (document.kind !== 'domain') return false;
    rule.check(document.model, context);
  }
  return true;
}

/** Helper for rule modules: fills in the docs URL from the id. */
export function defineRule(rule: { meta: Omit<RuleMeta, 'docs' | 'document'> & { docs?: string; document?: 'domain' }; check: DomainRule['check'] }): DomainRule {
  return { meta: { ...rule.meta, docs: rule.meta.docs ?? `${DOCS_BASE_URL}${rule.meta.id}.md` }, check: rule.check };
}

/** Helper for modules of `<network>` rules: sets `meta.document: 'network'` and fills in the docs URL. */
export function defineNetworkRule(rule: { meta: Omit<RuleMeta, 'docs' | 'document'> & { docs?: string }; check: NetworkRule['check'] }): NetworkRule {
  return { meta: { ...rule.meta, docs: rule.meta.docs ?? `${DOCS_BASE_URL}${rule.meta.id}.md`, document: 'network' }, check: rule.check };
}

/** Helper for modules of storage `<pool>` rules: sets `meta.document: 'pool'` and fills in the docs URL. */
export function definePoolRule(rule: { meta: Omit<RuleMeta, 'docs' | 'document'> & { docs?: string }; check: PoolRule['check'] }): PoolRule {
  return { meta: { ...rule.meta, docs: rule.meta.docs ?? `${DOCS_BASE_URL}${rule.meta.id}.md`, document: 'pool' }, check: rule.check };
}

/** Helper for modules of network filter (`<filter>`) rules: sets `meta.document: 'filter'` and fills in the docs URL. */
export function defineNwFilterRule(rule: { meta: Omit<RuleMeta, 'docs' | 'document'> & { docs?: string }; check: NwFilterRule['check'] }): NwFilterRule {
  return { meta: { ...rule.meta, docs: rule.meta.docs ?? `${DOCS_BASE_URL}${rule.meta.id}.md`, document: 'filter' }, check: rule.check };
}
