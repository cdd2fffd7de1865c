import path from 'node:path';
import { editDistanceAtMost } from '../edit-distance.js';
import { BUILTIN_BY_ID } from '../builtin-ids.js';
import type { RuleSetting } from '../linter/lint.js';
import { expandRuleAliases, RULE_ALIASES } from '../../rules/index.js';
import { BUILTIN_REGISTRY, isPluginRuleId, namespaceOf, type RuleRegistry } from './registry.js';
import { headOf, lengthNote, MAX_QUOTED } from '../quote-long.js';
import { parseTargets, TargetError } from '../targets/target.js';
import { checkRuleOptions } from './rule-options.js';
import { ConfigError, type ConfigEntry, type ConfigSettings, RULE_LEVELS, type RuleLevel } from './types.js';

const ENTRY_KEYS = new Set(['name', 'files', 'ignores', 'plugins', 'rules', 'settings']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A name or value from the configuration as a message quotes it: whole when short, else its start
 * and its length (a committed JSON configuration's 900 KB rule name was printed twice in full).
 * The callers quote it (or it is JSON), so the note stays inside: `'start… (900,000 characters)'`.
 */
export function shortened(text: string, max = MAX_QUOTED): string {
  const { head, cut } = headOf(text, { max });
  return cut ? `${head}…${lengthNote(text.length, (n) => n.toLocaleString('en-US'))}` : text;
}

/** Closest known rule id, for "did you mean" hints (small edit distance only). */
function suggestRule(id: string, registry: RuleRegistry): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(3, Math.floor(id.length / 4)) + 1;
  for (const known of [...registry.byId.keys(), ...BUILTIN_BY_ID.keys(), ...RULE_ALIASES.keys()]) {
    const d = editDistanceAtMost(id, known, bestD - 1);
    if (d !== undefined) {
      best = known;
      bestD = d;
    }
  }
  return best;
}

/** Why an id is not a rule of the registry, with a hint. */
function unknownRule(id: string, where: string, registry: RuleRegistry): ConfigError {
  const ns = namespaceOf(id);
  if (ns !== undefined && isPluginRuleId(id) && !registry.namespaces.includes(ns)) {
    return new ConfigError(`${where}: rule '${shortened(id)}' belongs to plugin '${ns}', which this configuration does not load (plugins: { '${ns}': … } in a virtlint.config.mjs; docs/plugins.md)`);
  }
  const hint = suggestRule(id, registry);
  return new ConfigError(`${where}: unknown rule '${shortened(id)}'${hint ? ` (did you mean '${hint}'?)` : ''}; see virtlint --list-rules`);
}

/**
 * Validates one rule setting; `where` names the key for the error message. Without a registry (a
 * `--rule` flag, before any configuration is read) a plugin rule's id and options are taken as
 * given: ConfigResolver checks them against the configuration that loads the plugin.
 */
export function validateRuleSetting(id: string, value: unknown, where: string, registry?: RuleRegistry): RuleSetting {
  const parts = RULE_ALIASES.get(id);
  if (parts) {
    // An alias (rules/aliases.ts) is validated as each of its parts, so it takes the options they all take.
    let out: RuleSetting | undefined;
    for (const part of parts) out = validateRuleSetting(part, value, where, registry);
    return out as RuleSetting;
  }
  const deferred = registry === undefined && isPluginRuleId(id) && !BUILTIN_REGISTRY.byId.has(id);
  const rule = (registry ?? BUILTIN_REGISTRY).byId.get(id);
  if (!rule && !BUILTIN_BY_ID.has(id) && !deferred) throw unknownRule(id, where, registry ?? BUILTIN_REGISTRY);
  // ESLint's numeric severities: 0 off, 1 warn, 2 error.
  const given: unknown = Array.isArray(value) ? value[0] : value;
  const level = typeof given === 'number' ? RULE_LEVELS[given] : given;
  if (typeof level !== 'string' || !RULE_LEVELS.includes(level as RuleLevel)) {
    throw new ConfigError(`${where}: bad severity ${shortened(JSON.stringify(given) ?? String(given))}; use "off", "warn" or "error" (or 0, 1, 2; or ["warn", options…])`);
  }
  if (!Array.isArray(value)) return level as RuleLevel;
  checkData(value, where);
  const options = value.slice(1);
  if (rule) {
    const problem = checkRuleOptions(rule, options);
    if (problem) throw new ConfigError(`${where}: bad options: ${problem}`);
  } else if (options.length > 0 && !deferred) {
    throw new ConfigError(`${where}: '${id}' takes no options`);
  }
  return [level as RuleLevel, ...options];
}

/** How deep settings and rule options may nest (a policy nests ~6 levels; JSON output and hashing recurse). */
export const MAX_CONFIG_DEPTH = 100;
/** How many values settings and rule options may hold in all (shared objects counted each time they appear). */
const MAX_CONFIG_VALUES = 1_000_000;

/**
 * Settings and rule options are data: --print-config writes them as JSON, the result cache hashes
 * them, the language server copies them to its lint thread. A value nested thousands of levels deep
 * (easy in 1 MiB of JSON) or one that contains itself (easy in a .mjs) broke those far from the
 * configuration (an internal error, a stack overflow); here it is the configuration's error.
 */
function checkData(value: unknown, where: string): void {
  let count = 0;
  const ancestors = new Set<object>();
  const visit = (v: unknown, depth: number): void => {
    if (++count > MAX_CONFIG_VALUES) throw new ConfigError(`${where}: too large (over ${MAX_CONFIG_VALUES.toLocaleString('en-US')} values)`);
    if (typeof v !== 'object' || v === null) return;
    if (depth >= MAX_CONFIG_DEPTH) throw new ConfigError(`${where}: nested deeper than ${MAX_CONFIG_DEPTH} levels`);
    if (ancestors.has(v)) throw new ConfigError(`${where}: contains itself (a value that refers to an object it is part of)`);
    ancestors.add(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) visit(child, depth + 1);
    ancestors.delete(v);
  };
  visit(value, 0);
}

function stringArray(v: unknown, where: string): string[] {
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.length === 0)) {
    throw new ConfigError(`${where}: expected an array of glob patterns (non-empty strings)`);
  }
  return v as string[];
}

