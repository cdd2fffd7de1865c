/**
 * Plugins: rule sets a JS/MJS configuration brings in as `plugins: { acme: plugin }`, used as
 * `acme/<rule-id>`. A plugin is code, so only a configuration that is itself code (and trusted as
 * such, docs/configuration.md) may name one; a JSON configuration is data and cannot.
 *
 * Each plugin rule is checked when the configuration loads (shape, meta, option schema) and turned
 * into an ordinary `Rule` with its full id, so everything downstream — option validation, inline
 * disables, fixes, SARIF, editors — treats it like a built-in rule.
 */
import type { RuleSetting } from '../linter/lint.js';
import { markPluginRule, type Plugin, type PluginKindRule, type PluginRule } from '../plugin.js';
import type { DocumentModel, Rule, RuleContext, RuleDocumentKind, RuleMeta } from '../rule.js';
import type { Severity } from '../types.js';
import { runPluginCheck } from './plugin-check.js';
import { BUILTIN_REGISTRY, isPluginRuleId, namespaceOf, recordOrigin, RESERVED_NAMESPACES, type RuleRegistry } from './registry.js';
import { checkRuleOptions } from './rule-options.js';
import { ConfigError } from './types.js';

/**
 * Namespaces and rule names start with a letter or digit, so `__proto__` is never one. Names of other
 * Object.prototype members (`constructor`, `toString`, `hasOwnProperty`…) are accepted: a rule's id
 * always has its namespace and a '/' (`acme/constructor`), which no inherited member has, and plugins
 * and rules are read from own keys only (Object.entries) into Maps and arrays.
 */
const NAMESPACE = /^@?[a-z0-9][a-z0-9._-]*$/i;
const RULE_KEY = /^[a-z0-9][a-z0-9._-]*$/i;

/** The kinds of document rules check (`meta.document`), in the order error messages list them. */
const DOCUMENT_KINDS = Object.keys({ domain: 0, network: 0, pool: 0, volume: 0, secret: 0, filter: 0 } satisfies Record<RuleDocumentKind, 0>) as readonly RuleDocumentKind[];

/** A `meta.reportsOn` entry: `element/…/element@attribute`, `*` for any one element, `@*` for any attribute (src/rule.ts). */
const STEP = '(?:[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?|\\*)';
const REPORTS_ON = new RegExp(`^${STEP}(?:/${STEP})*(?:@${STEP})?$`);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const looksLikePlugin = (v: unknown): boolean => isObject(v) && (isObject(v.rules) || isObject(v.default));
const looksLikeRule = (v: unknown): boolean => isObject(v) && (isObject(v.meta) || typeof v.check === 'function');

/**
 * `{ __proto__: acme }` in an object literal sets the object's prototype instead of adding a key: its
 * plugin (or rule) would be silently missing. Refused when the prototype is what the key would hold.
 */
function refusePrototypeKey(table: object, holds: (v: unknown) => boolean, what: string, where: string): void {
  const proto: unknown = Object.getPrototypeOf(table);
  if (proto !== Object.prototype && proto !== null && holds(proto)) {
    throw new ConfigError(`${where}: { __proto__: … } sets the object's prototype, it does not add a ${what} '__proto__' (a ${what} starts with a letter or digit)`);
  }
}

/** The plugin object; an ES module namespace (`await import('./plugin.mjs')`) stands for its default export. */
function pluginObject(value: unknown, where: string): Plugin {
  const candidate = isObject(value) && !('rules' in value) && isObject(value.default) ? value.default : value;
  if (!isObject(candidate) || !isObject(candidate.rules)) {
    throw new ConfigError(`${where}: expected a plugin object with \`rules\` (e.g. plugins: { acme: acmePlugin } where acmePlugin = { rules: { … } })`);
  }
  refusePrototypeKey(candidate.rules, looksLikeRule, 'rule name', `${where}.rules`);
  return candidate as unknown as Plugin;
}

function docsUrl(docs: unknown, where: string): string {
  if (docs === undefined) return '';
  if (typeof docs === 'string') return docs;
  if (isObject(docs) && (docs.url === undefined || typeof docs.url === 'string')) return (docs.url as string | undefined) ?? '';
  throw new ConfigError(`${where}.meta.docs: expected a URL string or { url: string }`);
}

/** A plugin rule's `meta.document`: undefined (a domain rule) or one of the kinds rules check. */
function documentKind(document: unknown, where: string): RuleDocumentKind | undefined {
  if (document === undefined || (DOCUMENT_KINDS as readonly unknown[]).includes(document)) return document as RuleDocumentKind | undefined;
  const shown = typeof document === 'string' ? `'${document}'` : typeof document;
  throw new ConfigError(`${where}.meta.document: ${shown} is not a kind of document rules check; expected one of ${DOCUMENT_KINDS.map((k) => `'${k}'`).join(', ')} (the root element's name: a network filter's is 'filter')`);
}

