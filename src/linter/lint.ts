import { NO_CAPABILITIES, type CapabilityResolver } from '../caps/resolver.js';
import { applyInlineDisables, inlineDisables, knownRuleIds, UNUSED_DISABLE_RULE } from './disables.js';
import { applyBuiltinLevels, builtinLevel, OFF_BY_DEFAULT } from '../builtin-ids.js';
import { capPerRule, MAX_DIAGNOSTICS_PER_RULE, shortenMessage, withShortMessages } from './limits.js';
import { classifyRoot } from '../document-kind.js';
import { buildDomain } from '../model/domain.js';
import { buildDocumentModel, isRuleDocumentKind } from '../model/document-models.js';
import { expandRuleAliases, RULES } from '../../rules/index.js';
import { checkDocument, ruleDocument, type CapabilityView, type Report, type Rule, type DocumentModel, type RuleContext, type RuleDocumentKind } from '../rule.js';
import { checkSchema, type SchemaBound } from '../schema/check.js';
import { targetStep } from '../targets/step.js';
import type { Target } from '../targets/target.js';
import type { Diagnostic, DocumentKind, LintResult, Range, Severity } from '../types.js';
import type { XmlElement } from '../xml/tree.js';
import { checkText, encodingFindings, type TextEncoding } from '../xml/decode.js';
import { parseXml } from '../xml/parse.js';
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import { pluginOf } from '../plugin.js';

/** A rule's configured level and options (ESLint style). */
export type RuleSetting = 'off' | 'warn' | 'error' | readonly ['off' | 'warn' | 'error', ...unknown[]];

export interface LintOptions {
  /** Shown in results; also used for configuration lookup by callers. */
  readonly filePath?: string;
  /** A directory of .rng files replacing the bundled grammar (e.g. /usr/share/libvirt/schemas). */
  readonly schemaDir?: string;
  /** Where emulator capabilities come from. Default: none (capability rules stay silent). */
  readonly capabilities?: CapabilityResolver;
  /** Per-rule severity and options; rules not named use their default severity. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Maximum element nesting depth. */
  readonly maxDepth?: number;
  /** Maximum attributes on one element (default 1024). */
  readonly maxAttributes?: number;
  /** The rule set to run (default: all bundled rules). */
  readonly ruleSet?: readonly Rule[];
  /** Releases the document must run on (`--target libvirt@8.0.0`); see docs/targets.md. */
  readonly targets?: readonly Target[];
  /** How the document's bytes were encoded (default UTF-8): libvirt refuses UTF-16 (xml/encoding). */
  readonly encoding?: TextEncoding;
}

const levelOf = (setting: RuleSetting | undefined): 'off' | 'warn' | 'error' | undefined =>
  setting === undefined ? undefined : typeof setting === 'string' ? setting : setting[0];

/**
 * Rule ids compared by code unit: the same order as a locale comparison for every built-in id
 * (lower case, digits, `-` and `/`), independent of the locale, and without setting up ICU's
 * collation data, which cost 15–26 ms of every one-file run.
 */
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || compareIds(a.ruleId, b.ruleId);
}

/** A rule that runs, with what its configuration says: its severity (unless the rule's own) and its options. */
interface PlannedRule {
  readonly rule: Rule;
  readonly configured: Severity | undefined;
  readonly options: readonly unknown[];
}

/** What the configuration decides for every document alike: which rules run, how, and which ids a disable comment may name. */
interface RulePlan {
  /** The settings with aliases expanded (rules/aliases.ts). */
  readonly settings: Readonly<Record<string, RuleSetting>> | undefined;
  readonly rules: readonly PlannedRule[];
  readonly needsCaps: boolean;
  readonly isKnownRule: (id: string) => boolean;
}

function planRules(ruleSet: readonly Rule[], settings: Readonly<Record<string, RuleSetting>> | undefined): RulePlan {
  const rules: PlannedRule[] = [];
  for (const rule of ruleSet) {
    const id = rule.meta.id;
    const setting = settings?.[id];
    const level = levelOf(setting) ?? (OFF_BY_DEFAULT.has(id) ? 'off' : undefined);
    if (level === 'off') continue;
    rules.push({ rule, configured: level === 'warn' ? 'warning' : level === 'error' ? 'error' : undefined, options: typeof setting === 'object' ? setting.slice(1) : [] });
  }
  return { settings, rules, needsCaps: rules.some((r) => r.rule.meta.needsCapabilities), isKnownRule: knownRuleIds(ruleSet) };
}

/**
 * Plans by rule set and settings object: a batch or an editor lints many documents with the same
 * configuration, and none of this depends on the document. Keyed by identity (settings objects
 * are not changed once given to lintText).
 */
const plans = new WeakMap<readonly Rule[], WeakMap<object, RulePlan>>();
const NO_SETTINGS = {};

