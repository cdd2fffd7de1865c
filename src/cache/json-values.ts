/**
 * A bound on the values a JSON text can make, checked before JSON.parse builds them. A file's size
 * does not bound the memory its parse takes: `[],` is 3 bytes and an array of ~30 bytes of heap, so
 * 256 MiB of them (a result cache anyone can commit) took JSON.parse past a 4 GiB heap. A container
 * is one value and holds one element more than the commas between them (an object's members too),
 * so 1 + commas + 2 × openers bounds the values; counting those bytes inside strings as well only
 * over-counts.
 */

/** Whether `json` can hold more than `max` values (counted without parsing; stops at the bound). */
export function mayHoldMoreValues(json: Buffer, max: number): boolean {
  if (max < 1) return true; // any JSON text is at least one value
  let count = 1;
  for (const [byte, weight] of [
    [0x2c /* , */, 1],
    [0x5b /* [ */, 2],
    [0x7b /* { */, 2],
  ] as const) {
    for (let i = json.indexOf(byte); i !== -1; i = json.indexOf(byte, i + 1)) {
      count += weight;
      if (count > max) return true;
    }
  }
  return false;
}
