import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES } from '../../rules/index.js';
import { BUILTIN_BY_ID } from '../builtin-ids.js';
import { DOCS_BASE_URL, type Rule } from '../rule.js';
import type { Diagnostic } from '../types.js';
import { VERSION } from '../version.js';
import { jsonWithoutRunnerCommands } from './terminal-text.js';
import type { Formatter } from './types.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/virtlint/virtlint';
const DOCS = DOCS_BASE_URL.replace(/rules\/$/, '');

/** `{` and `}` doubled: in every SARIF message string they stand for themselves only so (§3.11.5, placeholders). */
const braces = (s: string): string => s.replace(/[{}]/g, '$&$&');

/**
 * A plain text message (SARIF 2.1.0 §3.11.3) with `\`, `[` and `]` backslash-escaped (§3.11.6's
 * escaped link characters): the text quotes the document's values, and `[text](url)` in a value must
 * not become an embedded link — GitHub code scanning renders a result's message text as Markdown,
 * where the escapes read as the characters themselves. A `{0}` in a value is not a placeholder either.
 */
const sarifPlainText = (s: string): string => braces(s.replace(/[\\[\]]/g, '\\$&'));

/**
 * Text for a `markdown` property: every ASCII punctuation character backslash-escaped (CommonMark
 * allows it before any of them) but the braces, doubled as in plain text, so a description's `<auth>`
 * stays text instead of an HTML tag the renderer drops (SARIF producers emit no HTML, §3.11.4), and
 * no link or emphasis can start in it.
 */
const markdownText = (s: string): string => braces(s.replace(/[!-/:-@[-`|~]/g, '\\$&'));

/** Findings that do not come from a rule module: parse, grammar, I/O and directive problems. */
function pseudoRule(id: string): Sarif.ReportingDescriptor {
  const builtin = BUILTIN_BY_ID.get(id);
  const text = builtin?.description ?? 'Internal problem of virtlint';
  const page = builtin?.docs ?? `${DOCS}rules/README.md`;
  const plain = sarifPlainText(text);
  return { id, shortDescription: { text: plain }, fullDescription: { text: plain }, help: { text: `${plain}. See ${page}` }, helpUri: page };
}

/**
 * A fingerprint that survives edits elsewhere in the file: the rule, the file, the text of the
 * finding's line (trimmed, so re-indenting keeps it) and the column within that text; repeats of the
 * same key are numbered. Code scanning uses it to tell a new alert from a moved one.
 */
class Fingerprints {
  private readonly seen = new Map<string, number>();
  of(d: Diagnostic, uri: string, lines: readonly string[] | undefined): string {
    const line = lines?.[d.range.start.line - 1];
    const indent = line === undefined ? 0 : line.length - line.trimStart().length;
    const anchor = line === undefined ? d.message : `${line.trim()}\u0000${d.range.start.column - 1 - indent}`;
    const key = createHash('sha256').update(`${d.ruleId}\u0000${uri}\u0000${anchor}`).digest('hex').slice(0, 32);
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return `${key}:${n}`;
  }
}

function ruleDescriptor(id: string, rules: ReadonlyMap<string, Rule>): Sarif.ReportingDescriptor {
  const rule = rules.get(id);
  if (!rule) return pseudoRule(id);
  const m = rule.meta;
  const description = sarifPlainText(m.description);
  // A plugin rule may have no documentation page.
  const help = m.docs
    ? { help: { text: `${description}. Documentation: ${m.docs}`, markdown: `${markdownText(m.description)}. [Documentation](${m.docs})` }, helpUri: m.docs }
    : { help: { text: description } };
  return {
    id: m.id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    ...help,
    defaultConfiguration: { level: m.defaultSeverity === 'error' ? 'error' : 'warning' },
    properties: { tags: m.needsCapabilities ? ['capabilities'] : [], ...(m.fixable ? { fixable: true } : {}) },
  };
}

/** A URI relative to %SRCROOT% when the file is below the root, an absolute file URI otherwise. */
function artifactLocation(filePath: string, srcRoot: string): Sarif.ArtifactLocation {
  if (!path.isAbsolute(filePath)) return { uri: encodeURI(filePath.split(path.sep).join('/')) };
  const rel = path.relative(srcRoot, filePath);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(filePath).href };
}

function region(d: Diagnostic): Sarif.Region {
  const { start, end } = d.range;
  // SARIF regions may not be empty at the line level; an empty range marks one character.
  const endColumn = end.line === start.line && end.column <= start.column ? start.column + 1 : end.column;
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn };
}

/** SARIF 2.1.0, as GitHub code scanning accepts it: one run, rules with help and helpUri, one location per result. */
export const sarif: Formatter = (results, { cwd, srcRoot, rules = RULES }) => {
  const root = path.resolve(srcRoot ?? cwd);
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const ruleIds: string[] = rules.map((r) => r.meta.id);
  for (const r of results) for (const d of r.diagnostics) if (!ruleIds.includes(d.ruleId)) ruleIds.push(d.ruleId);
  const sarifResults: Sarif.Result[] = [];
  const fingerprints = new Fingerprints();
  for (const r of results) {
    const lines = r.diagnostics.length > 0 ? r.source?.split(/\r\n|\n|\r/) : undefined;
    for (const d of r.diagnostics) {
      const location = artifactLocation(r.filePath, root);
      sarifResults.push({
        ruleId: d.ruleId,
        ruleIndex: ruleIds.indexOf(d.ruleId),
        level: d.severity === 'error' ? 'error' : 'warning',
        message: { text: sarifPlainText(d.message) },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(d) } }],
        partialFingerprints: { 'virtlintFingerprint/v1': fingerprints.of(d, location.uri ?? '', lines) },
        ...(d.fix
          ? {
              fixes: [
                {
                  description: { text: sarifPlainText(d.fix.description) },
                  artifactChanges: [{ artifactLocation: location, replacements: d.fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } })) }],
                },
              ],
            }
          : {}),
      });
    }
  }
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'virtlint', version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules: ruleIds.map((id) => ruleDescriptor(id, byId)) },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  // Printed to a CI log, no line may hold a runner command (terminal-text.ts).
  return `${jsonWithoutRunnerCommands(JSON.stringify(log, null, 2))}\n`;
};
