/**
 * Old rule ids that bundled several checks, kept as aliases of the rules that replaced them: setting
 * an alias (configuration, --rule, lintText's `rules`) sets each of its parts, and a
 * `virtlint-disable` comment naming it disables each of its parts.
 */
export const RULE_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['disk-lun-rules', ['disk-lun-bus', 'disk-lun-format-raw', 'disk-lun-identity', 'disk-lun-source-type', 'disk-rawio-sgio-requires-lun']],
  ['filesystem-rules', ['filesystem-mode-requires-mapped', 'filesystem-type-mount', 'filesystem-virtiofs-accessmode', 'filesystem-virtiofs-readonly']],
  ['memory-size-rules', ['current-memory-size', 'max-memory-size', 'max-memory-slots', 'memtune-min-guarantee-qemu']],
  ['video-count-rules', ['video-heads-model', 'video-none-alone', 'video-primary-unique', 'video-secondary-model']],
]);

/** The rule ids an id stands for: an alias's parts, else the id itself. */
export const ruleIdsOf = (id: string): readonly string[] => RULE_ALIASES.get(id) ?? [id];

/**
 * A rule-settings record with each alias replaced by its parts. Within one record a part named
 * explicitly wins over its alias (`{ 'disk-lun-rules': 'off', 'disk-lun-bus': 'error' }` keeps
 * disk-lun-bus on), whatever the order of the keys.
 */
export function expandRuleAliases<T>(settings: Readonly<Record<string, T>>): Record<string, T> {
  const ids = Object.keys(settings);
  if (!ids.some((id) => RULE_ALIASES.has(id))) return { ...settings };
  // Entries, not assignments: an id written '__proto__' must stay a (unknown) key, not a prototype.
  const out: [string, T][] = [];
  for (const id of ids) for (const part of RULE_ALIASES.get(id) ?? []) out.push([part, settings[id] as T]);
  for (const id of ids) if (!RULE_ALIASES.has(id)) out.push([id, settings[id] as T]);
  return Object.fromEntries(out);
}