/** A plugin rule's `meta.reportsOn`: undefined, or a list of path suffixes (a copy, so that the plugin cannot change it later). */
function reportsOnList(list: unknown, where: string): readonly string[] | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) throw new ConfigError(`${where}.meta.reportsOn: expected an array of paths like 'dhcp/range@start'`);
  return Object.freeze(
    list.map((s: unknown, i) => {
      if (typeof s !== 'string' || !REPORTS_ON.test(s)) {
        throw new ConfigError(`${where}.meta.reportsOn[${i}]: ${typeof s === 'string' ? `'${s}'` : typeof s} is not a path like 'dhcp/range@start' (element names or *, separated by '/', then an optional @attribute or @*)`);
      }
      return s;
    }),
  );
}

/** Checks one plugin rule and gives it its full id `namespace/key`. */
function pluginRule(namespace: string, key: string, value: unknown, where: string, origin: string, label: string): Rule {
  if (!RULE_KEY.test(key)) throw new ConfigError(`${where}: a rule name is letters, digits, '.', '_' and '-' (no '/'), starting with a letter or digit`);
  if (!isObject(value) || !isObject(value.meta) || typeof value.check !== 'function') {
    throw new ConfigError(`${where}: expected a rule { meta: { description, … }, check(domain, context) }`);
  }
  const source = value as unknown as PluginRule | PluginKindRule<Exclude<RuleDocumentKind, 'domain'>>;
  const m = source.meta;
  const id = `${namespace}/${key}`;
  if (m.id !== undefined && m.id !== key && m.id !== id) throw new ConfigError(`${where}.meta.id: '${m.id}' differs from the rule's name '${key}'`);
  if (typeof m.description !== 'string' || m.description.trim() === '') throw new ConfigError(`${where}.meta.description: expected a one-line description`);
  if (m.defaultSeverity !== undefined && m.defaultSeverity !== 'error' && m.defaultSeverity !== 'warning') {
    throw new ConfigError(`${where}.meta.defaultSeverity: expected "error" or "warning"`);
  }
  for (const flag of ['fixable', 'needsCapabilities'] as const) {
    if (m[flag] !== undefined && typeof m[flag] !== 'boolean') throw new ConfigError(`${where}.meta.${flag}: expected true or false`);
  }
  if (m.schema !== undefined && !Array.isArray(m.schema) && !isObject(m.schema)) throw new ConfigError(`${where}.meta.schema: expected a JSON Schema (or an array of them)`);
  const document = documentKind(m.document, where);
  const reportsOn = reportsOnList(m.reportsOn, where);
  const meta: RuleMeta = {
    id,
    description: m.description,
    defaultSeverity: (m.defaultSeverity ?? 'warning') as Severity,
    docs: docsUrl(m.docs, where),
    ...(m.fixable !== undefined ? { fixable: m.fixable } : {}),
    ...(m.needsCapabilities !== undefined ? { needsCapabilities: m.needsCapabilities } : {}),
    ...(m.schema !== undefined ? { schema: m.schema } : {}),
    ...(document !== undefined ? { document } : {}),
    ...(reportsOn !== undefined ? { reportsOn } : {}),
  };
  // Reports are checked on the way in (a malformed one would otherwise break sorting, formatters or
  // --fix far from its cause) and the model is read-only to it (plugin-check.ts). The linter runs the
  // rule on documents of its `meta.document` only and hands it that kind's model, as a bundled one.
  // Rule's members are told apart by meta.document, which TypeScript cannot follow from a value read at run time.
  const rule = { meta, check: (model: DocumentModel['model'], context: RuleContext) => runPluginCheck(source, model, context) } as Rule;
  try {
    // Compiles the schema now, so a broken one is the configuration's error and not every document's.
    checkRuleOptions(rule, []);
  } catch (e) {
    throw new ConfigError(`${where}.meta.schema: not a usable JSON Schema: ${(e as Error).message}`);
  }
  recordOrigin(rule, `${origin}\0${String(source.check)}`);
  markPluginRule(rule, label);
  return rule;
}

/**
 * One plugin's rules as virtlint runs them (full ids `namespace/name`, checked reports), by rule name:
 * for a plugin's own tests, e.g. `new RuleTester().run(pluginRules('acme', acme)['interface-model'], …)`.
 * Throws ConfigError for a malformed plugin, as a configuration naming it would.
 */
export function pluginRules(namespace: string, plugin: Plugin | object): Readonly<Record<string, Rule>> {
  const prefix = `${namespace}/`;
  const own = registryWithPlugins({ [namespace]: plugin }).rules.filter((r) => r.meta.id.startsWith(prefix));
  return Object.fromEntries(own.map((r) => [r.meta.id.slice(prefix.length), r]));
}

/**
 * The registry of the built-in rules plus these plugins' rules. `where` prefixes error messages.
 * Throws ConfigError for a malformed plugin or rule.
 */
