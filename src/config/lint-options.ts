import { type CapabilitySettings, createCapabilityResolver } from '../caps/index.js';
import type { CapabilityResolver } from '../caps/resolver.js';
import type { LintOptions } from '../linter/lint.js';
import type { RunOptions } from '../linter/run-options.js';
import fs from 'node:fs';
import { parseTargets } from '../targets/target.js';
import { ConfigError, type EffectiveConfig } from './types.js';
import { capsSources } from './caps-setting.js';

/** What the configuration does not decide: the run's depth limit, probe cache, inputs and the capabilities file the user named. */
export type BaseLintOptions = Pick<RunOptions, 'maxDepth' | 'capsCache' | 'lintRoots' | 'namedCapsFile'>;

/** The capability settings a configuration describes (passed on to the capabilities resolver). */
export function capabilitySettingsOf(config: EffectiveConfig, base: BaseLintOptions = {}): CapabilitySettings {
  const s = config.settings;
  return {
    ...capsSources(s.caps),
    ...(s.probe !== undefined ? { probe: s.probe } : {}),
    ...(s.probeAllow ? { probeAllow: s.probeAllow } : {}),
    ...(base.capsCache === false ? { cache: false } : {}),
    ...(base.lintRoots ? { lintRoots: base.lintRoots } : {}),
    ...(base.namedCapsFile ? { namedCapsFile: base.namedCapsFile } : {}),
  };
}

/** Builds lintText options from effective configurations; capability resolvers are shared between equal settings. */
export class LintOptionsFactory {
  private readonly resolvers = new Map<string, CapabilityResolver>();
  private readonly checkedSchemaDirs = new Set<string>();
  /**
   * Options by effective configuration (one object per set of matching entries: config/resolve.ts):
   * a batch builds them, and the capability settings' key, once per configuration, not per file.
   */
  private readonly byConfig = new WeakMap<EffectiveConfig, Omit<LintOptions, 'filePath'>>();

  constructor(private readonly base: BaseLintOptions = {}) {}

  for(config: EffectiveConfig, filePath: string): LintOptions {
    let shared = this.byConfig.get(config);
    if (!shared) {
      shared = this.build(config);
      this.byConfig.set(config, shared);
    }
    return { filePath, ...shared };
  }

  /** What the options of every document under this configuration share (all but the path). */
  private build(config: EffectiveConfig): Omit<LintOptions, 'filePath'> {
    const schemas = config.settings.schemas;
    // A grammar directory that is not there would silently skip the schema check: a configuration error.
    if (schemas && !this.checkedSchemaDirs.has(schemas)) {
      let isDir = false;
      try {
        isDir = fs.statSync(schemas).isDirectory();
      } catch {
        // reported below
      }
      if (!isDir) throw new ConfigError(`schemas ${schemas}: not a directory (from ${config.configFile ?? '--schemas'})`);
      this.checkedSchemaDirs.add(schemas);
    }
    const caps = capabilitySettingsOf(config, this.base);
    const key = JSON.stringify(caps);
    let capabilities = this.resolvers.get(key);
    if (!capabilities) {
      capabilities = createCapabilityResolver(caps);
      this.resolvers.set(key, capabilities);
    }
    return {
      rules: config.rules,
      capabilities,
      ...(config.ruleSet ? { ruleSet: config.ruleSet } : {}),
      ...(config.settings.schemas ? { schemaDir: config.settings.schemas } : {}),
      ...(config.settings.target?.length ? { targets: parseTargets(config.settings.target) } : {}),
      ...(this.base.maxDepth ? { maxDepth: this.base.maxDepth } : {}),
    };
  }
}
