import path from 'node:path';
import { ownEntry } from '../own-entry.js';
import { expandRuleAliases } from '../../rules/index.js';
import type { RuleSetting } from '../linter/lint.js';
import { findConfigFile, isInside, loadConfigFile } from './load.js';
import { checkPluginOverrides } from './plugins.js';
import { effectiveConfig, mergeRule } from './resolve.js';
import type { EffectiveConfig, EffectiveSettings, LoadedConfig } from './types.js';

export { CONFIG_FILE_NAMES, findConfigFile, loadConfigFile, repositoryRoot, untrustedConfigReason } from './load.js';
export { effectiveConfig } from './resolve.js';
export { validateConfig, validateRuleSetting } from './validate.js';
export { registryWithPlugins, ruleSetWithPlugins } from './plugins.js';
export { BUILTIN_REGISTRY, type RuleRegistry } from './registry.js';
export { applyInlineDisables, parseDirectives, UNUSED_DISABLE_RULE } from '../linter/disables.js';
export * from './types.js';

export interface ConfigOptions {
  /** Use this configuration file for every document instead of looking one up (--config). */
  readonly configFile?: string;
  /** Use no configuration file at all (--no-config). */
  readonly noConfig?: boolean;
  /** Rule settings that win over every configuration file (--rule id:severity). */
  readonly ruleOverrides?: Readonly<Record<string, RuleSetting>>;
  /**
   * Settings that win over every configuration file (--caps as `caps`, --schemas, --no-probe). The
   * capabilities resolver's names are refused: here, as in a configuration, they would pass through unread.
   */
  readonly settingsOverrides?: EffectiveSettings & { readonly capsFile?: never; readonly emulatorFiles?: never };
  /**
   * The editor's workspace folder, or folders (a multi-root workspace): lookup stops at the folder
   * holding the document, and a document outside them all gets no configuration from lookup (a file
   * opened from elsewhere must not run code found next to it).
   */
  readonly workspaceRoot?: string | readonly string[];
}

const EMPTY: LoadedConfig = { file: undefined, baseDir: process.cwd(), entries: [] };

/** Finds, loads (once each) and applies configuration files for the documents of a run. */
export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<LoadedConfig>>();
  private readonly byFile = new Map<string, Promise<LoadedConfig>>();
  /** Effective configurations with the command line's overrides applied, by the configuration without them. */
  private readonly overridden = new WeakMap<EffectiveConfig, EffectiveConfig>();

  constructor(private readonly options: ConfigOptions = {}) {}

  /** The configuration file that governs a document (undefined when none). */
  async configFor(filePath: string): Promise<LoadedConfig> {
    if (this.options.noConfig) return EMPTY;
    if (this.options.configFile) return this.load(path.resolve(this.options.configFile));
    const dir = path.dirname(path.resolve(filePath));
    const workspace = this.workspaceOf(dir);
    if (workspace === null) return EMPTY;
    let found = this.byDir.get(dir);
    if (!found) {
      const file = findConfigFile(dir, workspace);
      found = file ? this.load(file, true) : Promise.resolve(EMPTY);
      this.byDir.set(dir, found);
    }
    return found;
  }

  /**
   * The workspace folder holding `dir` (the innermost, when folders nest); undefined without
   * workspace folders, null when `dir` is in none of them.
   */
  private workspaceOf(dir: string): string | undefined | null {
    const given = this.options.workspaceRoot;
    if (given === undefined) return undefined;
    // isInside: a workspace at the file system root ('/') holds every document.
    const holding = (typeof given === 'string' ? [given] : given).map((r) => path.resolve(r)).filter((r) => isInside(dir, r));
    if (holding.length === 0) return null;
    return holding.reduce((a, b) => (b.length > a.length ? b : a));
  }

  private load(file: string, discovered = false): Promise<LoadedConfig> {
    let p = this.byFile.get(file);
    if (!p) {
      p = loadConfigFile(file, { discovered });
      this.byFile.set(file, p);
    }
    return p;
  }

  /** Rules and settings for a document, command-line overrides applied last. */
  async forFile(filePath: string): Promise<EffectiveConfig> {
    const eff = effectiveConfig(await this.configFor(filePath), filePath);
    const { ruleOverrides, settingsOverrides } = this.options;
    if (!ruleOverrides && !settingsOverrides) return eff;
    // One object per effective configuration (see effectiveConfig): lintText's rule plan is reused.
    let overridden = this.overridden.get(eff);
    if (!overridden) {
      if (ruleOverrides) checkPluginOverrides(ruleOverrides, eff.ruleSet, eff.configFile);
      overridden = Object.freeze({
        ...eff,
        // Overrides naming an alias (rules/aliases.ts) override each of its parts.
        rules: Object.freeze(
          Object.entries(expandRuleAliases(ruleOverrides ?? {})).reduce<Record<string, RuleSetting>>(
            (acc, [id, setting]) => ({ ...acc, [id]: mergeRule(ownEntry(acc, id), setting) }),
            { ...eff.rules },
          ),
        ),
        settings: Object.freeze({ ...eff.settings, ...settingsOverrides }),
      });
      this.overridden.set(eff, overridden);
    }
    return overridden;
  }
}
