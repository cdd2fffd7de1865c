import { docsUrlOf } from '../builtin-ids.js';
import { codeFrame } from './code-frame.js';
import { displayPath } from './paths.js';
import { escapeFileName, terminalSafe } from './terminal-text.js';
import { type Formatter, formatWhole, rulesById, type StreamingFormat } from './types.js';

const paint = (on: boolean, code: string, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/**
 * Per file: `line:col  severity  message  rule-id` and under it the offending source line with a
 * caret underline; then one summary line and the documentation of each rule that reported. Nothing
 * at all when clean. Every line ends with a newline, so the parts of a run are its files' blocks and
 * the summary.
 */
export const stylishParts: StreamingFormat = (context) => {
  const { color, cwd } = context;
  const rules = rulesById(context);
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  const ruleIds = new Set<string>();
  const lines = (out: readonly string[]): string => out.map((l) => `${l}\n`).join('');
  return {
    start: '',
    file: (r) => {
      if (r.diagnostics.length === 0) return '';
      const out: string[] = [paint(color, '4', escapeFileName(displayPath(r.filePath, cwd)))];
      const w0 = Math.max(...r.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column}`.length));
      for (const d of r.diagnostics) {
        if (d.severity === 'error') errors++;
        else warnings++;
        if (d.fix) fixable++;
        ruleIds.add(d.ruleId);
        const sevCode = d.severity === 'error' ? '31' : '33';
        const pos = `${d.range.start.line}:${d.range.start.column}`;
        // Messages quote the document's values: escaped like its source lines in the frame.
        const msg = terminalSafe(d.message.replace(/\s*\n\s*/g, ' '));
        out.push(`  ${paint(color, '2', pos.padEnd(w0))}  ${paint(color, sevCode, d.severity.padEnd(7))}  ${msg}  ${paint(color, '2', terminalSafe(d.ruleId))}`);
        if (r.source !== undefined && d.range.start.offset < r.source.length) {
          const frame = codeFrame(r.source, d.range, { gutter: (s) => paint(color, '2', s), marker: (s) => paint(color, `${sevCode};1`, s) });
          for (const line of frame) out.push(`    ${line}`);
        }
      }
      out.push('');
      return lines(out);
    },
    end: () => {
      const total = errors + warnings;
      if (total === 0) return '';
      const plural = (n: number, s: string): string => `${n} ${s}${n === 1 ? '' : 's'}`;
      const out = [paint(color, errors > 0 ? '31;1' : '33;1', `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`)];
      if (fixable > 0) out.push(`  ${plural(fixable, 'problem')} potentially fixable with the \`--fix\` option.`);
      const docs = [...ruleIds].sort().flatMap((id) => {
        const url = docsUrlOf(id, rules);
        return url ? [`  ${paint(color, '2', terminalSafe(id))}: ${terminalSafe(url)}`] : [];
      });
      if (docs.length > 0) out.push('', 'Rule docs:', ...docs);
      return lines(out);
    },
  };
};

export const stylish: Formatter = formatWhole(stylishParts);
