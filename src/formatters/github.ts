import { displayPath } from './paths.js';
import { terminalSafeKeepingLineBreaks } from './terminal-text.js';
import { type Formatter, formatWhole, type StreamingFormat } from './types.js';

/**
 * Escaping of GitHub workflow commands: the message part. The log shows ANSI sequences, so other
 * control characters (ESC, quoted from a document) become visible escapes, and another runner's
 * in-line command (`##vso[`: the format may be read elsewhere) is broken as everywhere (terminal-text.ts).
 */
export const escapeData = (s: string): string => terminalSafeKeepingLineBreaks(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escaping of GitHub workflow commands: property values (also ':' and ','). */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands: one `::error`/`::warning` annotation per finding, shown on the
 * lines of the pull request's diff. Paths are relative to the working directory (the workspace).
 */
export const githubParts: StreamingFormat = ({ cwd }) => ({
  start: '',
  file: (r) => {
    const file = displayPath(r.filePath, cwd);
    let out = '';
    for (const d of r.diagnostics) {
      const { start, end } = d.range;
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${start.line}`,
        `endLine=${end.line}`,
        `col=${start.column}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(`virtlint (${d.ruleId})`)}`,
      ];
      out += `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(d.message)}\n`;
    }
    return out;
  },
  end: () => '',
});

export const github: Formatter = formatWhole(githubParts);
