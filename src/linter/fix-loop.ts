import { applyEdits } from '../fix.js';
import type { Fix, LintResult, TextEdit } from '../types.js';
import { XML_PREFIX } from '../diagnostic-ids.js';

/** How many lint → fix rounds run at most (a fix may uncover or enable another). */
export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  /** The text after all passes (the input when nothing was fixed). */
  readonly output: string;
  /** How many fixes were applied over all passes. */
  readonly applied: number;
  /** The lint result of `output`. */
  readonly result: LintResult;
}

const overlaps = (a: TextEdit, b: TextEdit): boolean => (a.start < b.end && b.start < a.end) || a.start === b.start;

/** Picks the fixes of one pass: each fix whole or not at all, none overlapping another. */
export function chooseFixes(fixes: readonly Fix[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  for (const fix of fixes) {
    if (fix.edits.length === 0) continue;
    const clash = fix.edits.some((e, i) => taken.some((c) => overlaps(c, e)) || fix.edits.some((o, j) => j !== i && overlaps(o, e)));
    if (clash) continue;
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

const hasParseError = (r: LintResult): boolean => r.diagnostics.some((d) => d.ruleId.startsWith(XML_PREFIX));

/**
 * Applies fixes by splicing text at their offsets, then lints again, up to MAX_FIX_PASSES times.
 * Every byte outside the edits is kept. A pass whose result no longer parses is undone (a faulty fix
 * must never break a document that was well-formed).
 */
export async function fixText(
  text: string,
  first: LintResult,
  lint: (text: string) => Promise<LintResult>,
  maxPasses = MAX_FIX_PASSES,
): Promise<FixOutcome> {
  let current = text;
  let result = first;
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = chooseFixes(result.diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])));
    if (fixes.length === 0) break;
    const next = applyEdits(current, fixes.flatMap((f) => f.edits)).text;
    if (next === current) break;
    const nextResult = await lint(next);
    if (hasParseError(nextResult) && !hasParseError(result)) break;
    applied += fixes.length;
    current = next;
    result = nextResult;
  }
  return { output: current, applied, result };
}
