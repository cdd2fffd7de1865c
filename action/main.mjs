/**
 * The GitHub Action (action.yml): runs the committed prebuilt CLI once, writing SARIF, then turns
 * the SARIF results into workflow annotations and step outputs. Inputs arrive as INPUT_<NAME>
 * environment variables; outputs and the job summary go to the files GitHub names in GITHUB_OUTPUT
 * and GITHUB_STEP_SUMMARY. Tested locally by test/e2e/action.test.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../prebuilt/virtlint.js', import.meta.url));

const input = (name) => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
const flag = (name) => !/^(false|no|off|0)$/i.test(input(name));
const words = (s) => s.split(/\s+/).filter(Boolean);

/**
 * What the CLI's github format escapes besides (src/formatters/terminal-text.ts): the log renders
 * ANSI, so C0 controls but tab, LF and CR, DEL, C1 controls (U+009B is a one-character CSI) and
 * bidirectional controls quoted from a document are written as visible escapes (`\x9b`, `\u202e`).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const DRIVES_THE_LOG = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const visibleEscape = (c) => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** The second `#` of a CI runner's in-line command (`##[`, `##vso[`, `##teamcity[`), written `\x23` as the CLI does. */
const RUNNER_HASH = /(?<=#)#(?=[A-Za-z]*\[)/g;

/** Escaping of workflow commands (https://github.com/actions/toolkit, command.ts), the rest as the CLI's github format does. */
const escapeData = (s) => s.replace(DRIVES_THE_LOG, visibleEscape).replace(RUNNER_HASH, '\\x23').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * A SARIF plain text message as it reads: the CLI's SARIF writes `\\`, `[` and `]` with a backslash
 * (no value becomes an embedded link) and braces doubled (no value becomes a placeholder); an
 * annotation is plain text, so they are read back, and the line is the CLI's github one.
 */
const sarifText = (s) => s.replace(/\\([\\[\]])|([{}])\2/g, (_, escaped, brace) => escaped ?? brace);

function setOutput(name, value) {
  const file = process.env.GITHUB_OUTPUT;
  if (file) fs.appendFileSync(file, `${name}=${value}${os.EOL}`);
}

/** A SARIF artifact location as a path relative to the workspace (what annotations need). */
function workspacePath(location, srcRoot, workspace) {
  const uri = location?.uri ?? '';
  const abs = location?.uriBaseId === '%SRCROOT%' ? path.join(srcRoot, decodeURIComponent(uri)) : uri.startsWith('file:') ? fileURLToPath(uri) : path.resolve(workspace, decodeURIComponent(uri));
  return path.relative(workspace, abs).split(path.sep).join('/');
}

/**
 * A symbolic link on the way to the SARIF file: the file itself, and every directory from the
 * workspace down to it. Those are the checkout's, so a pull request chooses them: a committed
 * `virtlint.sarif -> ../../.bashrc` had the report written over that file, outside the workspace.
 */
function linkOnTheWay(file, workspace) {
  const rel = path.relative(workspace, file);
  const inside = rel !== '' && !rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel);
  let cur = workspace;
  const steps = inside ? rel.split(path.sep).map((part) => (cur = path.join(cur, part))) : [file];
  return steps.find((p) => {
    try {
      return fs.lstatSync(p).isSymbolicLink();
    } catch {
      return false; // not there (yet): virtlint makes it
    }
  });
}

function main() {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const paths = words(input('paths') || '.');
  const wanted = input('sarif-file');
  // No sarif-file: a directory of the Action's own (a name in a shared /tmp could be someone's link).
  const ownTemp = wanted ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-'));
  const sarifFile = path.resolve(workspace, wanted || path.join(ownTemp, 'virtlint.sarif'));
  try {
    return report(workspace, paths, wanted, sarifFile);
  } finally {
    if (ownTemp) fs.rmSync(ownTemp, { recursive: true, force: true });
  }
}

/** Runs the CLI writing SARIF to `sarifFile`, then annotates, sets the outputs and the summary; returns the exit code. */
function report(workspace, paths, wanted, sarifFile) {
  const link = wanted ? linkOnTheWay(sarifFile, workspace) : undefined;
  if (link) {
    process.stdout.write(`::error title=virtlint::${escapeData(`sarif-file ${wanted}: ${path.relative(workspace, link) || link} is a symbolic link, and the Action does not write its report through one (remove it, or choose another sarif-file)`)}\n`);
    setOutput('exit-code', 2);
    setOutput('sarif-file', '');
    return 2;
  }
  // `--`: every path is a path. Paths are often a pull request's changed files, whose names it chooses:
  // a file named `--config=evil.mjs` was an option, and the module it named was run.
  const args = [...words(input('args')), '-f', 'sarif', '-o', sarifFile, '--', ...paths];
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: workspace, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' }, maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(run.stdout ?? '');
  process.stderr.write(run.stderr ?? '');
  const code = run.status ?? 2;
  setOutput('exit-code', code);
  if (code === 2 || !fs.existsSync(sarifFile)) {
    process.stdout.write(`::error title=virtlint::${escapeData((run.stderr || run.error?.message || 'virtlint failed').trim())}\n`);
    setOutput('sarif-file', '');
    return 2;
  }
  const log = JSON.parse(fs.readFileSync(sarifFile, 'utf8'));
  const runLog = log.runs[0];
  const srcRoot = runLog.originalUriBaseIds?.['%SRCROOT%']?.uri ? fileURLToPath(runLog.originalUriBaseIds['%SRCROOT%'].uri) : workspace;
  let errors = 0;
  let warnings = 0;
  for (const r of runLog.results) {
    if (r.level === 'error') errors++;
    else warnings++;
    if (!flag('annotations')) continue;
    const loc = r.locations?.[0]?.physicalLocation;
    const reg = loc?.region ?? {};
    const props = [
      `file=${escapeProperty(workspacePath(loc?.artifactLocation, srcRoot, workspace))}`,
      `line=${reg.startLine ?? 1}`,
      `endLine=${reg.endLine ?? reg.startLine ?? 1}`,
      `col=${reg.startColumn ?? 1}`,
      `endColumn=${reg.endColumn ?? reg.startColumn ?? 1}`,
      `title=${escapeProperty(`virtlint (${r.ruleId})`)}`,
    ];
    process.stdout.write(`::${r.level === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(sarifText(r.message.text))}\n`);
  }
  setOutput('errors', errors);
  setOutput('warnings', warnings);
  setOutput('sarif-file', wanted ? path.relative(workspace, sarifFile).split(path.sep).join('/') : '');
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) fs.appendFileSync(summary, `### virtlint\n\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${wanted ? ` (SARIF: \`${path.relative(workspace, sarifFile)}\`)` : ''}\n`);
  return code !== 0 && flag('fail-on-error') ? code : 0;
}

process.exitCode = main();
