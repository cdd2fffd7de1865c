import { RULES_BY_ID } from '../../rules/index.js';
import { docsUrlOf } from '../builtin-ids.js';
import type { Rule } from '../rule.js';
import { jsonWithoutRunnerCommands } from './terminal-text.js';
import { type FormattableResult, type Formatter, formatWhole, rulesById, type StreamingFormat } from './types.js';

/** One result in ESLint's shape (also what custom formatters receive). */
export function toEslintResult(r: FormattableResult, rules: ReadonlyMap<string, Rule> = RULES_BY_ID) {
  return {
    filePath: r.filePath,
    messages: r.diagnostics.map((d) => {
      const docsUrl = docsUrlOf(d.ruleId, rules);
      return {
        ruleId: d.ruleId,
        severity: d.severity === 'error' ? 2 : 1,
        message: d.message,
        line: d.range.start.line,
        column: d.range.start.column,
        endLine: d.range.end.line,
        endColumn: d.range.end.column,
        ...(d.fix ? { fix: d.fix } : {}),
        ...(docsUrl ? { docsUrl } : {}),
      };
    }),
    errorCount: r.diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: r.diagnostics.filter((d) => d.severity === 'warning').length,
    fixableErrorCount: r.diagnostics.filter((d) => d.severity === 'error' && d.fix).length,
    fixableWarningCount: r.diagnostics.filter((d) => d.severity === 'warning' && d.fix).length,
    ...(r.output !== undefined ? { output: r.output } : r.diagnostics.length > 0 && r.source !== undefined ? { source: r.source } : {}),
  };
}

/**
 * ESLint's JSON shape: [{filePath, messages: [{ruleId, severity: 1|2, message, line, column, endLine,
 * endColumn, fix?, docsUrl}], errorCount, warningCount, fixable counts, output? (fixed text), source?}].
 * `docsUrl` (the rule's documentation page, plugin rules' too) is virtlint's addition.
 */
export const jsonParts: StreamingFormat = (context) => {
  const rules = rulesById(context);
  let first = true;
  return {
    start: '[',
    // What JSON.stringify makes of the whole array: the items joined by commas, without spaces.
    file: (r) => {
      // Printed to a CI log, the line must not hold a runner command (terminal-text.ts).
      const item = jsonWithoutRunnerCommands(JSON.stringify(toEslintResult(r, rules)));
      if (first) {
        first = false;
        return item;
      }
      return `,${item}`;
    },
    end: () => ']',
  };
};

export const json: Formatter = formatWhole(jsonParts);
