/**
 * Encoding names that libxml2 (libvirt's parser) knows, so that an XML declaration naming one is
 * told apart from a name libvirt refuses ("Unsupported encoding NAME"). libxml2 looks a name up in
 * its own table, then in iconv (glibc) and ICU: encoding-match.ts reproduces the lookup over
 * encoding-table.ts, generated from this machine's glibc, ICU and libxml2 by scripts/encoding-names.mjs.
 * test/xml/encoding-names-xmllint.test.ts compares the verdicts with xmllint's, name by name.
 */
import { encodingLookup } from './encoding-match.js';
import { ENCODING_TABLE } from './encoding-table.js';

/** Whether libxml2 knows the encoding `name` (names are compared as libxml2, iconv and ICU compare them). */
export const isKnownEncoding: (name: string) => boolean = encodingLookup(ENCODING_TABLE);

/** Compared loosely (case, `-`, `_`, `.` ignored), for the few names below. */
const normalise = (name: string): string => name.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** UTF-8 by any spelling (UTF-8, utf8). */
export const isUtf8Name = (name: string): boolean => normalise(name) === 'UTF8';

/** US-ASCII by any spelling libxml2 takes. */
export const isAsciiName = (name: string): boolean => ['ASCII', 'USASCII', 'ANSIX341968', 'ISO646US', 'US'].includes(normalise(name));

/** UTF-16 by any spelling (UTF-16, utf16le, UTF-16BE). */
export const isUtf16Name = (name: string): boolean => /^UTF16(?:LE|BE)?$/.test(normalise(name));
