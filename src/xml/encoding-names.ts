/**
 * Encoding names that libxml2 (libvirt's parser) knows, so that an XML declaration naming one is
 * told apart from a name libvirt refuses ("Unsupported encoding NAME"). libxml2 looks a name up in
 * its own table, then in iconv (glibc) and, where built with it, ICU: together several hundred
 * names. This is the common part (IANA names and the aliases people write), enough to call every
 * real-world declaration known; a rarer name that libxml2 would accept reads as unknown here.
 * test/oracle/encodings.test.ts checks every name below against libvirtd.
 */

/** Names and aliases, as usually written; compared by `normalise`. */
export const KNOWN_ENCODING_NAMES: readonly string[] = [
  'UTF-8', 'UTF-16', 'UTF-16LE', 'UTF-16BE', 'UTF-32', 'UTF-32LE', 'UTF-32BE', 'UTF-7',
  'UCS-2', 'UCS-2LE', 'UCS-2BE', 'UCS-4', 'UCS-4LE', 'UCS-4BE',
  'US-ASCII', 'ASCII', 'ANSI_X3.4-1968', 'ISO646-US', 'US', 'HTML',
  'LATIN1', 'LATIN2', 'LATIN3', 'LATIN4', 'LATIN5', 'LATIN6', 'LATIN7', 'LATIN8', 'LATIN9', 'LATIN10',
  'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L10', 'CSISOLATIN1', 'ISO-IR-100',
  'KOI8-R', 'KOI8-U', 'KOI8-RU', 'KOI8-T',
  'EUC-JP', 'EUC-KR', 'EUC-CN', 'EUC-TW', 'Shift_JIS', 'SJIS', 'MS_KANJI', 'CSSHIFTJIS', 'WINDOWS-31J',
  'ISO-2022-JP', 'ISO-2022-JP-2', 'ISO-2022-KR', 'ISO-2022-CN',
  'GB2312', 'GBK', 'GB18030', 'CP936', 'Big5', 'BIG5-HKSCS', 'HZ', 'WINDOWS-932', 'WINDOWS-949', 'WINDOWS-950',
  'TIS-620', 'MACINTOSH', 'MAC', 'MACROMAN', 'VISCII', 'ARMSCII-8', 'GEORGIAN-PS', 'EBCDIC-US',
];

/**
 * Families with a number (ISO-8859-12 does not exist). The code-page families are open-ended, so a
 * number iconv lacks reads as known: a missed refusal, never a false one.
 */
const KNOWN_FAMILIES = /^(?:ISO8859(?:[1-9]|1[013-6])|WINDOWS(?:125[0-8]|874|936)|(?:CP|IBM)\d{3,5})$/;

/**
 * Compared loosely (case, `-`, `_`, `.` ignored: ISO_8859-1, iso8859-1): a spelling
 * libxml2 refuses may read as known, a missed refusal rather than a false one.
 */
const normalise = (name: string): string => name.toUpperCase().replace(/[^A-Z0-9]/g, '');

const KNOWN = new Set(KNOWN_ENCODING_NAMES.map(normalise));

/** Whether libxml2 knows the encoding `name` (see above: the common names). */
export function isKnownEncoding(name: string): boolean {
  const n = normalise(name);
  return KNOWN.has(n) || KNOWN_FAMILIES.test(n);
}

/** UTF-8 by any spelling (UTF-8, utf8). */
export const isUtf8Name = (name: string): boolean => normalise(name) === 'UTF8';

/** US-ASCII by any spelling libxml2 takes. */
export const isAsciiName = (name: string): boolean => ['ASCII', 'USASCII', 'ANSIX341968', 'ISO646US', 'US'].includes(normalise(name));

/** UTF-16 by any spelling (UTF-16, utf16le, UTF-16BE). */
export const isUtf16Name = (name: string): boolean => /^UTF16(?:LE|BE)?$/.test(normalise(name));
