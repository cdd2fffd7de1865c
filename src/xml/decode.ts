import type { Diagnostic } from '../types.js';
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import { isAsciiName, isKnownEncoding, isUtf16Name, isUtf8Name } from './encoding-names.js';
import { LineIndex } from './positions.js';

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
 * since editors on some systems save it (libvirt refuses it: `encodingFindings` says so, and the
 * rest is linted). Anything else (invalid UTF-8, NUL bytes, unknown declared encodings) is refused
 * with one clear diagnostic rather than guessed at.
 */
export function decodeBytes(bytes: Uint8Array): DecodeOutcome {
  const decoded = decodeOnly(bytes);
  return decoded.ok ? checkText(decoded.text, decoded.encoding) : decoded;
}

/**
 * `decodeBytes` without `checkText`'s look at the text: refuses only what is wrong in the bytes
 * themselves (UTF-32, UTF-16 without a mark, invalid UTF-8 or UTF-16). The language server learns a
 * saved file's encoding with it, and leaves the rest to the lint of the editor's text (src/lsp/saved-encoding.ts).
 */
export function decodeOnly(bytes: Uint8Array): DecodeOutcome {
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
      // Latin-1 bytes declared ISO-8859-1: libvirt still reads UTF-8 ("Input is not proper UTF-8").
      const declared = declaredEncoding(String.fromCharCode(...bytes.subarray(0, Math.min(at, 200))))?.name;
      if (declared && !isUtf8Name(declared)) {
        return encodingError(
          `The file is not valid UTF-8 (first bad byte at offset ${at}); its XML declaration names '${declared}', but libvirt reads every document as UTF-8 and refuses this one ("Input is not proper UTF-8") — convert the file to UTF-8`,
        );
      }
      return encodingError(
        `The file is not valid UTF-8 (first bad byte at offset ${at}); libvirt XML must be UTF-8 — is this a binary file or another encoding?`,
      );
    }
  }
  return { ok: true, text, encoding };
}

/** The encoding an XML declaration names, with the offsets of the name in `text`. */
interface DeclaredEncoding {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

function declaredEncoding(text: string): DeclaredEncoding | undefined {
  const skip = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const m = /^<\?xml[^>]*?\bencoding\s*=\s*(["'])([^"']+)\1/.exec(skip ? text.slice(skip) : text);
  // A name that is not an XML EncName ('iso 8859-1', '8859_1': a letter first) is the parser's
  // xml/not-well-formed, as libvirt's ("Invalid XML encoding name"); no encoding lookup happens.
  if (!m?.[2] || !/^[A-Za-z][A-Za-z0-9._-]*$/.test(m[2])) return undefined;
  const end = skip + m.index + m[0].length - 1;
  return { name: m[2], start: end - m[2].length, end };
}

/** The range of the declared name; a declaration may span lines, and only its own text is indexed. */
const nameRange = (text: string, d: DeclaredEncoding): Diagnostic['range'] => new LineIndex(text.slice(0, d.end)).range(d.start, d.end);

const toUtf8 = (d: DeclaredEncoding): NonNullable<Diagnostic['fix']> => ({
  description: `Declare encoding='UTF-8' (was '${d.name}')`,
  edits: [{ start: d.start, end: d.end, text: 'UTF-8' }],
});

/**
 * Checks text that is already a string (stdin, editors): no NUL or other characters XML forbids up
 * front, and no declaration libvirt refuses: an encoding libxml2 does not know, or (bytes that were
 * UTF-16) a declaration that is not UTF-16. What libvirt accepts but deserves a word is `encodingFindings`'.
 */
export function checkText(text: string, encoding: TextEncoding = 'utf-8'): DecodeOutcome {
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return encodingError(`The file contains a NUL byte (offset ${nul}); it looks binary, not XML`);
  }
  const declared = declaredEncoding(text);
  if (declared && !isKnownEncoding(declared.name)) {
    // libvirt (libxml2) refuses such a document whatever its bytes: "Unsupported encoding NAME".
    return {
      ok: false,
      diagnostic: {
        ruleId: DIAGNOSTIC_IDS.xmlEncoding,
        severity: 'error',
        message: `The XML declaration names encoding '${declared.name}', which libxml2 does not know: libvirt refuses the document ("Unsupported encoding ${declared.name}") — declare encoding='UTF-8'`,
        range: nameRange(text, declared),
        fix: toUtf8(declared),
      },
    };
  }
  if (declared && encoding !== 'utf-8' && !isUtf16Name(declared.name)) {
    return encodingError(`The XML declaration names encoding '${declared.name}', but the file is UTF-16 (it starts with a UTF-16 byte-order mark); convert the file to UTF-8`);
  }
  return { ok: true, text, encoding };
}

/**
 * What libvirt makes of the encoding of text that `checkText` passed, when it deserves a word; the
 * document is linted as usual. libvirt reads every document as UTF-8: it refuses UTF-16 (virsh
 * passes the file on as a C string, which ends at the first NUL byte), and it reads UTF-8 bytes as
 * UTF-8 whatever encoding (libxml2 knows) the declaration names — but every other XML tool trusts
 * the declaration, so one that is not UTF-8 misleads them (`xml/encoding-declaration`).
 */
export function encodingFindings(text: string, encoding: TextEncoding = 'utf-8'): Diagnostic[] {
  if (encoding !== 'utf-8') {
    return [
      {
        ruleId: DIAGNOSTIC_IDS.xmlEncoding,
        severity: 'error',
        message: "The file is UTF-16 (it starts with a UTF-16 byte-order mark); libvirt reads documents as UTF-8 and refuses it (\"Start tag expected, '<' not found\") — convert the file to UTF-8",
        range: AT_START,
      },
    ];
  }
  const declared = declaredEncoding(text);
  if (!declared || isUtf8Name(declared.name)) return [];
  // eslint-disable-next-line no-control-regex -- the ASCII range itself
  const nonAscii = /[^\x00-\x7f]/.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  // ASCII text reads the same declared ASCII; anything else declared ASCII does not.
  if (isAsciiName(declared.name) && !nonAscii) return [];
  const others = nonAscii ? ', and would garble its non-ASCII characters' : '';
  return [
    {
      ruleId: DIAGNOSTIC_IDS.xmlEncodingDeclaration,
      severity: 'warning',
      message: `The XML declaration names encoding '${declared.name}', but the text is UTF-8, which is how libvirt reads it; other XML tools trust the declaration and would read it as ${declared.name}${others} — declare encoding='UTF-8'`,
      range: nameRange(text, declared),
      fix: toUtf8(declared),
    },
  ];
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
