import type { Diagnostic } from '../types.js';
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';

/** How the bytes were encoded, so that `--fix` can write the file back the same way. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodeOutcome =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

const START = { line: 1, column: 1, offset: 0 };
const AT_START = { start: START, end: START };

const encodingError = (message: string): DecodeOutcome => ({
  ok: false,
  diagnostic: { ruleId: DIAGNOSTIC_IDS.xmlEncoding, severity: 'error', message, range: AT_START },
});

/**
 * One decoder for every document: a decode without `stream` starts from a fresh state (WHATWG
 * Encoding), so nothing carries over from the previous document, even after an error. A new one
 * per document cost a batch's first thousand documents ~2 µs each before V8 optimised it.
 * ignoreBOM keeps a UTF-8 byte-order mark in the text, so offsets and --fix keep every byte.
 */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The byte-order mark is cut off before these decode, so they need not keep it. */
const UTF16LE = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/**
 * Encodings virtlint does not read but can recognise from the first bytes (XML 1.0 appendix F), so
 * the diagnostic names them: they showed up as "a NUL byte, it looks binary" or, for UTF-32 BE, as
 * invalid UTF-8 at offset 2. UTF-32 LE's mark begins with UTF-16 LE's, so it is tested first.
 */
function unsupportedEncoding(b: Uint8Array): string | undefined {
  const at = (i: number): number => b[i] ?? -1;
  const convert = 'libvirt XML must be UTF-8 — convert the file to UTF-8';
  if (at(0) === 0xff && at(1) === 0xfe && at(2) === 0 && at(3) === 0) return `The file is UTF-32 (little-endian byte-order mark); ${convert}`;
  if (at(0) === 0 && at(1) === 0 && at(2) === 0xfe && at(3) === 0xff) return `The file is UTF-32 (big-endian byte-order mark); ${convert}`;
  if (at(0) === 0x3c && at(1) === 0 && at(2) === 0 && at(3) === 0) return `The file looks like UTF-32 (little-endian, no byte-order mark); ${convert}`;
  if (at(0) === 0 && at(1) === 0 && at(2) === 0 && at(3) === 0x3c) return `The file looks like UTF-32 (big-endian, no byte-order mark); ${convert}`;
  if (at(0) === 0x3c && at(1) === 0 && at(2) !== 0 && at(3) === 0) return `The file looks like UTF-16 without a byte-order mark; ${convert} (or save it with a byte-order mark)`;
  if (at(0) === 0 && at(1) === 0x3c && at(2) === 0 && at(3) !== 0) return `The file looks like UTF-16 without a byte-order mark; ${convert} (or save it with a byte-order mark)`;
  return undefined;
}

/** What is wrong in UTF-16 bytes (after a 2-byte mark) that the fatal decoder refused, with its byte offset. */
function invalidUtf16(b: Uint8Array, littleEndian: boolean): string {
  const unit = (i: number): number => (littleEndian ? (b[i] as number) | ((b[i + 1] as number) << 8) : ((b[i] as number) << 8) | (b[i + 1] as number));
  const end = b.length - ((b.length - 2) % 2);
  for (let i = 2; i < end; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return `an unpaired surrogate at offset ${i}`;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < end ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return `an unpaired surrogate at offset ${i}`;
      i += 2;
    }
  }
  return `an odd number of bytes: a lone byte at offset ${b.length - 1}`;
}

/**
 * Turns file bytes into text. libvirt reads UTF-8; UTF-16 with a byte-order mark is decoded too,
 * since editors on some systems save it. Anything else (invalid UTF-8, NUL bytes, other declared
 * encodings) is refused with one clear diagnostic rather than guessed at.
 */
export function decodeBytes(bytes: Uint8Array): DecodeOutcome {
  let text: string;
  let encoding: TextEncoding = 'utf-8';
  const unsupported = unsupportedEncoding(bytes);
  if (unsupported) return encodingError(unsupported);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
  }
  if (encoding !== 'utf-8') {
    // Fatal, as for UTF-8: a lone surrogate or an odd last byte became U+FFFD silently, and --fix
    // then wrote U+FFFD back in place of the original bytes (data loss) with no diagnostic at all.
    try {
      text = (encoding === 'utf-16le' ? UTF16LE : UTF16BE).decode(bytes.subarray(2));
    } catch {
      return encodingError(`The file is not valid UTF-16 (${invalidUtf16(bytes, encoding === 'utf-16le')}); libvirt XML must be UTF-8 — convert the file to UTF-8`);
    }
  } else {
    try {
      text = UTF8.decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      return encodingError(
        `The file is not valid UTF-8 (first bad byte at offset ${at}); libvirt XML must be UTF-8 — is this a binary file or another encoding?`,
      );
    }
  }
  const checked = checkText(text, encoding);
  if (!checked.ok) return checked;
  // The declaration must agree with the bytes: a UTF-8 file that says UTF-16 (or the reverse) would
  // be read differently by libvirt's parser; say so instead of a confusing schema message later.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(body)?.[1];
  if (declared) {
    const says16 = /^utf-?16/i.test(declared);
    if (encoding === 'utf-8' && says16) {
      return encodingError(`The XML declaration names encoding '${declared}', but the file is UTF-8 (it has no UTF-16 byte-order mark); change the declaration to encoding='UTF-8'`);
    }
    if (encoding !== 'utf-8' && !says16) {
      return encodingError(`The XML declaration names encoding '${declared}', but the file is UTF-16 (it starts with a UTF-16 byte-order mark); convert the file to UTF-8`);
    }
  }
  return checked;
}

/** Checks text that is already a string (stdin, editors): no NUL or other characters XML forbids up front. */
export function checkText(text: string, encoding: TextEncoding = 'utf-8'): DecodeOutcome {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return encodingError(`The file contains a NUL byte (offset ${nul}); it looks binary, not XML`);
  }
  const decl = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(body);
  if (decl?.[1] && !/^(utf-?8|utf-?16(le|be)?|us-ascii|ascii)$/i.test(decl[1])) {
    return encodingError(`The XML declaration names encoding '${decl[1]}'; virtlint reads UTF-8 (and UTF-16 with a byte-order mark) — convert the file to UTF-8`);
  }
  return { ok: true, text, encoding };
}

/**
 * The offset of the first byte that starts an invalid UTF-8 sequence, by the same rules as the
 * decoder (RFC 3629): no overlong forms, no encoded surrogates (ED A0..BF), nothing above U+10FFFF.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    // The second byte's range depends on the lead byte (this excludes overlongs, surrogates and > U+10FFFF).
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1] as number;
    if (second < lo || second > hi) return i;
    for (let k = 2; k < len; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += len - 1;
  }
  return bytes.length;
}
