/**
 * The extension's settings (`virtlint.*`) as the language server's initialization options (see
 * docs/editors.md). Kept apart from extension.ts, which needs the editor, so that it can be tested.
 */

/** Reads one setting, like `WorkspaceConfiguration.get`. */
export type SettingReader = <T>(key: string) => T | undefined;

export function initializationOptions(get: SettingReader): Record<string, unknown> {
  const text = (key: string): string | undefined => get<string>(key)?.trim() || undefined;
  const debounceMs = get<number>('debounceMs');
  // `virtlint.target` is a list in the settings UI; a single string (hand-written settings.json) counts as one.
  const rawTarget = get<unknown>('target');
  const target = (Array.isArray(rawTarget) ? rawTarget : [rawTarget]).filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim());
  return {
    debounceMs: typeof debounceMs === 'number' && debounceMs >= 0 ? debounceMs : 150,
    ...(text('configFile') ? { configFile: text('configFile') } : {}),
    ...(get<boolean>('noConfig') === true ? { noConfig: true } : {}),
    ...(text('capsFile') ? { capsFile: text('capsFile') } : {}),
    ...(text('schemaDir') ? { schemaDir: text('schemaDir') } : {}),
    ...(get<boolean>('probe') === false ? { probe: false } : {}),
    ...(target.length > 0 ? { target } : {}),
  };
}
