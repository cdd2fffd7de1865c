import type { Formatter } from './types.js';

/**
 * ESLint's JSON shape: [{filePath, messages: [{ruleId, severity: 1|2, message, line, column, endLine,
 * endColumn, fix?}], errorCount, warningCount, fixable counts, output? (fixed text), source?}].
 */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity === 'error' ? 2 : 1,
        message: d.message,
        line: d.range.start.line,
        column: d.range.start.column,
        endLine: d.range.end.line,
        endColumn: d.range.end.column,
        ...(d.fix ? { fix: d.fix } : {}),
      })),
      errorCount: r.diagnostics.filter((d) => d.severity === 'error').length,
      warningCount: r.diagnostics.filter((d) => d.severity === 'warning').length,
      fixableErrorCount: r.diagnostics.filter((d) => d.severity === 'error' && d.fix).length,
      fixableWarningCount: r.diagnostics.filter((d) => d.severity === 'warning' && d.fix).length,
      ...(r.output !== undefined ? { output: r.output } : r.diagnostics.length > 0 && r.source !== undefined ? { source: r.source } : {}),
    })),
  );