export function registryWithPlugins(plugins: Readonly<Record<string, unknown>>, where = 'plugins'): RuleRegistry {
  const rules: Rule[] = [...BUILTIN_REGISTRY.rules];
  const byId = new Map(BUILTIN_REGISTRY.byId);
  refusePrototypeKey(plugins, looksLikePlugin, 'plugin namespace', where);
  for (const [namespace, value] of Object.entries(plugins)) {
    const at = `${where}.${namespace}`;
    if (!NAMESPACE.test(namespace)) throw new ConfigError(`${at}: a plugin namespace is letters, digits, '.', '_' and '-' (optionally after '@'), starting with a letter or digit`);
    if (RESERVED_NAMESPACES.includes(namespace)) throw new ConfigError(`${at}: '${namespace}/' is virtlint's own prefix; choose another namespace`);
    try {
      const plugin = pluginObject(value, at);
      const origin = `${namespace}\0${plugin.meta?.name ?? ''}@${plugin.meta?.version ?? ''}`;
      const named = [plugin.meta?.name, plugin.meta?.version].filter((x) => typeof x === 'string' && x !== '').join(' ');
      const label = `plugin '${namespace}'${named ? ` (${named})` : ''}`;
      for (const [key, ruleValue] of Object.entries(plugin.rules)) {
        const rule = pluginRule(namespace, key, ruleValue, `${at}.rules["${key}"]`, origin, label);
        rules.push(rule);
        byId.set(rule.meta.id, rule);
      }
    } catch (e) {
      // A getter or proxy trap of the plugin threw: the plugin's problem, named, not an internal error.
      if (e instanceof ConfigError) throw e;
      throw new ConfigError(`${at}: the plugin failed while its rules were read: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { rules, byId, namespaces: Object.keys(plugins) };
}

/**
 * The rule set of the built-in rules and these plugins, for `lintText(text, { ruleSet, rules })`
 * (configuration files do this themselves). Throws ConfigError for a malformed plugin.
 */
export function ruleSetWithPlugins(plugins: Readonly<Record<string, Plugin | object>>): readonly Rule[] {
  return registryWithPlugins(plugins).rules;
}

/**
 * The rule registry a configuration value defines: the plugins of all its entries (one namespace
 * may appear in several entries if it is the same plugin object each time). `trustsCode` is false
 * for JSON, which cannot name plugins.
 */
export function registryOfConfig(value: unknown, label: string, trustsCode: boolean): RuleRegistry {
  const list = Array.isArray(value) ? value : [value];
  // A Map: a namespace is any key a configuration writes, 'constructor' and '__proto__' included.
  const plugins = new Map<string, unknown>();
  list.forEach((entry, i) => {
    if (!isObject(entry) || !('plugins' in entry)) return;
    const where = `${label}: [${i}].plugins`;
    if (!trustsCode) {
      throw new ConfigError(`${where}: a JSON configuration cannot load plugins (plugins are code, JSON is data); name them in virtlint.config.mjs or virtlint.config.js (docs/plugins.md)`);
    }
    if (!isObject(entry.plugins)) throw new ConfigError(`${where}: expected an object mapping namespaces to plugins, e.g. { acme: acmePlugin }`);
    refusePrototypeKey(entry.plugins, looksLikePlugin, 'plugin namespace', where);
    for (const [namespace, plugin] of Object.entries(entry.plugins)) {
      if (plugins.has(namespace) && plugins.get(namespace) !== plugin) {
        throw new ConfigError(`${where}.${namespace}: another entry already defines plugin '${namespace}' as a different object`);
      }
      plugins.set(namespace, plugin);
    }
  });
  return plugins.size === 0 ? BUILTIN_REGISTRY : registryWithPlugins(Object.fromEntries(plugins), `${label}: plugins`);
}

/**
 * Rule overrides (`--rule acme/x:warn`, `lintFiles({ rules })`) naming plugin rules are checked
 * against the configuration of each file, since only that configuration loads the plugin.
 */
export function checkPluginOverrides(overrides: Readonly<Record<string, RuleSetting>>, ruleSet: readonly Rule[] | undefined, configFile: string | undefined): void {
  for (const [id, setting] of Object.entries(overrides)) {
    if (!isPluginRuleId(id) || BUILTIN_REGISTRY.byId.has(id)) continue;
    const rule = ruleSet?.find((r) => r.meta.id === id);
    if (!rule) {
      const ns = namespaceOf(id) as string;
      const loaded = ruleSet?.some((r) => r.meta.id.startsWith(`${ns}/`)) ?? false;
      const why = loaded
        ? `plugin '${ns}' (loaded by ${configFile}) has no rule '${id.slice(ns.length + 1)}'`
        : configFile
          ? `plugin '${ns}' is not loaded by the configuration ${configFile}`
          : `plugin '${ns}' is not loaded: no configuration file applies (plugins come from virtlint.config.mjs/.js)`;
      throw new ConfigError(`--rule ${id}: unknown rule; ${why}`);
    }
    const problem = typeof setting === 'string' ? undefined : checkRuleOptions(rule, setting.slice(1));
    if (problem) throw new ConfigError(`--rule ${id}: bad options: ${problem}`);
  }
}
