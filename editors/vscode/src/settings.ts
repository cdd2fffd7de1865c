/**
 * The extension's settings (`virtlint.*`) as the language server's initialization options (see
 * docs/editors.md). Kept apart from extension.ts, which needs the editor, so that it can be tested.
 */

/** Reads one setting, like `WorkspaceConfiguration.get`. */
export type SettingReader = <T>(key: string) => T | undefined;

/**
 * `trusted`: whether the user trusts the workspace (VS Code's Workspace Trust). In an untrusted one no
 * configuration file is used (`virtlint.config.js` and the plugins it names are programs the server
 * would run), whatever the settings say; the grammar and the built-in rules still check every document.
 */
export function initializationOptions(get: SettingReader, trusted = true): Record<string, unknown> {
  const text = (key: string): string | undefined => get<string>(key)?.trim() || undefined;
  const debounceMs = get<number>('debounceMs');
  // `virtlint.target` is a list in the settings UI; a single string (hand-written settings.json) counts as one.
  const rawTarget = get<unknown>('target');
  const target = (Array.isArray(rawTarget) ? rawTarget : [rawTarget]).filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim());
  return {
    debounceMs: typeof debounceMs === 'number' && debounceMs >= 0 ? debounceMs : 150,
    ...(trusted && text('configFile') ? { configFile: text('configFile') } : {}),
    ...(!trusted || get<boolean>('noConfig') === true ? { noConfig: true } : {}),
    ...(text('capsFile') ? { capsFile: text('capsFile') } : {}),
    ...(text('schemaDir') ? { schemaDir: text('schemaDir') } : {}),
    ...(get<boolean>('probe') === false ? { probe: false } : {}),
    ...(target.length > 0 ? { target } : {}),
  };
}
