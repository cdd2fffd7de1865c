/**
 * Optimal string alignment distance: insertions, deletions, substitutions and adjacent
 * transpositions each count 1 (`domian` → `domain` is 1). Used for every "did you mean" hint:
 * rule ids in configuration, attribute and element names in schema messages, root elements.
 * Two rows of the matrix are kept besides the current one: linear memory in the second string.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The edit distance when it is at most `max`, else undefined. The distance is at least the
 * difference in length, so a string that far off is not compared at all: "did you mean" hints are
 * asked about names a document or a configuration may make megabytes long (a 900 KB rule name took
 * 23 s of comparisons against every rule).
 */
export function editDistanceAtMost(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  const d = editDistance(a, b);
  return d <= max ? d : undefined;
}
