import type { CapabilityView } from './caps/view.js';
import type { Domain } from './model/domain.js';
import type { Fix, Range, Severity } from './types.js';

export const DOCS_BASE_URL = 'https://github.com/virtlint/virtlint/blob/main/docs/rules/';

export interface RuleMeta {
  /** Kebab-case id, also the docs page name: docs/rules/<id>.md. */
  readonly id: string;
  /** One line: what the rule reports. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Link to the rule's documentation page. */
  readonly docs: string;
  /** Whether some of the rule's reports carry a fix that --fix may apply. */
  readonly fixable?: boolean;
  /** Whether the rule needs emulator capabilities (silent without them). */
  readonly needsCapabilities?: boolean;
  /**
   * JSON Schema of the rule's options (for configuration validation), as in ESLint: an array with one
   * schema per positional option, or one schema for the whole options array (any number of options).
   */
  readonly schema?: readonly unknown[] | Readonly<Record<string, unknown>>;
  /** The libvirt message(s) this rule anticipates, for the oracle tests and docs. */
  readonly libvirtMessages?: readonly string[];
}

export interface Report {
  readonly range: Range;
  readonly message: string;
  /** Overrides the configured severity for this report (e.g. a rule that errs on disks and warns on NICs). */
  readonly severity?: Severity;
  readonly fix?: Fix;
}

export interface RuleContext {
  /** Capabilities of the emulator in `<emulator>`, when a source is known. */
  readonly capabilities: CapabilityView | undefined;
  /** The rule's options from configuration (an empty array when none). */
  readonly options: readonly unknown[];
  /** The full source text, for fixes that splice by offset. */
  readonly sourceText: string;
  report(report: Report): void;
  /** A note for --verbose (e.g. why the rule stayed silent). */
  note(message: string): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(domain: Domain, context: RuleContext): void;
}

/** Helper for rule modules: fills in the docs URL from the id. */
export function defineRule(rule: { meta: Omit<RuleMeta, 'docs'> & { docs?: string }; check: Rule['check'] }): Rule {
  return { meta: { ...rule.meta, docs: rule.meta.docs ?? `${DOCS_BASE_URL}${rule.meta.id}.md` }, check: rule.check };
}
