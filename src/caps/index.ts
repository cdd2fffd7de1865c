import { loadProfileFile } from './profile-file.js';
import { type CapabilityResolver, fixedCapabilities, NO_CAPABILITIES } from './resolver.js';

/** How capabilities are found; built from CLI flags and configuration (`settings.caps`, `settings.probe`). */
export interface CapabilitySettings {
  /** One capabilities file for every document (`--caps FILE`). */
  readonly capsFile?: string;
  /** Capability files per emulator path (configuration). */
  readonly emulatorFiles?: Readonly<Record<string, string>>;
  /** Whether a live probe of an allowed emulator binary is permitted (default true; `--no-probe`). */
  readonly probe?: boolean;
  /** Explicit allow-list of emulator paths that may be executed (replaces the default policy). */
  readonly probeAllow?: readonly string[];
  /** Use the on-disk probe cache (default true; `--no-cache`). */
  readonly cache?: boolean;
  /** Directory for the probe cache (default: XDG cache dir). */
  readonly cacheDir?: string;
}

/** Builds the resolver the pipeline uses. */
export function createCapabilityResolver(settings: CapabilitySettings): CapabilityResolver {
  if (settings.capsFile) return fixedCapabilities(loadProfileFile(settings.capsFile));
  return NO_CAPABILITIES;
}
