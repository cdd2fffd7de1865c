import { CapabilityView, type HostFacts } from './view.js';
import type { CapabilityProfile } from './types.js';

export interface ResolvedCapabilities {
  /** Capabilities (and host facts) for the emulator; undefined when nothing at all is known. */
  readonly view?: CapabilityView;
  /** Why nothing was found, or where the answer came from, for --verbose. */
  readonly notes: readonly string[];
}

/** What the resolver may know about the document besides its `<emulator>`. */
export interface ResolveContext {
  /** The file being linted: its directory and repository are never a place to execute binaries from. */
  readonly documentPath?: string;
}

/** Finds the capabilities of the emulator a document names. Implementations may read files, caches or probe. */
export interface CapabilityResolver {
  resolve(emulatorPath: string | undefined, context?: ResolveContext): Promise<ResolvedCapabilities>;
}

/** One profile for every emulator (what `--caps FILE` means). */
export function fixedCapabilities(profile: CapabilityProfile, host?: HostFacts): CapabilityResolver {
  const view = new CapabilityView(profile, host);
  return { resolve: async () => ({ view, notes: [`capabilities from ${view.source}`] }) };
}

export const NO_CAPABILITIES: CapabilityResolver = {
  resolve: async (emulator) => ({
    notes: [`no capability source for ${emulator ? `emulator ${emulator}` : 'this domain (no <emulator>)'}: capability rules stay silent (use --caps FILE)`],
  }),
};