function rulePlan(ruleSet: readonly Rule[], given: Readonly<Record<string, RuleSetting>> | undefined): RulePlan {
  let bySettings = plans.get(ruleSet);
  if (!bySettings) plans.set(ruleSet, (bySettings = new WeakMap()));
  const key = given ?? NO_SETTINGS;
  let plan = bySettings.get(key);
  if (!plan) {
    // An old umbrella id (rules/aliases.ts) sets each of its parts.
    plan = planRules(ruleSet, given ? expandRuleAliases(given) : undefined);
    bySettings.set(key, plan);
  }
  return plan;
}

/** The context rules are given, with the rule it currently belongs to. */
interface RuleRun {
  readonly context: RuleContext & { options: readonly unknown[] };
  current: PlannedRule | undefined;
}

/**
 * One document's rule context, shared by every rule: which rule runs is a field, so a document makes
 * one context and two closures rather than one context and two closures per rule (~120), and every
 * `rule.check(domain, context)` receives the same object shape. The context has the same own
 * fields, in the same order, as before; `report` and `note` are still closures, so a plugin rule may
 * call them detached (`const { report } = context`) while it runs.
 */
function ruleRun(capabilities: CapabilityView | undefined, sourceText: string, diagnostics: Diagnostic[], notes: string[]): RuleRun {
  const run: RuleRun = {
    context: {
      capabilities,
      options: [],
      sourceText,
      report: (r: Report) => {
        const { rule, configured } = run.current!;
        const severity = configured ?? r.severity ?? rule.meta.defaultSeverity;
        diagnostics.push(r.fix ? { ruleId: rule.meta.id, severity, message: r.message, range: r.range, fix: r.fix } : { ruleId: rule.meta.id, severity, message: r.message, range: r.range });
      },
      note: (m: string) => notes.push(m),
    },
    current: undefined,
  };
  return run;
}

/** The planned rules of each document kind, by plan (a plan's rules never change). */
const rulesByKind = new WeakMap<RulePlan, ReadonlyMap<RuleDocumentKind, readonly PlannedRule[]>>();

/**
 * The plan's rules that check this kind of document (`meta.document`, default domain), in the plan's
 * order. Domain documents get the plan's own list when every planned rule is a domain rule.
 */
function rulesFor(plan: RulePlan, kind: RuleDocumentKind): readonly PlannedRule[] {
  let byKind = rulesByKind.get(plan);
  if (!byKind) {
    const split = new Map<RuleDocumentKind, PlannedRule[]>();
    for (const planned of plan.rules) {
      const of = ruleDocument(planned.rule);
      let list = split.get(of);
      if (!list) split.set(of, (list = []));
      list.push(planned);
    }
    const domain = split.get('domain');
    if (domain && domain.length === plan.rules.length) split.set('domain', plan.rules as PlannedRule[]);
    rulesByKind.set(plan, (byKind = split));
  }
  return byKind.get(kind) ?? [];
}

/** Runs every planned rule on the model; a rule that throws becomes a diagnostic at the root's name. */
function runRules(rules: readonly PlannedRule[], model: DocumentModel, run: RuleRun, diagnostics: Diagnostic[], root: XmlElement): void {
  const context = run.context;
  for (const planned of rules) {
    run.current = planned;
    context.options = planned.options;
    const rule = planned.rule;
    try {
      // A sampling profile charges this line with entering ~120 different rules (their prologues,
      // mostly baseline-tier code until TurboFan compiles each one), not with work of runRules'.
      checkDocument(rule, model, context);
    } catch (e) {
      // One rule's bug must not hide the others' findings. A plugin's bug is its authors' to fix, not virtlint's.
      const plugin = pluginOf(rule);
      diagnostics.push({
        ruleId: DIAGNOSTIC_IDS.ruleCrashed,
        severity: 'error',
        message: plugin
          ? `Internal error in rule ${rule.meta.id} from ${plugin}: ${(e as Error).message} (report this to the plugin's authors)`
          : `Internal error in rule ${rule.meta.id}: ${(e as Error).message} (please report this)`,
        range: root.nameRange,
      });
    }
  }
}

/**
 * The whole pipeline for one document: safe parse → grammar → model → rules (with capabilities).
 * Never throws for anything a document contains; every problem becomes a diagnostic.
 */
