import type { Fix, TextEdit } from './types.js';
import type { Attr } from './model/located.js';

/** A fix that deletes an attribute together with the white space before it, leaving every other byte. */
export function removeAttributeFix(text: string, attribute: Attr, description?: string): Fix {
  let start = attribute.attributeRange.start.offset;
  while (start > 0 && /[ \t\r\n]/.test(text[start - 1] as string)) start--;
  return {
    description: description ?? `Remove ${attribute.name}='${attribute.value}'`,
    edits: [{ start, end: attribute.attributeRange.end.offset, text: '' }],
  };
}

/** Applies non-overlapping edits (any order) to a text. Overlapping edits after the first are skipped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  let applied = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
    applied++;
  }
  return { text: out + text.slice(pos), applied };
}
