/**
 * The shape of a virtlint plugin (docs/plugins.md): an object with `rules`, each a rule that checks
 * the typed model like a built-in one. A configuration names it under a namespace
 * (`plugins: { acme: plugin }`) and its rules are then `acme/<rule-id>`.
 */
import type { DomainRule, Rule, RuleContext, RuleMeta } from './rule.js';
import type { Domain } from './model/domain.js';
import type { Severity } from './types.js';

/** A plugin rule's meta: a built-in rule's, without the id (the key in `rules` is the id). */
export interface PluginRuleMeta extends Omit<RuleMeta, 'id' | 'docs' | 'defaultSeverity'> {
  /** Optional; when given it must equal the rule's key in the plugin's `rules`. */
  readonly id?: string;
  /** The rule's documentation: a URL, or ESLint's `{ url }`. Shown by editors, --list-rules and SARIF. */
  readonly docs?: string | { readonly url?: string; readonly description?: string };
  /** Default 'warning'. */
  readonly defaultSeverity?: Severity;
}

export interface PluginRule {
  readonly meta: PluginRuleMeta;
  check(domain: Domain, context: RuleContext): void;
}

export interface Plugin {
  /** For messages and the result cache (a changed version invalidates cached results). */
  readonly meta?: { readonly name?: string; readonly version?: string };
  /** Rule key (kebab-case, no `/`) → rule. */
  readonly rules: Readonly<Record<string, PluginRule>>;
}

/** Identity helper for plugin authors: type-checks a plugin object. */
export function definePlugin<P extends Plugin>(plugin: P): P {
  return plugin;
}

// Which plugin a loaded rule comes from (set by config/plugins.ts when it turns a plugin rule into a
// Rule): a crash of such a rule is the plugin's to fix, and its rule-crashed message says whose.
const pluginOfRule = new WeakMap<Rule, string>();

/** Told which plugin rule starts running in this thread (its description), and `undefined` when it returns. */
export type PluginRuleWatcher = (running: string | undefined) => void;

let watcher: PluginRuleWatcher | undefined;

/**
 * Has this thread's plugin rules announce their runs to `w` (a worker thread does, so that a rule
 * that never returns can be named from outside the thread: workers/status.ts). Without one (the main
 * thread), a plugin rule's check costs one test more.
 */
export function watchPluginRules(w: PluginRuleWatcher | undefined): void {
  watcher = w;
}

/**
 * Records that `rule` comes from a plugin, described as e.g. `plugin 'acme' (virtlint-plugin-acme 1.0.0)`,
 * and makes its check announce itself to the thread's watcher (watchPluginRules).
 */
export function markPluginRule(rule: DomainRule, plugin: string): void {
  pluginOfRule.set(rule, plugin);
  const check = rule.check;
  const running = `rule ${rule.meta.id} from ${plugin}`;
  (rule as { check: DomainRule['check'] }).check = (domain, context) => {
    const w = watcher;
    if (!w) return check(domain, context);
    w(running);
    try {
      check(domain, context);
    } finally {
      w(undefined);
    }
  };
}

/** The plugin a rule comes from (as recorded by {@link markPluginRule}); undefined for virtlint's own rules. */
export const pluginOf = (rule: Rule): string | undefined => pluginOfRule.get(rule);
