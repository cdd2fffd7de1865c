/**
 * Encoding names to compare virtlint's verdicts with libxml2's (xmllint, libvirtd): every name in
 * the generated table, spellings the lookups may or may not treat alike, and names nothing knows.
 */
import { icuKey } from '../../src/xml/encoding-match.js';
import { ENCODING_TABLE } from '../../src/xml/encoding-table.js';

export const ENC_NAME = /^[A-Za-z][A-Za-z0-9._-]*$/;
export const split = (s: string): string[] => (s === '' ? [] : s.split(' '));

/** A fixed pseudo-random sequence, so a failure repeats. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

/**
 * A name ICU compares as `key`: the key itself, with `_` after each zero where ICU would take it for
 * a leading zero (macos-0_2-10.2 is macos02102), and as `x-KEY` when it starts with a digit.
 */
export function icuName(key: string): string {
  const name = icuKey(key) === key ? key : key.replace(/0/g, '0_');
  return /^[a-z]/.test(name) ? name : `x-${name}`;
}

/** Every name in the table, spelled so that each lookup finds it. */
export function tableNames(): string[] {
  const icu = [...split(ENCODING_TABLE.icuAliases), ...split(ENCODING_TABLE.icuAlgorithmic)];
  return [...split(ENCODING_TABLE.libxml2), ...split(ENCODING_TABLE.glibc), ...icu.map(icuName)];
}

/** Spellings the lookups may or may not treat as the same name, and names nothing knows. */
export function variants(names: readonly string[]): string[] {
  const r = random(10);
  const chars = 'abcXYZ019._-';
  const out: string[] = [];
  const pick = (): string => names[r(names.length)]!;
  for (let i = 0; i < 150; i++) {
    const n = pick();
    const at = r(n.length);
    out.push(n.toLowerCase(), n.replace(/-/g, '_'), n.replace(/[-_.]/g, ''), n.replace(/([A-Za-z])(\d)/, '$10$2'), `x-${n}`, `X-${n}`);
    out.push(n.slice(0, at) + chars[r(chars.length)]! + n.slice(at + 1), n.slice(0, at) + n.slice(at + 1), `${n}${chars[r(chars.length)]!}`);
  }
  for (const prefix of ['CP', 'IBM', 'IBM-', 'cp-', 'windows-', 'WINDOWS', 'ISO-8859-', 'ISO8859_', 'ibm-', 'x-windows-', 'MS', 'LATIN', 'KOI8-', 'UTF-', 'UCS-']) {
    for (let i = 0; i < 12; i++) out.push(`${prefix}${[r(20), r(1000), r(10000), r(100000)][i % 4]!}`);
  }
  for (let i = 0; i < 100; i++) {
    let s = 'abcdefghijklmnopqrstuvwxyz'[r(26)]!;
    for (let k = r(12); k > 0; k--) s += 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.'[r(65)]!;
    out.push(s);
  }
  // ICU refuses names of 60 characters or more; `-` does not count in its comparison.
  for (const length of [58, 59, 60, 61]) out.push(`x-mac${'-'.repeat(length - 11)}roman`, `hz${'_'.repeat(length - 2)}`);
  // libxml2 compares at most 99 characters of a name upper-cased (and passes iconv the whole name).
  out.push(`UTF-8${'-'.repeat(94)}`, `UTF-8${'_'.repeat(150)}`, `ISO-8859-1${'x'.repeat(120)}`);
  out.push('no-such-enc', 'UTF-9', 'LATIN99', 'ISO-8859-12', 'INTERNAL', 'x-EBCDIC-US', 'x-lmbcs-19', 'x-iscii', 'iscii-version-9', 'CP9999', 'ARMSCII_8');
  return out;
}
