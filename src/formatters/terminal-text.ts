/**
 * Text that a terminal (or a CI log, which renders ANSI too) shows as it is: the characters that
 * would drive it instead — C0 controls (ESC starts colour, title and clear-screen sequences; CR and
 * BS overwrite what was printed), DEL and C1 controls (U+009B is a one-character CSI) — and the
 * bidirectional marks, overrides and isolates (which reorder what is shown) become visible escapes
 * such as `\x1b` and `\u202e`. Tab is harmless and keeps code frames aligned: it stays a tab.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
// The same without LF and CR, for formats whose own escaping carries line breaks (GitHub's %0A).
// eslint-disable-next-line no-control-regex -- as above
const UNSAFE_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The visible escape of one character: `\n`, `\r`, `\t`, `\xNN` up to U+00FF, `\uNNNN` above. */
export function visibleEscape(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Whether `s` has a character {@link terminalSafe} would escape. */
export const hasUnsafe = (s: string): boolean => UNSAFE.test(s);

/** `s` with every character that would drive a terminal escaped visibly (tabs kept). */
export const terminalSafe = (s: string): string => (UNSAFE.test(s) ? s.replace(UNSAFE_ALL, visibleEscape) : s);

// File names escape tab and backslash too, so that an escaped name reads back as one name.
const UNSAFE_IN_NAMES = new RegExp(`${UNSAFE.source.slice(0, -1)}\\t\\\\]`, 'g');

/**
 * A file name as one safe line: a newline would fake a report line, ESC would drive the terminal,
 * a bidirectional override would reorder what is shown.
 */
export const escapeFileName = (name: string): string => name.replace(UNSAFE_IN_NAMES, (c) => (c === '\\' ? '\\\\' : visibleEscape(c)));

/** As {@link terminalSafe}, but LF and CR are left for the format's own escaping. */
export const terminalSafeKeepingLineBreaks = (s: string): string => s.replace(UNSAFE_BUT_LINE_BREAKS, visibleEscape);
