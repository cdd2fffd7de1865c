import { displayPath } from './paths.js';
import { xmlWithoutRunnerCommands } from './terminal-text.js';
import type { Formatter } from './types.js';

// Control characters other than tab/LF/CR, U+FFFE/U+FFFF and unpaired surrogates.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** XML 1.0 cannot carry most control characters even escaped: they become U+FFFD. */
export function xmlEscape(s: string): string {
  // Printed to a CI log, no line may hold a runner command (terminal-text.ts): the same text.
  return xmlWithoutRunnerCommands(escaped(s));
}

function escaped(s: string): string {
  return s
    .replace(XML_FORBIDDEN, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Attribute values would turn these into spaces; character references keep them.
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/**
 * JUnit XML for CI test report viewers: one testsuite per file; a passing testcase for a clean file,
 * a skipped one for a file left alone as not libvirt XML, otherwise one failing testcase per finding (errors and warnings, as ESLint's junit formatter does).
 */
export const junit: Formatter = (results, { cwd }) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skippedFiles = 0;
  for (const r of results) {
    const file = displayPath(r.filePath, cwd);
    const cases: string[] = [];
    // A file left alone as XML that is not libvirt's was not checked: skipped, not passed (a CI
    // viewer then does not count the last run's own JUnit report, found by the walk, as a pass).
    const skipped = r.skipped === true && r.diagnostics.length === 0;
    if (skipped) {
      cases.push(
        `    <testcase classname="${xmlEscape(file)}" name="${xmlEscape(file)}" file="${xmlEscape(file)}" time="0">`,
        '      <skipped message="not libvirt XML: left alone"/>',
        '    </testcase>',
      );
    } else if (r.diagnostics.length === 0) {
      cases.push(`    <testcase classname="${xmlEscape(file)}" name="${xmlEscape(file)}" file="${xmlEscape(file)}" time="0"/>`);
    }
    for (const d of r.diagnostics) {
      const where = `${file}:${d.range.start.line}:${d.range.start.column}`;
      cases.push(
        `    <testcase classname="${xmlEscape(file)}" name="${xmlEscape(`${where} ${d.ruleId}`)}" file="${xmlEscape(file)}" line="${d.range.start.line}" time="0">`,
        `      <failure message="${xmlEscape(d.message)}" type="${d.severity}">${xmlEscape(`${where}: ${d.severity}: ${d.message} (${d.ruleId})`)}</failure>`,
        '    </testcase>',
      );
    }
    const n = Math.max(1, r.diagnostics.length);
    tests += n;
    failures += r.diagnostics.length;
    if (skipped) skippedFiles++;
    suites.push(
      `  <testsuite name="${xmlEscape(file)}" tests="${n}" failures="${r.diagnostics.length}" errors="0" skipped="${skipped ? 1 : 0}" time="0">`,
      ...cases,
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="virtlint" tests="${tests}" failures="${failures}" errors="0" skipped="${skippedFiles}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
