/**
 * The rule API: everything a rule (bundled or from a plugin) codes against.
 *
 * A rule is a {@link Rule}: static {@link RuleMeta} and a `check(domain, context)` function that reads
 * the typed, read-only model of the document (`Domain`, see src/model/index.ts) and reports problems
 * through the {@link RuleContext}. Rules never see the XML tree: every value in the model carries the
 * range it was read from, which is what a {@link Report} points at.
 *
 * A rule checks one kind of document, `meta.document`: `<domain>` unless it says otherwise. Rules of
 * the documents kept beside domains are written with their kind's helper and read its model:
 * {@link defineNetworkRule} (`Network`, src/model/network/), {@link definePoolRule} (`Pool`,
 * src/model/pool/), {@link defineVolumeRule} (`Volume`, src/model/volume/), {@link defineSecretRule}
 * (`Secret`, src/model/secret/) and {@link defineNwFilterRule} (`NwFilter` of a network filter's
 * `<filter>`, src/model/nwfilter/); everything else (configuration, disables, reports, RuleTester) is the same.
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
import type { Volume } from './model/volume/volume.js';
import type { Secret } from './model/secret/secret.js';
import type { Fix, Range, Severity } from './types.js';

export type { CapabilityView } from './caps/view.js';
export type { Domain } from './model/domain.js';
export type { Network } from './model/network/network.js';
export type { NwFilter } from './model/nwfilter/nwfilter.js';
export type { Pool } from './model/pool/pool.js';
export type { Volume } from './model/volume/volume.js';
export type { Secret } from './model/secret/secret.js';
export type { Fix, Position, Range, Severity, TextEdit } from './types.js';
export { removeAttributeFix } from './fix.js';
// A configured pattern meets a document's values: linear time where V8 allows it (src/relaxng/linear-regexp.ts).
export { unicodeRegExpMatcher } from './relaxng/linear-regexp.js';

/** Where the bundled rules' documentation pages live; `meta.docs` defaults to `<this><id>.md`. */
export const DOCS_BASE_URL = 'https://github.com/virtlint/virtlint/blob/main/docs/rules/';

/** The model `check` receives for each kind of document. */
export interface RuleDocumentModels {
  readonly domain: Domain;
  readonly network: Network;
  readonly pool: Pool;
  readonly volume: Volume;
  readonly secret: Secret;
  readonly filter: NwFilter;
}

/** The kinds of document a rule may check: the root element's name (a network filter's is `filter`). */
export type RuleDocumentKind = keyof RuleDocumentModels;

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
  /**
   * The elements and attributes the rule reports on (and those its verdict reads), as path suffixes
   * `element/…/element@attribute`: `dhcp/range@start` is the `start` of a `<range>` in a `<dhcp>`,
   * `network/dns` the element; `*` stands for any one element, `@*` for any attribute. An editor's
   * hover lists the rule on these (and on an element whose attributes are listed) and nowhere else.
   * Every bundled rule of a document other than `<domain>` carries it (test/lsp/hover-kinds); a rule
   * without it is placed by the words of its id and description, which are read as a domain's.
   */
  readonly reportsOn?: readonly string[];
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

/**
 * A rule of a kind of document other than `<domain>` (made by that kind's helper, e.g.
 * {@link defineNetworkRule}): `check` reads the kind's model, as {@link DomainRule.check} the domain's.
 */
export interface KindRule<K extends Exclude<RuleDocumentKind, 'domain'>> {
  readonly meta: RuleMeta & { readonly document: K };
  /** As {@link DomainRule.check}, for a document of kind `K`. */
  readonly check: (model: RuleDocumentModels[K], context: RuleContext) => void;
}

/** A rule of `<network>` documents: `check` reads the `Network` model. */
export type NetworkRule = KindRule<'network'>;
/** A rule of storage `<pool>` documents: `check` reads the `Pool` model. */
export type PoolRule = KindRule<'pool'>;
/** A rule of storage `<volume>` documents: `check` reads the `Volume` model. */
export type VolumeRule = KindRule<'volume'>;
/** A rule of `<secret>` documents: `check` reads the `Secret` model. */
export type SecretRule = KindRule<'secret'>;
/** A rule of network filter (`<filter>`) documents: `check` reads the `NwFilter` model. */
export type NwFilterRule = KindRule<'filter'>;

