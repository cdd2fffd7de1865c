import type { RuleSetting } from '../linter/lint.js';
import type { Rule } from '../rule.js';
import type { CapsSetting } from './caps-setting.js';

export type RuleLevel = 'off' | 'warn' | 'error';
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'warn', 'error'];

/** `settings` of a configuration entry. Paths are relative to the configuration file. */
export interface ConfigSettings {
  /** One capabilities file for every emulator, or a map from emulator path to capabilities file. */
  readonly caps?: CapsSetting;
  /** Schema directory replacing the bundled grammar (like --schemas). */
  readonly schemas?: string;
  /** Whether a live probe of an allowed emulator is permitted (default true). */
  readonly probe?: boolean;
  /** Emulator binaries that may be probed (replaces the default policy). */
  readonly probeAllow?: readonly string[];
  /** Releases the documents must run on: "libvirt@8.0.0", "qemu@6.2" (docs/targets.md). */
  readonly target?: string | readonly string[];
  /** Other keys are kept and passed through (for rules that read them later). */
  readonly [key: string]: unknown;
}

/** One element of the flat configuration array (ESLint flat-config style). */
export interface ConfigEntry {
  readonly name?: string;
  /** Globs (relative to the configuration file) this entry applies to; all files when absent. */
  readonly files?: readonly string[];
  /** Globs excluded from this entry; an entry with nothing but `ignores` ignores files globally. */
  readonly ignores?: readonly string[];
  /** Namespace → plugin (JS/MJS configurations only; docs/plugins.md). */
  readonly plugins?: Readonly<Record<string, unknown>>;
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly settings?: ConfigSettings;
}

/** A configuration file after loading and validation. */
export interface LoadedConfig {
  /** Absolute path of the file; undefined for the empty configuration (no file, --no-config). */
  readonly file: string | undefined;
  /** Directory globs are relative to. */
  readonly baseDir: string;
  readonly entries: readonly ConfigEntry[];
  /** The built-in rules plus the plugins' rules, when the configuration loads plugins. */
  readonly ruleSet?: readonly Rule[];
}

/**
 * Settings after merging, with paths made absolute. Keys are the ones users write: `caps` is the
 * merged `settings.caps` (or --caps), the only key read as capability files (config/caps-setting.ts).
 */
export interface EffectiveSettings {
  readonly caps?: CapsSetting;
  readonly schemas?: string;
  readonly probe?: boolean;
  readonly probeAllow?: readonly string[];
  readonly target?: readonly string[];
  readonly [key: string]: unknown;
}

/** What applies to one file. */
export interface EffectiveConfig {
  readonly configFile: string | undefined;
  /** True when a global `ignores` entry excludes the file. */
  readonly ignored: boolean;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly settings: EffectiveSettings;
  /** The rules to run when the configuration loads plugins (else the built-in rules). */
  readonly ruleSet?: readonly Rule[];
}

/** A configuration the user must fix: exit 2 with this message. */
export class ConfigError extends Error {}
