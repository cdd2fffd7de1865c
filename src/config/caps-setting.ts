/**
 * `settings.caps`, the one setting that chooses capability files: a file for every emulator, or a map
 * from emulator path to file. The merged settings keep it in this same shape (with absolute paths),
 * under the same key users write, so that no other key of `settings` (they pass through) can be
 * taken as a capabilities file: there is no internal name for a user's key to collide with.
 */

/** A capabilities file for every emulator, or one per emulator path (as written in `<emulator>`). */
export type CapsSetting = string | Readonly<Record<string, string>>;

/**
 * Merges a later entry's `caps` into the earlier one's: a file replaces everything, a map is added to
 * an earlier map (its emulators win) and replaces an earlier file.
 */
export function mergeCaps(earlier: CapsSetting | undefined, later: CapsSetting): CapsSetting {
  if (typeof later === 'string') return later;
  return { ...(typeof earlier === 'object' ? earlier : {}), ...later };
}

/** The capability resolver's form of the setting (caps/index.ts `CapabilitySettings`). */
export function capsSources(caps: CapsSetting | undefined): { readonly capsFile?: string; readonly emulatorFiles?: Readonly<Record<string, string>> } {
  if (caps === undefined) return {};
  return typeof caps === 'string' ? { capsFile: caps } : { emulatorFiles: caps };
}

/** Every file the setting names (to hash, or to watch for changes). */
export function capsFiles(caps: CapsSetting | undefined): string[] {
  if (caps === undefined) return [];
  return typeof caps === 'string' ? [caps] : Object.values(caps);
}
