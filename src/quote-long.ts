/**
 * Showing a text that may be huge (a value, a name): whole up to {@link MAX_QUOTED} characters,
 * else its start and its length, `'start…' (N characters)`. A hostile 10 MB value must not be
 * echoed into every message, log line or hover.
 *
 * Every cut of a text virtlint shows goes through {@link sliceWhole}, which never separates the
 * halves of a surrogate pair (an emoji, any character past U+FFFF): half of one is no character
 * at all, and JSON, SARIF and terminals given one show garbage or refuse the output.
 */

/** Texts are shown whole up to this many characters (UTF-16 units, as `length` counts). */
export const MAX_QUOTED = 80;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether offset `at` of `text` falls between the two halves of a surrogate pair. */
export const splitsPair = (text: string, at: number): boolean =>
  at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1));

/**
 * `text` from offset `start` to offset `end` (UTF-16 units, from 0; `end` defaults to the end), as
 * `slice` would cut it, except that it never cuts a surrogate pair in two: an end between the
 * halves of a pair moves back before the pair, a start between them forward past it.
 */
export function sliceWhole(text: string, start: number, end: number = text.length): string {
  const from = splitsPair(text, start) ? start + 1 : start;
  const to = splitsPair(text, end) ? end - 1 : end;
  return to > from ? text.slice(from, to) : '';
}

/** `text`, or its first `keep` characters (never half an emoji) and '…' when it is longer than `max` (`keep` unless told). */
export const clipped = (text: string, keep: number, max = keep): string => (text.length > max ? `${sliceWhole(text, 0, keep)}…` : text);

const LONE_HALF = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` with each lone half of a surrogate pair replaced by U+FFFD, for texts cut by others before
 * virtlint shows them: V8's JSON.parse errors quote the input around the error by UTF-16 units
 * ("Unexpected token '\ud83d', …"). What String.prototype.toWellFormed does (ES2024, not in this project's ES2023 lib).
 */
export const wellFormed = (text: string): string => text.replace(LONE_HALF, '\ufffd');

export interface HeadOptions {
  /** How many characters are shown whole. */
  max?: number;
}

/** What is shown of `text`: all of it, or (`cut`) its start, one character shorter when the cut would split a pair. */
export function headOf(text: string, { max = MAX_QUOTED }: HeadOptions = {}): { head: string; cut: boolean } {
  if (text.length <= max) return { head: text, cut: false };
  return { head: sliceWhole(text, 0, max), cut: true };
}

/** What follows the ellipsis of a cut text: ` (N characters)`, N written by `count`. */
export const lengthNote = (length: number, count: (n: number) => string = String): string => ` (${count(length)} characters)`;

/** `'text'`, or `'start…' (N characters)` when cut; `show` writes the part shown (escaping it, say). */
export function quoteLong(text: string, show: (head: string) => string = (s) => s): string {
  const { head, cut } = headOf(text);
  return cut ? `'${show(head)}…'${lengthNote(text.length)}` : `'${show(head)}'`;
}
