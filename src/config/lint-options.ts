import { type CapabilitySettings, createCapabilityResolver } from '../caps/index.js';
import type { CapabilityResolver } from '../caps/resolver.js';
import type { LintOptions } from '../linter/lint.js';
import type { RunOptions } from '../linter/run-options.js';
import { parseTargets } from '../targets/target.js';
import type { EffectiveConfig } from './types.js';

/** What the configuration does not decide: the run's depth limit, probe cache and inputs. */
export type BaseLintOptions = Pick<RunOptions, 'maxDepth' | 'capsCache' | 'lintRoots'>;

/** The capability settings a configuration describes (passed on to the capabilities resolver). */
export function capabilitySettingsOf(config: EffectiveConfig, base: BaseLintOptions = {}): CapabilitySettings {
  const s = config.settings;
  return {
    ...(s.capsFile ? { capsFile: s.capsFile } : {}),
    ...(s.emulatorFiles ? { emulatorFiles: s.emulatorFiles } : {}),
    ...(s.probe !== undefined ? { probe: s.probe } : {}),
    ...(s.probeAllow ? { probeAllow: s.probeAllow } : {}),
    ...(base.capsCache === false ? { cache: false } : {}),
    ...(base.lintRoots ? { lintRoots: base.lintRoots } : {}),
  };
}

/** Builds lintText options from effective configurations; capability resolvers are shared between equal settings. */
export class LintOptionsFactory {
  private readonly resolvers = new Map<string, CapabilityResolver>();

  constructor(private readonly base: BaseLintOptions = {}) {}

  for(config: EffectiveConfig, filePath: string): LintOptions {
    const caps = capabilitySettingsOf(config, this.base);
    const key = JSON.stringify(caps);
    let capabilities = this.resolvers.get(key);
    if (!capabilities) {
      capabilities = createCapabilityResolver(caps);
      this.resolvers.set(key, capabilities);
    }
    return {
      filePath,
      rules: config.rules,
      capabilities,
      ...(config.settings.schemas ? { schemaDir: config.settings.schemas } : {}),
      ...(config.settings.target?.length ? { targets: parseTargets(config.settings.target) } : {}),
      ...(this.base.maxDepth ? { maxDepth: this.base.maxDepth } : {}),
    };
  }
}
