/**
 * Completion and hover texts are written in Markdown; a client that shows only plain text gets
 * them without the markup (links keep their address in parentheses).
 *
 * Text from the document (a value, an element or attribute name) is Markdown only as literal text:
 * a value `![x](https://host/p.png)` would otherwise be an image the editor fetches on hover (a
 * document that reports who reads it), `[x](command:…)` a link, a blank line a new heading. So
 * document text goes through {@link markdownQuote} or {@link markdownCode}, never raw.
 */
import { type CompletionItem, type Hover, type MarkupContent, MarkupKind } from 'vscode-languageserver';
import { visibleEscape } from '../formatters/terminal-text.js';
import { headOf, lengthNote, quoteLong } from '../quote-long.js';

// Line breaks and other controls would start new Markdown blocks or drive a terminal-like view; bidirectional controls reorder what is shown.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Every ASCII punctuation character: CommonMark lets each be backslash-escaped, and then it means itself. */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

const visible = (s: string): string => s.replace(CONTROLS, visibleEscape);

/**
 * Text as literal Markdown text, whole: ASCII punctuation backslash-escaped, controls as visible
 * escapes (so the text stays on its line). A hyphen past the first character is left as it is: only
 * at the start of a line can one begin anything (a list, a rule), and `allow-list` reads better in
 * the Markdown a client shows unrendered.
 */
export const markdownEscape = (s: string): string => visible(s).replace(PUNCTUATION, (c, at: number) => (c === '-' && at > 0 ? c : `\\${c}`));

/**
 * A document value quoted as literal Markdown text: `'value'`, every ASCII punctuation character
 * backslash-escaped, so no link, image, autolink (`https\:`), HTML tag, emphasis or code span can
 * start in it; line breaks and other controls as visible escapes (`\n`); past 80 characters,
 * `'start…' (N characters)` as in messages.
 */
export function markdownQuote(s: string): string {
  return quoteLong(s, (head) => visible(head).replace(PUNCTUATION, (c) => `\\${c}`));
}

/**
 * Document text as a Markdown code span (a name shown as code): the fence is longer than any run of
 * backticks inside, so the text cannot close it; controls as visible escapes; shortened as above.
 */
export function markdownCode(s: string): string {
  const { head, cut } = headOf(s);
  const text = visible(head);
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick or a space needs a space inside the fence (CommonMark strips one each side).
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}${cut ? `…${lengthNote(s.length)}` : ''}`;
}

/** The Markdown this module writes (backslash escapes, links, bold, code spans), read left to right. */
const MARKUP = /\\([!-/:-@[-`{-~])|\[((?:\\[\s\S]|[^\]\\])*)\]\(([^)]*)\)|\*\*((?:\\[\s\S]|[^*\\])*)\*\*|(`+)(?!`)([\s\S]*?[^`])\5(?!`)/g;

function plain(s: string): string {
  return s.replace(MARKUP, (_m, escaped?: string, label?: string, href?: string, bold?: string, _fence?: string, code?: string) => {
    if (escaped !== undefined) return escaped;
    if (label !== undefined) return `${plain(label)} (${href ?? ''})`;
    if (bold !== undefined) return plain(bold);
    // A code span is literal; the one space either side that the fence needed is not part of it.
    const c = code ?? '';
    return /^ .* $/s.test(c) && c.trim() !== '' ? c.slice(1, -1) : c;
  });
}

export function toPlainText(m: MarkupContent): MarkupContent {
  if (m.kind === MarkupKind.PlainText) return m;
  return { kind: MarkupKind.PlainText, value: plain(m.value) };
}

export function plainCompletion(item: CompletionItem): CompletionItem {
  const doc = item.documentation;
  return doc && typeof doc === 'object' ? { ...item, documentation: toPlainText(doc) } : item;
}

export function plainHover(h: Hover | null): Hover | null {
  if (!h || typeof h.contents !== 'object' || !('kind' in h.contents)) return h;
  return { ...h, contents: toPlainText(h.contents) };
}
