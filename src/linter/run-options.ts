import type { ConfigOptions } from '../config/index.js';
import type { EffectiveSettings } from '../config/types.js';
import { targetSetting } from '../config/validate.js';
import type { RuleSetting } from './lint.js';

export type FixMode = 'write' | 'dry-run';

/**
 * Everything a run needs besides the documents: built once (by {@link runOptionsFrom}) from the CLI's
 * flags, the API's options or the language server's initialization options, then used per file to
 * resolve the configuration and the lint options. Plain data, so it can be sent to worker threads.
 */
export interface RunOptions {
  /** How configuration files are found, and what overrides them. */
  readonly config?: ConfigOptions;
  readonly maxBytes?: number;
  readonly maxDepth?: number;
  readonly fix?: FixMode;
  /** false: the capability probe must not use its cache (--no-cache). */
  readonly capsCache?: boolean;
  /** The files and directories being linted: never a place the capability probe may run an emulator from. */
  readonly lintRoots?: readonly string[];
  /** The capabilities file the user named (--caps, the editor's capsFile): read through a symbolic link, unlike configured ones. */
  readonly namedCapsFile?: string;
}

/** What a user asks for, as the CLI flags, the API options and the editor settings name it. */
export interface RunInput {
  /** Use this configuration file for every document (--config). */
  readonly configFile?: string;
  /** Use no configuration file at all (--no-config). */
  readonly noConfig?: boolean;
  /** Rule settings over any configuration (--rule). */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** A capabilities file for every document (--caps). */
  readonly capsFile?: string;
  /** A schema directory over any configuration (--schemas). */
  readonly schemaDir?: string;
  /** false: never run an emulator to probe it (--no-probe). */
  readonly probe?: false;
  /** Releases the documents must run on, over any configuration's `settings.target` (--target libvirt@8.0.0, repeatable). */
  readonly target?: string | readonly string[];
  readonly maxBytes?: number;
  readonly maxDepth?: number;
  readonly fix?: FixMode;
  readonly capsCache?: boolean;
  readonly lintRoots?: readonly string[];
  /** Configuration options prepared by an API caller; the flat settings above win over its overrides. */
  readonly config?: ConfigOptions;
}

const nonEmpty = <T extends object>(o: T): T | undefined => (Object.keys(o).length > 0 ? o : undefined);

/** The one place run options are built. Throws a ConfigError for a target that is not `libvirt@X.Y.Z` or `qemu@X.Y`. */
export function runOptionsFrom(input: RunInput): RunOptions {
  const target = input.target === undefined ? [] : targetSetting(input.target, 'target');
  const ruleOverrides = nonEmpty({ ...input.config?.ruleOverrides, ...input.rules });
  const settingsOverrides = nonEmpty<EffectiveSettings>({
    ...input.config?.settingsOverrides,
    ...(input.capsFile ? { caps: input.capsFile } : {}),
    ...(input.schemaDir ? { schemas: input.schemaDir } : {}),
    ...(input.probe === false ? { probe: false } : {}),
    ...(target.length > 0 ? { target } : {}),
  });
  const config: ConfigOptions = {
    ...input.config,
    ...(input.configFile !== undefined ? { configFile: input.configFile } : {}),
    ...(input.noConfig ? { noConfig: true } : {}),
    ...(ruleOverrides ? { ruleOverrides } : {}),
    ...(settingsOverrides ? { settingsOverrides } : {}),
  };
  return {
    config,
    ...(input.maxBytes !== undefined ? { maxBytes: input.maxBytes } : {}),
    ...(input.maxDepth !== undefined ? { maxDepth: input.maxDepth } : {}),
    ...(input.fix ? { fix: input.fix } : {}),
    ...(input.capsCache !== undefined ? { capsCache: input.capsCache } : {}),
    ...(input.lintRoots ? { lintRoots: input.lintRoots } : {}),
    // The user's own choice (--caps, the editor's capsFile, an API caller's override), not the repository's.
    ...(typeof settingsOverrides?.caps === 'string' ? { namedCapsFile: settingsOverrides.caps } : {}),
  };
}
