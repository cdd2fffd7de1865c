/**
 * XML 1.0 (fifth edition) character classes for the scanner: Char, NameStartChar, NameChar and S.
 * ASCII goes through a table; everything else through the production's ranges.
 */

/** Bit 1: NameStartChar; bit 2: NameChar. For code units below 0x80. */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const start = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x3a || c === 0x5f;
  const name = start || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
  ASCII_NAME[c] = (start ? 1 : 0) | (name ? 2 : 0);
}

export function isNameStartCode(c: number): boolean {
  if (c < 0x80) return ((ASCII_NAME[c] as number) & 1) !== 0;
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0xeffff)
  );
}

export function isNameCode(c: number): boolean {
  if (c < 0x80) return ((ASCII_NAME[c] as number) & 2) !== 0;
  return isNameStartCode(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || (c >= 0x203f && c <= 0x2040);
}

export const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** The XML 1.0 Char production (a code point, not a code unit). */
export function isXmlChar(c: number): boolean {
  return (c >= 0x20 && c <= 0xd7ff) || c === 0x0a || c === 0x09 || c === 0x0d || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** The code point at `i` (a lone surrogate is returned as itself), or -1 at the end of the text. */
export function codeAt(text: string, i: number): number {
  if (i >= text.length) return -1;
  return text.codePointAt(i) as number;
}

/** Code units taken by the code point `c`. */
export const width = (c: number): number => (c > 0xffff ? 2 : 1);

/**
 * The end of the run of NameChars starting at `i` (`i` itself when there is none). ASCII is
 * scanned by table; a non-ASCII character leaves the fast loop.
 */
export function nameCharsEnd(text: string, i: number): number {
  const len = text.length;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (((ASCII_NAME[c] as number) & 2) === 0) return i;
      i++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    if (cp >= 0xd800 && cp <= 0xdfff) return i; // a lone surrogate is no character at all
    if (!isNameCode(cp)) return i;
    i += width(cp);
  }
  return i;
}

/** A whole Name (for entity names). */
export function isName(s: string): boolean {
  if (s.length === 0) return false;
  const first = s.codePointAt(0) as number;
  return isNameStartCode(first) && nameCharsEnd(s, width(first)) === s.length;
}

/**
 * Whether the code unit `c` at `i` starts a character the Char production allows (a surrogate
 * pair is one character; a lone surrogate, U+FFFE, U+FFFF and the controls but tab and line ends
 * are not).
 */
export function startsXmlChar(text: string, i: number, c: number): boolean {
  if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d;
  if (c < 0xd800) return true;
  if (c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff;
  }
  return c >= 0xe000 && c <= 0xfffd;
}

/**
 * A run of characters the Char production allows, without `<`, `&` and surrogates (sticky: it
 * matches from lastIndex). It stops where a text run ends, at its `<` or `&`.
 */
const PLAIN_CHARS = /[\t\n\r\x20-\x25\x27-\x3B\x3D-\uD7FF\uE000-\uFFFD]*/y;

/** Whether text[start, end) holds a character the Char production forbids (see startsXmlChar). */
export function hasForbiddenChar(text: string, start: number, end: number): boolean {
  // A native pass first: the stretches checked are mostly text runs, read while the scanner's
  // code is still interpreted (in the first documents of a run, before the string cache fills).
  PLAIN_CHARS.lastIndex = start;
  PLAIN_CHARS.test(text);
  for (let i = PLAIN_CHARS.lastIndex; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0xd800) continue; // nearly every character: one comparison pair
    if (!startsXmlChar(text, i, c)) return true;
    if (c <= 0xdbff && c >= 0xd800) i++; // a pair's second half (startsXmlChar has checked it)
  }
  return false;
}

/**
 * The offset of the first character the Char production forbids (controls, U+FFFE/U+FFFF, lone
 * surrogates), or -1. One native regular-expression pass (the scanner asks only when it reports a
 * problem, to put the first forbidden character first).
 */
const NOT_BMP_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD]/g;

export function firstIllegalChar(text: string): number {
  // Code units, not code points (a /u expression was slower): a surrogate stops the search, and
  // a well-formed pair (a character outside the BMP, which Char allows) is stepped over.
  NOT_BMP_CHAR.lastIndex = 0;
  for (;;) {
    const m = NOT_BMP_CHAR.exec(text);
    if (m === null) return -1;
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        NOT_BMP_CHAR.lastIndex = i + 2;
        continue;
      }
    }
    return i;
  }
}
