/**
 * Parses an unsigned integer the way libvirt's C parsers with base 0 do: `0x…` is hex, a leading `0`
 * is octal, otherwise decimal. Returns undefined for anything else (signs, spaces, junk, overflow).
 */
export function parseCUnsigned(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  let n: number;
  if (/^0x[0-9a-f]+$/i.test(t)) n = Number.parseInt(t.slice(2), 16);
  else if (/^0[0-7]+$/.test(t)) n = Number.parseInt(t.slice(1), 8);
  else if (/^[0-9]+$/.test(t)) n = Number.parseInt(t, 10);
  else return undefined;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** A decimal integer (optionally signed), as libvirt reads most counts and sizes. */
export function parseDecimal(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (!/^[+-]?[0-9]+$/.test(t)) return undefined;
  const n = Number.parseInt(t, 10);
  return Number.isSafeInteger(n) ? n : undefined;
}

const POWERS: Readonly<Record<string, bigint>> = { k: 1n, m: 2n, g: 3n, t: 4n, p: 5n, e: 6n };

/**
 * How many bytes one of `unit` is, as libvirt's virScaleInteger reads a size's unit (domains,
 * memory devices, storage volumes alike): none (or an empty one) is bytes; `b`, `byte`, `bytes` in
 * any case are bytes; `k`…`e` alone or with `iB` (any case) are powers of 1024, with `B` alone powers
 * of 1000. Undefined for a unit libvirt does not know. Exact (a BigInt): libvirt's limits pass 2^53.
 */
export function unitScale(unit: string | undefined): bigint | undefined {
  if (unit === undefined || unit === '') return 1n;
  const lower = unit.toLowerCase();
  if (lower === 'b' || lower === 'byte' || lower === 'bytes') return 1n;
  const power = POWERS[lower[0] ?? ''];
  if (power === undefined) return undefined;
  const rest = lower.slice(1);
  if (rest === '' || rest === 'ib') return 1024n ** power;
  if (rest === 'b') return 1000n ** power;
  return undefined;
}

/** {@link unitScale} as a number (exact: at most 1024^6 = 2^60); an empty or absent unit is `defaultUnit`, as libvirt's default scale. */
function unitFactor(unit: string | undefined, defaultUnit: string): number | undefined {
  const scale = unitScale(unit || defaultUnit);
  return scale === undefined ? undefined : Number(scale);
}

/**
 * A memory size in KiB from a value and its `unit` attribute (libvirt's default unit is KiB;
 * libvirt rounds up to whole KiB). Undefined when the value or unit is not understood.
 */
export function sizeInKiB(value: string | undefined, unit: string | undefined, defaultUnit = 'KiB'): number | undefined {
  const n = parseDecimal(value);
  if (n === undefined || n < 0) return undefined;
  const factor = unitFactor(unit, defaultUnit);
  if (factor === undefined) return undefined;
  return Math.ceil((n * factor) / 1024);
}

/** A scaled size in bytes (`unit` as libvirt reads it, `defaultUnit` without one); undefined when it does not parse. */
export function sizeInBytes(value: string | undefined, unit: string | undefined, defaultUnit = 'b'): number | undefined {
  const n = parseDecimal(value);
  if (n === undefined || n < 0) return undefined;
  const factor = unitFactor(unit, defaultUnit);
  return factor === undefined ? undefined : n * factor;
}

/**
 * The first range of an id set written high to low ("3-1" in "0,3-1"), which libvirt's bitmap parser
 * refuses ("Failed to parse bitmap"); undefined when there is none.
 */
export function reversedRange(text: string): string | undefined {
  for (const part of text.split(',')) {
    const m = /^\s*\^?([0-9]+)-([0-9]+)\s*$/.exec(part);
    if (m && Number(m[2]) < Number(m[1])) return part.trim();
  }
  return undefined;
}

/**
 * The first exclusion of a range in an id set ("^1-2" in "0-3,^1-2"): libvirt's bitmap parser takes
 * a single id after ^ and refuses the set ("Failed to parse bitmap"); undefined when there is none.
 */
export function excludedRange(text: string): string | undefined {
  for (const part of text.split(',')) if (/^\s*\^\s*[0-9]+\s*-/.test(part)) return part.trim();
  return undefined;
}

/** How many ids libvirt's host CPU and NUMA node sets hold (VIR_DOMAIN_CPUMASK_LEN): 0 to 16383. */
export const ID_SET_LENGTH = 16384;

/**
 * The first part of an id set ("0-16384" in "0,0-16384", exclusions too) naming an id of
 * {@link ID_SET_LENGTH} or more, which libvirt's bitmap parser refuses ("Failed to parse bitmap");
 * undefined when there is none.
 */
export function idPastSetLength(text: string): string | undefined {
  for (const part of text.split(',')) {
    const m = /^\s*\^?([0-9]+)(?:-([0-9]+))?\s*$/.exec(part);
    if (m && Math.max(Number(m[1]), Number(m[2] ?? 0)) >= ID_SET_LENGTH) return part.trim();
  }
  return undefined;
}

/**
 * Expands a libvirt id set ("0-2,^1,4": CPUs or NUMA nodes) into its numbers, in ascending order;
 * undefined when it does not parse or a range is absurdly large.
 */
export function parseIdSet(text: string): number[] | undefined {
  const add = new Set<number>();
  const remove = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^\s*(\^)?([0-9]+)(?:-([0-9]+))?\s*$/.exec(part);
    if (!m) return undefined;
    const from = Number(m[2]);
    const to = m[3] === undefined ? from : Number(m[3]);
    if (to < from || to - from > 16384) return undefined;
    for (let i = from; i <= to; i++) (m[1] ? remove : add).add(i);
  }
  return [...add].filter((n) => !remove.has(n)).sort((a, b) => a - b);
}
