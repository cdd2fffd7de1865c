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

/**
 * A CI log drives its runner too. GitHub's takes a line that contains `##[NAME]` anywhere (its legacy
 * command form; NAME one of its commands: error, add-mask, stop-commands, which stops it reading the
 * commands after, annotations included…) or that starts with `::` after white space as a workflow
 * command; Azure Pipelines' agent (whose code GitHub's comes from) takes `##vso[task.setvariable …]`
 * or `##vso[task.prependpath]` anywhere in a line, and TeamCity `##teamcity[…]`. A document quoted in
 * a report (a value in a message, a source line in a code frame) would give them commands: the second
 * `#` of `##` before letters and `[` is printed as `\x23`. (`::` at the start of a line only ever
 * comes from a file name: see {@link escapeFileName}.)
 */
const RUNNER_COMMAND = /##[A-Za-z]*\[/;
/** The second `#` of such a `##`. */
const RUNNER_HASH_ALL = /(?<=#)#(?=[A-Za-z]*\[)/g;
/** `s` with that `#` written `hash` (the same character in the format at hand); `s` itself when it holds none. */
const breakRunnerCommands = (s: string, hash: string): string => (RUNNER_COMMAND.test(s) ? s.replace(RUNNER_HASH_ALL, hash) : s);
const withoutRunnerCommands = (s: string): string => breakRunnerCommands(s, '\\x23');

/**
 * JSON text (one line of it can hold a whole document: `-f json` carries its source) with that `#`
 * in its strings written `\\u0023`: the same JSON value, no command for a runner reading the log.
 * (`#` occurs in JSON text only inside strings.)
 */
export const jsonWithoutRunnerCommands = (json: string): string => breakRunnerCommands(json, '\\u0023');

/** The same in XML text and attribute values (`&#35;`, after `&` was escaped). */
export const xmlWithoutRunnerCommands = (xml: string): string => breakRunnerCommands(xml, '&#35;');

const LETTERS_THEN_BRACKET = /[A-Za-z]*\[/y;

/** Whether character `i` of `text` is printed as a visible escape: a control, or the second `#` of a runner's `##…[`. */
export const escapedAt = (text: string, i: number): boolean => {
  const c = text[i] as string;
  if (c !== '#') return UNSAFE.test(c);
  if (text[i - 1] !== '#') return false;
  LETTERS_THEN_BRACKET.lastIndex = i + 1;
  return LETTERS_THEN_BRACKET.test(text);
};

/** Whether `s` has a character {@link terminalSafe} would escape. */
export const hasUnsafe = (s: string): boolean => UNSAFE.test(s) || RUNNER_COMMAND.test(s);

/** `s` with every character that would drive a terminal (or a CI runner) escaped visibly (tabs kept). */
export const terminalSafe = (s: string): string => withoutRunnerCommands(UNSAFE.test(s) ? s.replace(UNSAFE_ALL, visibleEscape) : s);

// File names escape tab and backslash too, so that an escaped name reads back as one name.
const UNSAFE_IN_NAMES = new RegExp(`${UNSAFE.source.slice(0, -1)}\\t\\\\]`, 'g');

/**
 * A file name as one safe line: a newline would fake a report line, ESC would drive the terminal,
 * a bidirectional override would reorder what is shown, `##[` would be a CI runner's command. A
 * relative name that starts with `::` (after white space) starts a line of the report or of a note,
 * where GitHub's runner would read it as a workflow command (`::stop-commands::…`): it is written
 * `./::…`, the same file.
 */
export const escapeFileName = (name: string): string => {
  const escaped = withoutRunnerCommands(name.replace(UNSAFE_IN_NAMES, (c) => (c === '\\' ? '\\\\' : visibleEscape(c))));
  return /^\s*::/.test(escaped) ? `./${escaped}` : escaped;
};

/** As {@link terminalSafe}, but LF and CR are left for the format's own escaping (GitHub's %0A). */
export const terminalSafeKeepingLineBreaks = (s: string): string => withoutRunnerCommands(s.replace(UNSAFE_BUT_LINE_BREAKS, visibleEscape));
