/**
 * Showing a text that may be huge (a value, a name): whole up to {@link MAX_QUOTED} characters,
 * else its start and its length, `'start…' (N characters)`. A hostile 10 MB value must not be
 * echoed into every message, log line or hover.
 */

/** Texts are shown whole up to this many characters (UTF-16 units, as `length` counts). */
export const MAX_QUOTED = 80;

export interface HeadOptions {
  /** How many characters are shown whole. */
  max?: number;
  /** Cut one character earlier rather than between the halves of a surrogate pair (an emoji). */
  wholePairs?: boolean;
}

/** What is shown of `text`: all of it, or (`cut`) its start. */
export function headOf(text: string, { max = MAX_QUOTED, wholePairs = false }: HeadOptions = {}): { head: string; cut: boolean } {
  if (text.length <= max) return { head: text, cut: false };
  const head = text.slice(0, max);
  return { head: wholePairs && /[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head, cut: true };
}

/** What follows the ellipsis of a cut text: ` (N characters)`, N written by `count`. */
export const lengthNote = (length: number, count: (n: number) => string = String): string => ` (${count(length)} characters)`;

/** `'text'`, or `'start…' (N characters)` when cut; `show` writes the part shown (escaping it, say). */
export function quoteLong(text: string, show: (head: string) => string = (s) => s, options?: HeadOptions): string {
  const { head, cut } = headOf(text, options);
  return cut ? `'${show(head)}…'${lengthNote(text.length)}` : `'${show(head)}'`;
}
