/**
 * A file whose lint outlasted the time limit in a plugin rule is linted again with that rule turned
 * off (in a fresh thread, under the same limit), so that it keeps every other finding; a finding
 * names the rule that was stopped. The CLI's worker pool (pool.ts) and the language server's lint
 * runner (lsp/lint-runner.ts) both do it, with the helpers here.
 *
 * What such a result is not: a complete check. So its file is not stored in the result cache (a
 * loaded machine may have been the cause: the next run checks it again), --fix applies no fix from
 * it (FileJob), and a disable comment for the stopped rule is not reported as unused (the rule never
 * said what it would have reported there).
 */
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import type { RuleSetting } from '../linter/lint.js';
import type { Diagnostic, LintResult } from '../types.js';
import { formatSeconds, type LimitSetting } from './lint-timeout.js';

/**
 * Rules stopped in one file that are turned off for another lint. One more stop after these gives up
 * with the stopped findings alone: a file costs at most (MAX_RELINTS + 1) times the limit.
 */
export const MAX_RELINTS = 2;

/** The id of the plugin rule in a running rule's description, as plugin.ts's markPluginRule writes it (`rule acme/x from plugin 'acme' (…)`). */
export function ruleIdOf(description: string | undefined): string | undefined {
  return description === undefined ? undefined : /^rule (\S+) from /.exec(description)?.[1];
}

/**
 * Whether a lint stopped in `description`'s rule is worth another lint without it, after the rules
 * `off` were already turned off: a named plugin rule not already off, and fewer than MAX_RELINTS so
 * far. Its id, or undefined.
 */
export function relintWithout(description: string | undefined, off: readonly string[] = []): string | undefined {
  const id = ruleIdOf(description);
  return id !== undefined && off.length < MAX_RELINTS && !off.includes(id) ? id : undefined;
}

/** The settings with these rules off (a new object only when there are any). */
export function withRulesOff(rules: Readonly<Record<string, RuleSetting>> | undefined, off: readonly string[] | undefined): Readonly<Record<string, RuleSetting>> | undefined {
  if (!off || off.length === 0) return rules;
  return { ...rules, ...Object.fromEntries(off.map((id) => [id, 'off' as const])) };
}

const START = { line: 1, column: 1, offset: 0 };

/** The finding on a file linted again without the stopped rule `description`. */
export function stoppedRuleFinding(description: string, limitMs: number, setting: LimitSetting): Diagnostic {
  return {
    ruleId: DIAGNOSTIC_IDS.ruleCrashed,
    severity: 'error',
    message: `The ${description} did not finish within ${formatSeconds(limitMs)} and was stopped; the file was checked again without it (report this to the plugin's authors; ${setting} sets the limit)`,
    range: { start: START, end: START },
  };
}

/**
 * Unused-disable reports the stopped rule `id` makes unfounded: a comment disabling it (or every
 * rule) "disabled nothing" only because the rule did not run. The reports are known by the wording
 * of linter/disables.ts (InlineDisables.unusedReports): test/workers/stopped-rules.test.ts holds it.
 */
function unfounded(d: Diagnostic, id: string): boolean {
  return d.ruleId === DIAGNOSTIC_IDS.unusedDisable && (d.message.endsWith(` comment: '${id}' reported no problem here`) || d.message.endsWith(' comment: no problem was reported here'));
}

/** Results that are not a complete check (see above): never stored in the result cache. */
const stopped = new WeakSet<object>();

/** Marks a result as one in which a rule was stopped. */
export function markStopped<R extends LintResult>(result: R): R {
  stopped.add(result);
  return result;
}

/** Whether a rule was stopped in this result (it is then not a complete check). */
export const wasStopped = (result: LintResult): boolean => stopped.has(result);

/**
 * The result of the lint without the stopped rule `id`, with the finding that names it first and
 * without the unused-disable reports it makes unfounded. Marked as stopped.
 */
export function withStoppedRule<R extends LintResult>(result: R, id: string, finding: Diagnostic): R {
  return markStopped({ ...result, diagnostics: [finding, ...result.diagnostics.filter((d) => !unfounded(d, id))] });
}