/** `settings.target`: one target or a list (docs/targets.md), kept as a list of strings. */
export function targetSetting(v: unknown, where: string): string[] {
  try {
    return parseTargets(v).map((t) => `${t.product}@${t.version}`);
  } catch (e) {
    if (e instanceof TargetError) throw new ConfigError(`${where}: ${e.message}`);
    throw e;
  }
}

function validateSettings(v: unknown, where: string, baseDir: string): ConfigSettings {
  if (!isObject(v)) throw new ConfigError(`${where}: expected an object`);
  checkData(v, where);
  // Other keys pass through, but merging settings assigns them: '__proto__' would become the
  // prototype of the merged settings and lend them its values (a target no entry sets).
  if (Object.hasOwn(v, '__proto__')) throw new ConfigError(`${where}.__proto__: not a setting (a key named '__proto__' cannot be merged)`);
  // A hint, not a guard: these are the editor's and the API's names for what `caps` sets here, and
  // as other keys they would pass through unread, so the capabilities file would silently not apply.
  for (const name of ['capsFile', 'emulatorFiles']) {
    if (Object.hasOwn(v, name)) throw new ConfigError(`${where}.${name}: not a setting (use settings.caps: a capabilities file, or an object mapping emulator paths to files)`);
  }
  const out: Record<string, unknown> = { ...v };
  const abs = (p: string): string => path.resolve(baseDir, p);
  if ('caps' in v) {
    const caps = v.caps;
    if (typeof caps === 'string') out.caps = abs(caps);
    else if (isObject(caps) && Object.values(caps).every((f) => typeof f === 'string')) {
      out.caps = Object.fromEntries(Object.entries(caps).map(([emu, f]) => [emu, abs(f as string)]));
    } else {
      throw new ConfigError(`${where}.caps: expected a capabilities file path or an object mapping emulator paths to capabilities files`);
    }
  }
  if ('schemas' in v) {
    if (typeof v.schemas !== 'string') throw new ConfigError(`${where}.schemas: expected a directory path`);
    out.schemas = abs(v.schemas);
  }
  if ('probe' in v && typeof v.probe !== 'boolean') throw new ConfigError(`${where}.probe: expected true or false`);
  if ('probeAllow' in v) out.probeAllow = stringArray(v.probeAllow, `${where}.probeAllow`);
  if ('target' in v) out.target = targetSetting(v.target, `${where}.target`);
  return out as ConfigSettings;
}

/**
 * Checks a loaded configuration value and returns its entries with paths made absolute.
 * A configuration file exports an array of entries (a single object is accepted too).
 */
export function validateConfig(value: unknown, label: string, baseDir: string, registry: RuleRegistry = BUILTIN_REGISTRY): ConfigEntry[] {
  const list = Array.isArray(value) ? value : isObject(value) ? [value] : undefined;
  if (!list) throw new ConfigError(`${label}: the configuration must be an array of objects ({files, ignores, rules, settings})`);
  return list.map((entry, i) => {
    const where = `${label}: [${i}]`;
    if (!isObject(entry)) throw new ConfigError(`${where}: expected an object`);
    for (const key of Object.keys(entry)) {
      if (!ENTRY_KEYS.has(key)) throw new ConfigError(`${where}: unknown key '${shortened(key)}' (allowed: ${[...ENTRY_KEYS].join(', ')})`);
    }
    const out: { -readonly [K in keyof ConfigEntry]: ConfigEntry[K] } = {};
    if ('name' in entry) {
      if (typeof entry.name !== 'string') throw new ConfigError(`${where}.name: expected a string`);
      out.name = entry.name;
    }
    // Checked and loaded by registryOfConfig (config/plugins.ts) before the rules that use them.
    if ('plugins' in entry) out.plugins = entry.plugins as ConfigEntry['plugins'];
    if ('files' in entry) out.files = stringArray(entry.files, `${where}.files`);
    if ('ignores' in entry) out.ignores = stringArray(entry.ignores, `${where}.ignores`);
    if ('rules' in entry) {
      if (!isObject(entry.rules)) throw new ConfigError(`${where}.rules: expected an object mapping rule ids to severities`);
      out.rules = Object.fromEntries(
        Object.entries(entry.rules).map(([id, setting]) => [id, validateRuleSetting(id, setting, `${where}.rules["${shortened(id)}"]`, registry)]),
      );
      // An alias becomes its parts here, so later entries, --print-config and the linter see only rule ids.
      out.rules = expandRuleAliases(out.rules);
    }
    if ('settings' in entry) out.settings = validateSettings(entry.settings, `${where}.settings`, baseDir);
    return out;
  });
}
