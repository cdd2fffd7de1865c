/**
 * The rules a configuration knows: the bundled ones plus those of the plugins it loads. Rule ids,
 * option schemas and docs are looked up here, so plugin rules are configured, validated and shown
 * exactly like built-in ones.
 */
import { createHash } from 'node:crypto';
import { RULES, RULES_BY_ID } from '../../rules/index.js';
import type { Rule } from '../rule.js';

export interface RuleRegistry {
  /** Built-in rules first (alphabetical), then each plugin's rules in the order the configuration names them. */
  readonly rules: readonly Rule[];
  readonly byId: ReadonlyMap<string, Rule>;
  /** Namespaces of the plugins loaded (empty for the built-in registry). */
  readonly namespaces: readonly string[];
}

export const BUILTIN_REGISTRY: RuleRegistry = { rules: RULES, byId: RULES_BY_ID, namespaces: [] };

/** Id prefixes virtlint uses itself (parse, grammar, I/O and directive findings): no plugin may take them. */
export const RESERVED_NAMESPACES: readonly string[] = ['virtlint', 'schema', 'xml', 'io'];

/** The namespace of a plugin rule id (`acme/nic-model` → `acme`), or undefined for an id without one. */
export function namespaceOf(id: string): string | undefined {
  const slash = id.lastIndexOf('/');
  return slash > 0 ? id.slice(0, slash) : undefined;
}

/** Whether an id names a plugin rule (a namespace virtlint does not reserve). */
export const isPluginRuleId = (id: string): boolean => {
  const ns = namespaceOf(id);
  return ns !== undefined && !RESERVED_NAMESPACES.includes(ns);
};

const fingerprints = new WeakMap<readonly Rule[], string>();
/** Plugin rule → `name@version` of its plugin (from the plugin's meta), part of the fingerprint. */
const origins = new WeakMap<Rule, string>();

export function recordOrigin(rule: Rule, origin: string): void {
  origins.set(rule, origin);
}

/**
 * What a rule set's plugin rules are, for the result cache: ids, meta and the text of each `check`.
 * An edit to a plugin's rule changes it; an edit to a helper the rule calls does not unless the
 * plugin's `meta.version` changes (or run without --cache once after such an edit).
 */
export function ruleSetFingerprint(rules: readonly Rule[]): string {
  let f = fingerprints.get(rules);
  if (f === undefined) {
    const hash = createHash('sha256');
    for (const r of rules) {
      if (RULES_BY_ID.get(r.meta.id) === r) continue;
      hash.update(origins.get(r) ?? '').update('\0').update(JSON.stringify(r.meta)).update('\0').update(String(r.check)).update('\0');
    }
    f = hash.digest('hex');
    fingerprints.set(rules, f);
  }
  return f;
}
