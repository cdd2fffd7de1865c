import path from 'node:path';
import picomatch from 'picomatch';
import type { RuleSetting } from '../linter/lint.js';
import type { ConfigEntry, EffectiveConfig, EffectiveSettings, LoadedConfig } from './types.js';

const matchers = new Map<string, (p: string) => boolean>();

function matcher(pattern: string): (p: string) => boolean {
  let m = matchers.get(pattern);
  if (!m) {
    // "dir/" means everything below dir, as in .gitignore and ESLint's ignores.
    const p = pattern.endsWith('/') ? `${pattern}**` : pattern;
    m = picomatch(p, { dot: true });
    matchers.set(pattern, m);
  }
  return m;
}

const matchesAny = (patterns: readonly string[], rel: string): boolean => patterns.some((p) => matcher(p)(rel));

/** A global ignore entry: nothing but `ignores` (and a name). */
const isGlobalIgnore = (e: ConfigEntry): boolean => e.ignores !== undefined && !e.files && !e.rules && !e.settings;

/** Merges a rule setting ESLint's way: a bare severity keeps the options set by an earlier entry. */
export function mergeRule(previous: RuleSetting | undefined, next: RuleSetting): RuleSetting {
  if (typeof next !== 'string' || previous === undefined || typeof previous === 'string') return next;
  return [next, ...previous.slice(1)];
}

function mergeSettings(into: Record<string, unknown>, next: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(next)) {
    if (key === 'caps') {
      if (typeof value === 'string') {
        into.capsFile = value;
        delete into.emulatorFiles;
      } else {
        into.emulatorFiles = { ...(into.emulatorFiles as object | undefined), ...(value as object) };
        delete into.capsFile;
      }
    } else {
      into[key] = value;
    }
  }
}

/** The rules and settings that apply to `filePath` under a loaded configuration (later entries win). */
export function effectiveConfig(config: LoadedConfig, filePath: string): EffectiveConfig {
  const rel = path.relative(config.baseDir, path.resolve(filePath)).split(path.sep).join('/');
  // A file outside the configuration's directory is matched only by entries without `files`.
  const inside = !rel.startsWith('../') && rel !== '..' && !path.isAbsolute(rel);
  const rules: Record<string, RuleSetting> = {};
  const settings: Record<string, unknown> = {};
  let ignored = false;
  for (const entry of config.entries) {
    if (isGlobalIgnore(entry)) {
      if (inside && matchesAny(entry.ignores ?? [], rel)) ignored = true;
      continue;
    }
    if (entry.files && !(inside && matchesAny(entry.files, rel))) continue;
    if (entry.ignores && inside && matchesAny(entry.ignores, rel)) continue;
    for (const [id, setting] of Object.entries(entry.rules ?? {})) rules[id] = mergeRule(rules[id], setting);
    if (entry.settings) mergeSettings(settings, entry.settings);
  }
  return { configFile: config.file, ignored, rules, settings: settings as EffectiveSettings };
}
