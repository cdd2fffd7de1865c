import path from 'node:path';
import { RULES } from '../../rules/index.js';
import type { Rule } from '../rule.js';
import { type ConfigOptions, ConfigResolver } from './index.js';

/**
 * The rules of a run: the built-in ones plus the plugin rules of every configuration that governs
 * one of `files` (for --list-rules and for rule metadata in reports, e.g. SARIF). A configuration
 * that fails to load adds nothing here; the run itself reports it.
 */
export async function ruleSetOfRun(options: ConfigOptions, files: readonly string[]): Promise<readonly Rule[]> {
  const resolver = new ConfigResolver(options);
  const byId = new Map<string, Rule>(RULES.map((r) => [r.meta.id, r]));
  const seen = new Set<readonly Rule[]>();
  const dirs = new Set<string>();
  for (const file of files) {
    // One configuration (and so one rule set) governs a whole directory: one look-up per directory.
    const dir = path.dirname(path.resolve(file));
    if (dirs.has(dir)) continue;
    dirs.add(dir);
    let ruleSet: readonly Rule[] | undefined;
    try {
      ruleSet = (await resolver.forFile(file)).ruleSet;
    } catch {
      continue;
    }
    if (!ruleSet || seen.has(ruleSet)) continue;
    seen.add(ruleSet);
    for (const r of ruleSet) if (!byId.has(r.meta.id)) byId.set(r.meta.id, r);
  }
  return [...byId.values()];
}