type OtherKind = Exclude<RuleDocumentKind, 'domain'>;

/**
 * A rule: its metadata and the check that runs once per document of its kind, told apart by
 * `meta.document`. Registries, configuration and formatters hold one list of them; a check is
 * called through {@link checkDocument}, which hands each rule only the model of its own kind.
 */
export type Rule = DomainRule | { [K in OtherKind]: KindRule<K> }[OtherKind];

/** The kind of document a rule checks: `meta.document`, `'domain'` when it names none. */
export const ruleDocument = (rule: Rule): RuleDocumentKind => rule.meta.document ?? 'domain';

/** Whether a rule checks `<network>` documents. */
export const isNetworkRule = (rule: Rule): rule is NetworkRule => rule.meta.document === 'network';
/** Whether a rule checks storage `<pool>` documents. */
export const isPoolRule = (rule: Rule): rule is PoolRule => rule.meta.document === 'pool';
/** Whether a rule checks storage `<volume>` documents. */
export const isVolumeRule = (rule: Rule): rule is VolumeRule => rule.meta.document === 'volume';
/** Whether a rule checks `<secret>` documents. */
export const isSecretRule = (rule: Rule): rule is SecretRule => rule.meta.document === 'secret';
/** Whether a rule checks network filter (`<filter>`) documents. */
export const isNwFilterRule = (rule: Rule): rule is NwFilterRule => rule.meta.document === 'filter';

/** A document's kind with its model, as {@link checkDocument} takes them. */
export type DocumentModel = { [K in RuleDocumentKind]: { readonly kind: K; readonly model: RuleDocumentModels[K] } }[RuleDocumentKind];

/**
 * Runs a rule's check on a document's model if the rule checks that kind of document (true), else
 * does nothing (false).
 */
export function checkDocument(rule: Rule, document: DocumentModel, context: RuleContext): boolean {
  if (ruleDocument(rule) !== document.kind) return false;
  // Same kind, so the model is the one this check reads: TypeScript does not relate the two unions' members.
  (rule.check as (model: DocumentModel['model'], context: RuleContext) => void)(document.model, context);
  return true;
}

/** What a rule module gives a helper: the metadata without `docs` (filled in) or `document` (the helper's kind). */
type RuleSource<C> = { meta: Omit<RuleMeta, 'docs' | 'document'> & { docs?: string }; check: C };

const withDocs = <M extends { readonly id: string; readonly docs?: string }>(meta: M): M & { docs: string } => ({ ...meta, docs: meta.docs ?? `${DOCS_BASE_URL}${meta.id}.md` });

/** Helper for rule modules: fills in the docs URL from the id. */
export function defineRule(rule: { meta: Omit<RuleMeta, 'docs' | 'document'> & { docs?: string; document?: 'domain' }; check: DomainRule['check'] }): DomainRule {
  return { meta: withDocs(rule.meta), check: rule.check };
}

/** A helper for one kind's rule modules: sets `meta.document` to the kind and fills in the docs URL. */
const defineKindRule =
  <K extends OtherKind>(document: K) =>
  (rule: RuleSource<KindRule<K>['check']>): KindRule<K> => ({ meta: { ...withDocs(rule.meta), document }, check: rule.check });

/** Helper for modules of `<network>` rules. */
export const defineNetworkRule: (rule: RuleSource<NetworkRule['check']>) => NetworkRule = defineKindRule('network');
/** Helper for modules of storage `<pool>` rules. */
export const definePoolRule: (rule: RuleSource<PoolRule['check']>) => PoolRule = defineKindRule('pool');
/** Helper for modules of storage `<volume>` rules. */
export const defineVolumeRule: (rule: RuleSource<VolumeRule['check']>) => VolumeRule = defineKindRule('volume');
/** Helper for modules of `<secret>` rules. */
export const defineSecretRule: (rule: RuleSource<SecretRule['check']>) => SecretRule = defineKindRule('secret');
/** Helper for modules of network filter (`<filter>`) rules. */
export const defineNwFilterRule: (rule: RuleSource<NwFilterRule['check']>) => NwFilterRule = defineKindRule('filter');
