import path from 'node:path';
import { RULES } from '../../rules/index.js';
import type { Rule } from '../rule.js';
import { type ConfigOptions, ConfigResolver } from './index.js';

/**
 * The rules of a run as its files come: the built-in ones plus the plugin rules of every
 * configuration that governs a file included so far (for rule metadata in reports: docs links in
 * json and stylish, written file by file). A configuration that fails to load adds nothing here;
 * the run itself reports it.
 */
export class RunRules {
  private readonly resolver: ConfigResolver;
  /** Every rule known so far by id: grows as files are included (formats written file by file read it live). */
  readonly byId = new Map<string, Rule>(RULES.map((r) => [r.meta.id, r]));
  private readonly seen = new Set<readonly Rule[]>();
  private readonly dirs = new Set<string>();

  constructor(options: ConfigOptions) {
    this.resolver = new ConfigResolver(options);
  }

  /** Adds the rules of the configuration that governs `file`. */
  async include(file: string): Promise<void> {
    // One configuration (and so one rule set) governs a whole directory: one look-up per directory.
    const dir = path.dirname(path.resolve(file));
    if (this.dirs.has(dir)) return;
    this.dirs.add(dir);
    let ruleSet: readonly Rule[] | undefined;
    try {
      ruleSet = (await this.resolver.forFile(file)).ruleSet;
    } catch {
      return;
    }
    if (!ruleSet || this.seen.has(ruleSet)) return;
    this.seen.add(ruleSet);
    for (const r of ruleSet) if (!this.byId.has(r.meta.id)) this.byId.set(r.meta.id, r);
  }
}

/**
 * The rules of a run: the built-in ones plus the plugin rules of every configuration that governs
 * one of `files` (for --list-rules and for rule metadata in reports, e.g. SARIF).
 */
export async function ruleSetOfRun(options: ConfigOptions, files: readonly string[]): Promise<readonly Rule[]> {
  const rules = new RunRules(options);
  for (const file of files) await rules.include(file);
  return [...rules.byId.values()];
}