export async function lintText(text: string, given: LintOptions = {}): Promise<LintResult> {
  const plan = rulePlan(given.ruleSet ?? RULES, given.rules);
  // The settings with aliases expanded; every other option is read from `given` (no copy per document).
  const rules = plan.settings;
  const filePath = given.filePath ?? '<text>';
  const notes: string[] = [];
  /** What the schema step counted without making it (see below); none before it runs. */
  let bound: SchemaBound | undefined = undefined;

  const done = (found: Diagnostic[], kind?: DocumentKind): LintResult => {
    const diagnostics = finished(found, rules, bound);
    // Once each: a rule notes what it could not check per device, and four controllers of one
    // unknown model gave the same line four times.
    const shownNotes = notes.length === 0 ? [] : Array.from(new Set(notes), (n) => shortenMessage(n));
    return kind === undefined ? { filePath, diagnostics, notes: shownNotes, source: text } : { filePath, diagnostics, notes: shownNotes, source: text, kind };
  };

  const checked = checkText(text, given.encoding);
  if (!checked.ok) return done([checked.diagnostic]);
  // What libvirt makes of the encoding, when it is worth a word; the document is linted as usual.
  const encoded = encodingFindings(text, given.encoding);
  const parsed = parseXml(text, {
    ...(given.maxDepth ? { maxDepth: given.maxDepth } : {}),
    ...(given.maxAttributes ? { maxAttributes: given.maxAttributes } : {}),
  });
  if (!parsed.ok) return done([...encoded, parsed.diagnostic]);
  const doc = parsed.document;

  const verdict = classifyRoot(doc.root);
  if (!('kind' in verdict)) {
    const found = 'nearMiss' in verdict ? verdict.nearMiss : verdict.notLibvirt;
    const shown = applyBuiltinLevels([found], rules);
    if ('notLibvirt' in verdict && shown.length === 0) {
      notes.push(`skipped: <${doc.root.name}> is not a libvirt document (set schema/unknown-root to warn or error to report such files)`);
      return { ...done([]), skipped: true };
    }
    return done([...encoded, ...shown]);
  }
  const kind = verdict.kind;

  // A document with no comments has no disable directives: nothing to remove or report.
  const disables = doc.comments.length === 0 ? undefined : inlineDisables(doc.comments);
  // The schema step words only the diagnostics the per-rule cap can show, and counts the rest for
  // its summary: 300,000 errors of a hostile document cost no words. It asks the disable comments
  // about every error, so the ones it words are the first not disabled (a disabled one among the
  // first moves later ones up), and the disabled ones it never words still make their comment used.
  bound = { keepPerRule: MAX_DIAGNOSTICS_PER_RULE + 1, omitted: new Map(), isDisabled: disables && ((id: string, range: Range) => disables.isDisabled(id, range)) };
  const diagnostics: Diagnostic[] = await checkSchema(doc, kind, given, notes, bound);
  if (encoded.length > 0) diagnostics.push(...encoded);

  // The ladder's bounds cover every document kind (LADDER_KINDS; docs/targets.md).
  if (given.targets) diagnostics.push(...targetStep(doc.root, { targets: given.targets, rules }));
  if (kind === 'domain') {
    const domain = buildDomain(doc.root);
    let resolved: Awaited<ReturnType<CapabilityResolver['resolve']>> = { notes: [] };
    if (plan.needsCaps) {
      try {
        resolved = await (given.capabilities ?? NO_CAPABILITIES).resolve(domain.emulator?.value || undefined, { documentPath: given.filePath });
      } catch (e) {
        resolved = { notes: [`capabilities could not be read: ${(e as Error).message}`] };
      }
      notes.push(...resolved.notes);
    }
    runRules(rulesFor(plan, 'domain'), { kind: 'domain', model: domain }, ruleRun(resolved.view, text, diagnostics, notes), diagnostics, doc.root);
  } else if (isRuleDocumentKind(kind)) {
    // Networks, pools, volumes, secrets, filters: no capabilities (they name no emulator).
    const kindRules = rulesFor(plan, kind);
    if (kindRules.length > 0) runRules(kindRules, buildDocumentModel(kind, doc.root), ruleRun(undefined, text, diagnostics, notes), diagnostics, doc.root);
  }
  if (!disables) return done(diagnostics, kind);
  // Unused-disable reports are a built-in id: their level comes from the same table as every other's.
  const unusedLevel = builtinLevel(UNUSED_DISABLE_RULE, rules) ?? 'warn';
  return done(applyInlineDisables(diagnostics, disables, { unusedLevel, isKnownRule: plan.isKnownRule }), kind);
}

/**
 * A document's diagnostics as reported: configured levels applied, sorted, capped per rule (with
 * the schema step's counted omissions), long messages shortened, in a new array. The cap and the
 * shortening copy only when they change something: most documents have few findings, all short.
 */
function finished(diagnostics: Diagnostic[], rules: LintOptions['rules'], schema: SchemaBound | undefined): Diagnostic[] {
  if (diagnostics.length === 0) return [];
  const sorted = applyBuiltinLevels(diagnostics, rules).sort(compareDiagnostics);
  const capped = capPerRule(sorted, MAX_DIAGNOSTICS_PER_RULE, schema?.omitted);
  return withShortMessages(capped);
}
