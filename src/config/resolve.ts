import path from 'node:path';
import { ownEntry } from '../own-entry.js';
import type { RuleSetting } from '../linter/lint.js';
import type { ConfigEntry, EffectiveConfig, EffectiveSettings, LoadedConfig } from './types.js';
import { globMatcher } from './glob.js';
import { type CapsSetting, mergeCaps } from './caps-setting.js';

const matchers = new Map<string, (p: string) => boolean>();

function matcher(pattern: string): (p: string) => boolean {
  let m = matchers.get(pattern);
  if (!m) {
    // "dir/" means everything below dir, as in .gitignore and ESLint's ignores.
    const p = pattern.endsWith('/') ? `${pattern}**` : pattern;
    m = globMatcher(p);
    matchers.set(pattern, m);
  }
  return m;
}

const matchesAny = (patterns: readonly string[], rel: string): boolean => patterns.some((p) => matcher(p)(rel));

/** A global ignore entry: nothing but `ignores` (and a name). */
const isGlobalIgnore = (e: ConfigEntry): boolean => e.ignores !== undefined && !e.files && !e.rules && !e.settings && !e.plugins;

/** Merges a rule setting ESLint's way: a bare severity keeps the options set by an earlier entry. */
export function mergeRule(previous: RuleSetting | undefined, next: RuleSetting): RuleSetting {
  if (typeof next !== 'string' || previous === undefined || typeof previous === 'string') return next;
  return [next, ...previous.slice(1)];
}

function mergeSettings(into: Record<string, unknown>, next: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(next)) {
    // Validated (validate.ts): a file, or a map whose emulators add to an earlier entry's map.
    into[key] = key === 'caps' ? mergeCaps(into.caps as CapsSetting | undefined, value as CapsSetting) : value;
  }
}

/**
 * Effective configurations already built, by loaded configuration and by which of its entries
 * matched: files that match the same entries share one object, so that a run of thousands of files
 * builds it (and lintText its rule plan, keyed by the rules object) once, not once per file.
 */
const built = new WeakMap<LoadedConfig, Map<string, EffectiveConfig>>();

/** The rules and settings that apply to `filePath` under a loaded configuration (later entries win). */
export function effectiveConfig(config: LoadedConfig, filePath: string): EffectiveConfig {
  // No entries (no configuration file): nothing to match, no path to compute.
  const rel = config.entries.length === 0 ? '' : path.relative(config.baseDir, path.resolve(filePath)).split(path.sep).join('/');
  // A file outside the configuration's directory is matched only by entries without `files`.
  const inside = !rel.startsWith('../') && rel !== '..' && !path.isAbsolute(rel);
  let ignored = false;
  const matched: number[] = [];
  config.entries.forEach((entry, i) => {
    if (isGlobalIgnore(entry)) {
      if (inside && matchesAny(entry.ignores ?? [], rel)) ignored = true;
      return;
    }
    if (entry.files && !(inside && matchesAny(entry.files, rel))) return;
    if (entry.ignores && inside && matchesAny(entry.ignores, rel)) return;
    matched.push(i);
  });
  let byMatch = built.get(config);
  if (!byMatch) built.set(config, (byMatch = new Map()));
  const key = `${ignored ? 'i' : ''}${matched.join(',')}`;
  let eff = byMatch.get(key);
  if (!eff) {
    const rules: Record<string, RuleSetting> = {};
    const settings: Record<string, unknown> = {};
    for (const i of matched) {
      const entry = config.entries[i] as ConfigEntry;
      for (const [id, setting] of Object.entries(entry.rules ?? {})) rules[id] = mergeRule(ownEntry(rules, id), setting);
      if (entry.settings) mergeSettings(settings, entry.settings);
    }
    // Frozen: one object serves many files (and API callers of ConfigResolver.forFile).
    eff = Object.freeze({
      configFile: config.file,
      ignored,
      rules: Object.freeze(rules),
      settings: Object.freeze(settings as EffectiveSettings),
      ...(config.ruleSet ? { ruleSet: config.ruleSet } : {}),
    });
    byMatch.set(key, eff);
  }
  return eff;
}
