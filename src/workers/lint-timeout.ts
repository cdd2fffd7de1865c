/**
 * The time limit of one file's lint in a worker thread (`--lint-timeout`), and what a file that
 * outlasts it gets. A synchronous rule that never returns can only be stopped by terminating its
 * thread: the findings of that lint are lost with it. A file stopped in a plugin rule is linted again
 * without the rule (stopped-rules.ts); one that cannot be gets one diagnostic saying why.
 */
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import type { FileResult } from '../types.js';

/** Default limit, as the language server's (`lintTimeoutMs`): a 10 MiB document takes a few seconds on a slow machine. */
export const DEFAULT_LINT_TIMEOUT_MS = 60_000;

/** Where the user sets the limit, for the findings' messages: the CLI's option or the language server's. */
export type LimitSetting = '--lint-timeout' | 'the lintTimeoutMs setting';

const START = { line: 1, column: 1, offset: 0 };

/** A limit as the findings word it: `60 s`, `1.5 s`. */
export const formatSeconds = (ms: number): string => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

/**
 * The result of a file stopped after `limitMs`. `rule`: the plugin rule that was running (as
 * plugin.ts describes it: `rule acme/x from plugin 'acme' (…)`), a bug for its authors to fix;
 * without one, virtlint's own step was still running. A file linted again without the rule
 * (stopped-rules.ts) gets stoppedRuleFinding instead; this is for one that could not be.
 */
export function timedOutResult(filePath: string, limitMs: number, rule: string | undefined, setting: LimitSetting = '--lint-timeout'): FileResult {
  const diagnostic = rule
    ? {
        ruleId: DIAGNOSTIC_IDS.ruleCrashed,
        message: `The ${rule} did not finish within ${formatSeconds(limitMs)} and was stopped: the file's other findings are lost (report this to the plugin's authors; ${setting} sets the limit)`,
      }
    : { ruleId: DIAGNOSTIC_IDS.internal, message: `Checking this file took longer than ${formatSeconds(limitMs)} and was stopped: its findings are lost (${setting} sets the limit)` };
  return { filePath, diagnostics: [{ ...diagnostic, severity: 'error', range: { start: START, end: START } }], notes: [] };
}

/**
 * Why the files a worker held are taken from it: it had not started one for the whole limit (stuck
 * between files, e.g. in a plugin's timer that never returns, which no file can be blamed for).
 */
export function stalledWorkerError(limitMs: number): Error {
  return new Error(`a worker thread held files for ${formatSeconds(limitMs)} without starting one (a plugin's timer that never returns?) and was stopped`);
}
