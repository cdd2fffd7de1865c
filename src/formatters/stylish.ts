import path from 'node:path';
import type { Formatter } from './types.js';

const paint = (on: boolean, code: string, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** Per file: `line:col  severity  message  rule-id`, then one summary line. Nothing at all when clean. */
export const stylish: Formatter = (results, { color, cwd }) => {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  const out: string[] = [];
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    out.push(paint(color, '4', path.isAbsolute(r.filePath) ? path.relative(cwd, r.filePath) || r.filePath : r.filePath));
    const rows = r.diagnostics.map((d) => {
      if (d.severity === 'error') errors++;
      else warnings++;
      if (d.fix) fixable++;
      return [`${d.range.start.line}:${d.range.start.column}`, d.severity, d.message.replace(/\s*\n\s*/g, ' '), d.ruleId] as const;
    });
    const w0 = Math.max(...rows.map((x) => x[0].length));
    for (const [pos, sev, msg, id] of rows) {
      const sevText = paint(color, sev === 'error' ? '31' : '33', sev.padEnd(7));
      out.push(`  ${paint(color, '2', pos.padEnd(w0))}  ${sevText}  ${msg}  ${paint(color, '2', id)}`);
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const plural = (n: number, s: string): string => `${n} ${s}${n === 1 ? '' : 's'}`;
  out.push(paint(color, errors > 0 ? '31;1' : '33;1', `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`));
  if (fixable > 0) out.push(`  ${plural(fixable, 'problem')} potentially fixable with the \`--fix\` option.`);
  return out.join('\n') + '\n';
};
