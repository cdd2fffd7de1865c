import { sliceWhole } from '../quote-long.js';
import type { Diagnostic } from '../types.js';

/**
 * Most diagnostics of one rule listed per document. A hostile or generated document can produce
 * thousands of the same finding (10,000 unknown attributes on one element); past a screenful
 * they help no one and only cost time in formatters, editors and CI logs.
 */
export const MAX_DIAGNOSTICS_PER_RULE = 100;

const NONE_OMITTED: ReadonlyMap<string, number> = new Map();

/**
 * Keeps the first `max` diagnostics of each rule (input sorted by position) and replaces the rest
 * with one summary diagnostic of that rule, placed where the first omitted one was. Returns the
 * input itself when no rule has too many (every document but a hostile or generated one).
 *
 * `omitted`: diagnostics a step counted but never made (the schema step words only the first
 * `max + 1` of each id, so that its hundreds of thousands of errors cost no words). They come after
 * every listed one of their rule and count in its summary; a rule with none listed (turned off)
 * has none.
 */
export function capPerRule(sorted: Diagnostic[], max = MAX_DIAGNOSTICS_PER_RULE, omitted: ReadonlyMap<string, number> = NONE_OMITTED): Diagnostic[] {
  // The usual document: too few diagnostics in all for any rule to have too many.
  if (sorted.length <= max && omitted.size === 0) return sorted;
  const seen = new Map<string, number>();
  for (const d of sorted) seen.set(d.ruleId, (seen.get(d.ruleId) ?? 0) + 1);
  for (const [id, n] of omitted) {
    const listed = seen.get(id);
    if (listed !== undefined) seen.set(id, listed + n);
  }
  if ([...seen.values()].every((n) => n <= max)) return sorted;
  const kept = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const d of sorted) {
    const n = (kept.get(d.ruleId) ?? 0) + 1;
    kept.set(d.ruleId, n);
    if (n <= max) out.push(d);
    else if (n === max + 1) {
      const omitted = (seen.get(d.ruleId) as number) - max;
      const worst = sorted.some((o) => o.ruleId === d.ruleId && o.severity === 'error') ? 'error' : d.severity;
      out.push({
        ruleId: d.ruleId,
        severity: worst,
        message: `… and ${omitted} more ${d.ruleId} problem${omitted === 1 ? '' : 's'} in this document (only the first ${max} of each kind are listed)`,
        range: d.range,
      });
    }
  }
  return out;
}

/**
 * Longest message kept whole. Messages quote values from the document, and a document can hold a
 * 10 MB attribute value: a safety net so that no rule's wording can echo it into every log.
 */
export const MAX_MESSAGE_CHARS = 2000;

/**
 * Keeps the head and the tail of an over-long message (the tail usually says what to do), never
 * half of an emoji at either cut; the count says how many characters were really left out.
 */
export function shortenMessage(message: string, max = MAX_MESSAGE_CHARS): string {
  if (message.length <= max) return message;
  const tailLength = Math.floor(max / 4);
  const head = sliceWhole(message, 0, max - tailLength);
  const tail = sliceWhole(message, message.length - tailLength);
  return `${head} … [${message.length - head.length - tail.length} characters left out] … ${tail}`;
}

/** Shortens messages only where needed, keeping every other field as it was; the input itself when none is too long. */
export function withShortMessages(diagnostics: Diagnostic[]): Diagnostic[] {
  if (!diagnostics.some((d) => d.message.length > MAX_MESSAGE_CHARS)) return diagnostics;
  return diagnostics.map((d) => (d.message.length > MAX_MESSAGE_CHARS ? { ...d, message: shortenMessage(d.message) } : d));
}
