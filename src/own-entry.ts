/**
 * A table's own entry for a key taken from a document or a configuration. Plain-object tables
 * inherit `constructor`, `toString`, `__proto__`…: `TABLE[value]` would answer a function (or
 * Object.prototype) for a value a user may write, and a rule would crash or report nonsense.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
