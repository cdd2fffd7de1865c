import { CapabilityView } from './view.js';
import type { CapabilityProfile } from './types.js';

export interface ResolvedCapabilities {
  readonly view?: CapabilityView;
  /** Why nothing was found, or where the answer came from, for --verbose. */
  readonly notes: readonly string[];
}

/** Finds the capabilities of the emulator a document names. Implementations may read files, caches or probe. */
export interface CapabilityResolver {
  resolve(emulatorPath: string | undefined): Promise<ResolvedCapabilities>;
}

/** One profile for every emulator (what `--caps FILE` means). */
export function fixedCapabilities(profile: CapabilityProfile): CapabilityResolver {
  const view = new CapabilityView(profile);
  return { resolve: async () => ({ view, notes: [`capabilities from ${view.source}`] }) };
}

export const NO_CAPABILITIES: CapabilityResolver = {
  resolve: async (emulator) => ({
    notes: [`no capability source for ${emulator ? `emulator ${emulator}` : 'this domain (no <emulator>)'}: capability rules stay silent (use --caps FILE)`],
  }),
};
