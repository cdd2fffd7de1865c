/**
 * The limits and defaults the documentation states are the code's: each claim below is the sentence
 * (or table cell) of the docs, rebuilt from the constant the code uses, so changing either alone fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { DEFAULT_QMP_LIMITS } from '../../src/caps/qmp-session.js';
import { MAX_CAPABILITY_FILE_BYTES } from '../../src/caps/profile-file.js';
import { OPTIONS } from '../../src/cli-options.js';
import { DEFAULT_MAX_BYTES, MAX_CONFIG_BYTES, MAX_GRAMMAR_FILE_BYTES, MAX_RESULT_CACHE_BYTES } from '../../src/files.js';
import { MAX_FIX_PASSES } from '../../src/linter/fix-loop.js';
import { MAX_DIAGNOSTICS_PER_RULE, MAX_MESSAGE_CHARS } from '../../src/linter/limits.js';
import { AUTO_FILES_PER_WORKER } from '../../src/lint-files.js';
import { DEFAULT_FOLDING_RANGE_LIMIT } from '../../src/lsp/folding.js';
import { CANCEL_GRACE_MS } from '../../src/lsp/lint-runner.js';
import { DEFAULT_DEBOUNCE_MS } from '../../src/lsp/settings.js';
import { MAX_SYMBOLS } from '../../src/lsp/symbols.js';
import { PROGRESS_MIN_FILES } from '../../src/progress.js';
import { SHORT_VALUE } from '../../src/relaxng/xsd-native-limit.js';
import { DEFAULT_PARSE_LIMITS } from '../../src/xml/parse.js';
import { REPO_ROOT } from '../helpers/paths.js';

const doc = (p: string): string => fs.readFileSync(path.join(REPO_ROOT, p), 'utf8').replace(/\s+/g, ' ');
const mib = (bytes: number): string => {
  expect(bytes % (1024 * 1024), `${bytes} is a whole number of MiB`).to.equal(0);
  return `${bytes / (1024 * 1024)} MiB`;
};
/** 4000 as the docs write it: 4,000. */
const thousands = (n: number): string => n.toLocaleString('en-US');
const optionDefault = (name: string): unknown => OPTIONS.find((o) => o.name === name)?.default;

describe('limits and defaults in the documentation', () => {
  it("docs/security.md's table of limits", () => {
    const security = doc('docs/security.md');
    const { timeoutMs, maxOutputBytes, maxLineBytes } = DEFAULT_QMP_LIMITS;
    for (const row of [
      `| Size of one document | ${mib(DEFAULT_MAX_BYTES)} |`,
      `| Element nesting depth | ${DEFAULT_PARSE_LIMITS.maxDepth} |`,
      `| Attributes on one element | ${DEFAULT_PARSE_LIMITS.maxAttributes} |`,
      `| Diagnostics of one rule per document | ${MAX_DIAGNOSTICS_PER_RULE}, then one summary`,
      `| Length of one message | ${thousands(MAX_MESSAGE_CHARS)} characters`,
      `| Configuration file | ${mib(MAX_CONFIG_BYTES)} |`,
      `| Capabilities file / probe cache entry | ${mib(MAX_CAPABILITY_FILE_BYTES)} |`,
      `| Grammar file | ${mib(MAX_GRAMMAR_FILE_BYTES)} |`,
      `| Grammar pattern facets (XSD regular expressions) against a value | linear time, memory independent of the value: a value longer than a length set per pattern (at most ${SHORT_VALUE} characters;`,
      `| Result cache file | ${mib(MAX_RESULT_CACHE_BYTES)} |`,
      `| Emulator probe | ${timeoutMs / 1000} s, ${mib(maxOutputBytes).replace(' MiB', ' MiB of output')}, ${mib(maxLineBytes)} per message;`,
      `| Language server: size of one document, nesting depth | ${mib(DEFAULT_MAX_BYTES)}, ${DEFAULT_PARSE_LIMITS.maxDepth} (`,
      `| Language server: outline symbols, folding ranges | ${thousands(MAX_SYMBOLS)} symbols (every section, then devices in order); ${thousands(DEFAULT_FOLDING_RANGE_LIMIT)} folding ranges`,
      `restarted when the run is older than ${CANCEL_GRACE_MS} ms`,
    ]) {
      expect(security).to.include(row);
    }
  });

  it('the CLI defaults the README and --help give', () => {
    expect(optionDefault('max-file-size')).to.equal(DEFAULT_MAX_BYTES);
    expect(optionDefault('max-depth')).to.equal(DEFAULT_PARSE_LIMITS.maxDepth);
    const readme = doc('README.md');
    expect(readme).to.include(`(default ${mib(DEFAULT_MAX_BYTES)}, ${DEFAULT_MAX_BYTES};`);
    expect(readme).to.include(`(default ${DEFAULT_PARSE_LIMITS.maxDepth};`);
    expect(readme).to.include(`one thread per ${thousands(AUTO_FILES_PER_WORKER)} files`);
    expect(OPTIONS.find((o) => o.name === 'concurrency')?.describe).to.include(`one thread per ${thousands(AUTO_FILES_PER_WORKER)} files`);
  });

  it('docs/integrations.md: fix passes, files per worker, progress bar', () => {
    const integrations = doc('docs/integrations.md');
    expect(integrations).to.include(`up to ${MAX_FIX_PASSES} passes`);
    expect(integrations).to.include(`at least ${thousands(AUTO_FILES_PER_WORKER)} files per thread`);
    expect(integrations).to.include(`for runs of more than ${PROGRESS_MIN_FILES} files`);
  });

  it("docs/editors.md: the language server's defaults", () => {
    const editors = doc('docs/editors.md');
    expect(editors).to.include(`re-checked ${DEFAULT_DEBOUNCE_MS} ms after you stop typing`);
    expect(editors).to.include(`(default \`${DEFAULT_DEBOUNCE_MS}\`; \`0\` checks at once)`);
    expect(editors).to.include(`(default ${mib(DEFAULT_MAX_BYTES)}, like \`--max-file-size\`)`);
    expect(editors).to.include(`(default ${DEFAULT_PARSE_LIMITS.maxDepth}, like \`--max-depth\`)`);
    expect(editors).to.include(`At most ${thousands(MAX_SYMBOLS)} symbols`);
    expect(editors).to.include(`or ${thousands(DEFAULT_FOLDING_RANGE_LIMIT)} when it names none`);
    const vscode = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'editors', 'vscode', 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
    expect(vscode.contributes.configuration.properties['virtlint.debounceMs']?.default).to.equal(DEFAULT_DEBOUNCE_MS);
    expect(editors).to.include(`| \`virtlint.debounceMs\` | delay between typing and checking (default ${DEFAULT_DEBOUNCE_MS}) |`);
  });

  it('docs/capabilities.md: the probe limits', () => {
    const caps = doc('docs/capabilities.md');
    const { timeoutMs, maxOutputBytes, maxLineBytes } = DEFAULT_QMP_LIMITS;
    expect(caps).to.include(`${timeoutMs / 1000} s wall clock`);
    expect(caps).to.include(`${mib(maxOutputBytes)} of output and ${mib(maxLineBytes)} per QMP message`);
    expect(caps).to.include(`| \`probeTimeoutMs\` | — | ${timeoutMs} |`);
  });
});
