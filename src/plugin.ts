/**
 * The shape of a virtlint plugin (docs/plugins.md): an object with `rules`, each a rule that checks
 * the typed model of one kind of document (`<domain>` unless its `meta.document` names another) like
 * a built-in one. A configuration names it under a namespace
 * (`plugins: { acme: plugin }`) and its rules are then `acme/<rule-id>`.
 */
import type { Rule, RuleContext, RuleDocumentKind, RuleDocumentModels, RuleMeta } from './rule.js';
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

/** The kinds of document other than `<domain>` that a plugin rule may check (`meta.document`). */
type OtherKind = Exclude<RuleDocumentKind, 'domain'>;

/** A plugin rule of `<domain>` documents, the default kind (`meta.document` absent or `'domain'`). */
export interface PluginRule {
  readonly meta: PluginRuleMeta & { readonly document?: 'domain' };
  check(domain: Domain, context: RuleContext): void;
}

/**
 * A plugin rule of another kind of document than `<domain>`: `meta.document` names the kind and
 * `check` reads that kind's model (`PluginKindRule<'network'>` reads a `Network`). Write it with
 * {@link definePluginRule}, or give it this type (`@type {import('virtlint').PluginKindRule<'network'>}`),
 * so that `check`'s model is typed. `check` is a function-typed property, not a method, so that a
 * check reading another kind's model does not compile (as in src/rule.ts's `KindRule`).
 */
export interface PluginKindRule<K extends OtherKind> {
  readonly meta: PluginRuleMeta & { readonly document: K };
  readonly check: (model: RuleDocumentModels[K], context: RuleContext) => void;
}

/**
 * How a plugin's `rules` holds a rule of another kind than the domain. Its `check` is typed where the
 * rule is written ({@link definePluginRule}, {@link PluginKindRule}), not here: a `check` typed here
 * would make every rule written in place in `rules` lose the type of its model (TypeScript gives no
 * contextual type to a parameter whose candidates differ, and a nested `meta.document` does not
 * narrow the union), while a `Function` has no signature to compete with {@link PluginRule}'s.
 */
export interface PluginOtherKindEntry {
  readonly meta: PluginRuleMeta & { readonly document: OtherKind };
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- see above: a signature here would untype domain rules written in place.
  readonly check: Function;
}

export interface Plugin {
  /** For messages and the result cache (a changed version invalidates cached results). */
  readonly meta?: { readonly name?: string; readonly version?: string };
  /** Rule key (kebab-case, no `/`) → rule: a {@link PluginRule} of domains, or one of another kind ({@link definePluginRule}). */
  readonly rules: Readonly<Record<string, PluginRule | PluginOtherKindEntry>>;
}

/** Identity helper for plugin authors: type-checks a plugin object. */
export function definePlugin<P extends Plugin>(plugin: P): P {
  return plugin;
}

/** What {@link definePluginRule} takes: `meta.document` is required for a kind other than the domain. */
export type PluginRuleSource<K extends RuleDocumentKind> = {
  readonly meta: PluginRuleMeta & ('domain' extends K ? { readonly document?: K } : { readonly document: K });
  readonly check: (model: RuleDocumentModels[K], context: RuleContext) => void;
};

/**
 * Identity helper for plugin authors: types a rule's `check` against the model of its `meta.document`
 * (`definePluginRule({ meta: { document: 'network', … }, check(network, context) { … } })` reads a
 * `Network`; without `document`, a `Domain`).
 */
export function definePluginRule<K extends RuleDocumentKind = 'domain'>(rule: PluginRuleSource<K>): K extends OtherKind ? PluginKindRule<K> : PluginRule {
  return rule as unknown as K extends OtherKind ? PluginKindRule<K> : PluginRule;
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
export function markPluginRule(rule: Rule, plugin: string): void {
  pluginOfRule.set(rule, plugin);
  // Whatever the rule's kind, its check takes that kind's model and passes it on unread.
  type AnyCheck = (model: never, context: RuleContext) => void;
  const check = rule.check as AnyCheck;
  const running = `rule ${rule.meta.id} from ${plugin}`;
  (rule as { check: AnyCheck }).check = (model, context) => {
    const w = watcher;
    if (!w) return check(model, context);
    w(running);
    try {
      check(model, context);
    } finally {
      w(undefined);
    }
  };
}

/** The plugin a rule comes from (as recorded by {@link markPluginRule}); undefined for virtlint's own rules. */
export const pluginOf = (rule: Rule): string | undefined => pluginOfRule.get(rule);
