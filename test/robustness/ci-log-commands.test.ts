/**
 * Reports are read by CI runners, not only by people: every line a step prints in GitHub Actions goes
 * through the runner's command parser. It takes a line that starts with `::` after white space as a
 * workflow command, and — its legacy form, tried when that fails — a line holding `##[NAME]` anywhere
 * (NAME one of its commands). A document could give it commands through any report that quotes it:
 * a value in a stylish message or code frame, the source that `-f json` carries, a SARIF or JUnit
 * report printed to the log, a file named `::stop-commands::x.xml` heading its stylish block or a
 * note. `stop-commands` stops the runner reading commands for the rest of the step — the annotations
 * after it included; `add-mask` hides text; `error` forges an annotation. Azure Pipelines' agent reads
 * `##vso[task.prependpath]DIR` anywhere in a line (PATH for the steps after), TeamCity `##teamcity[…]`.
 *
 * `runnerCommands` follows the runner's parser (actions/runner, src/Runner.Common/ActionCommand.cs:
 * TryParseV2, then TryParse; ActionCommandManager's registered names).
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../cli/run-cli.js';
import { tempDir } from '../cli/tmp.js';

const REGISTERED = new Set(['set-env', 'set-output', 'save-state', 'add-mask', 'add-path', 'add-matcher', 'remove-matcher', 'debug', 'warning', 'error', 'notice', 'group', 'endgroup', 'echo', 'stop-commands']);

/** The commands GitHub's runner reads in `log` (lines split as .NET reads them: LF, CR or CRLF). */
function runnerCommands(log: string): { command: string; line: string }[] {
  const found: { command: string; line: string }[] = [];
  for (const line of log.split(/\r\n|\r|\n/)) {
    // TryParseV2: `::name props::data` after leading white space (.NET's TrimStart).
    const v2 = line.replace(/^\s+/, '');
    if (v2.startsWith('::')) {
      const end = v2.indexOf('::', 2);
      if (end >= 0) {
        const info = v2.slice(2, end);
        const name = info.includes(' ') ? info.slice(0, info.indexOf(' ')) : info;
        if (REGISTERED.has(name)) {
          found.push({ command: name, line });
          continue;
        }
      }
    }
    // TryParse (legacy): the first `##[` anywhere, its name up to a space or `]`.
    const at = line.indexOf('##[');
    const rb = at < 0 ? -1 : line.indexOf(']', at);
    if (rb < 0) continue;
    const info = line.slice(at + 3, rb);
    const name = info.includes(' ') ? info.slice(0, info.indexOf(' ')) : info;
    if (REGISTERED.has(name)) found.push({ command: name, line });
  }
  return found;
}

/** A document that quotes runner commands in a value, in text and in a comment, under a file name that is one. */
const DOCUMENT = `<domain type='##[stop-commands]kvm'>
  <name>##[error]forged</name>
  <!-- ##[add-mask]virtlint -->
  <memory>##vso[task.prependpath]/tmp/evil</memory>
  <vcpu>##teamcity[buildStatus text='passed']</vcpu>
</domain>
`;
/** Any CI runner's in-line command: GitHub's legacy `##[`, Azure Pipelines' `##vso[`, TeamCity's `##teamcity[`. */
const IN_LINE_COMMAND = /##[A-Za-z]*\[/;
const NAME = '::stop-commands::tok.xml';

describe('robustness: reports printed to a CI log hold no command for its runner', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = tempDir('virtlint-ci-log-');
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, NAME), DOCUMENT);
  });

  it('the runner model reads the commands it should (a check of the check)', () => {
    expect(runnerCommands(`  ::error file=a::x\nfoo ##[add-mask]s\n::nope::x\n##[nope]x\n::stop-commands::t`).map((c) => c.command)).to.deep.equal(['error', 'add-mask', 'stop-commands']);
  });

  for (const format of ['stylish', 'json', 'sarif', 'junit']) {
    it(`-f ${format} --verbose: none on standard output or standard error`, async () => {
      const r = await runCli(['--no-config', '--no-cache', '--no-probe', '--verbose', '-f', format, '--no-color', NAME], { cwd: dir });
      expect(r.code, r.stderr).to.equal(1);
      expect(runnerCommands(r.stdout), r.stdout).to.deep.equal([]);
      expect(runnerCommands(r.stderr), r.stderr).to.deep.equal([]);
      expect(r.stdout).to.not.match(IN_LINE_COMMAND);
      expect(r.stderr).to.not.match(IN_LINE_COMMAND);
    });
  }

  it('stylish: the name heads its block as ./::…, the value and the source line show `#\\x23[`, carets under what they mark', async () => {
    const r = await runCli(['--no-config', '--no-cache', '--no-probe', '-f', 'stylish', '--no-color', NAME], { cwd: dir });
    const lines = r.stdout.split('\n');
    expect(lines[0]).to.equal(`./${NAME}`);
    expect(r.stdout).to.contain("'#\\x23[stop-commands]kvm'");
    const frame = lines.findIndex((l) => l.includes("1 | <domain type='#\\x23[stop-commands]kvm'>"));
    expect(frame, r.stdout).to.be.greaterThan(0);
    // The value is underlined as printed: its escape included.
    const printed = "'#\\x23[stop-commands]kvm'";
    const carets = lines[frame + 1] as string;
    const start = (lines[frame] as string).indexOf(printed) + 1;
    expect(carets.indexOf('^'), `${lines[frame]}\n${carets}`).to.be.within(start - 1, start);
  });

  it('json and sarif: the document\'s `##[` read back (in SARIF with its link escapes), written `#\\u0023[`', async () => {
    const json = await runCli(['--no-config', '--no-cache', '--no-probe', '-f', 'json', NAME], { cwd: dir });
    const parsed = JSON.parse(json.stdout) as { filePath: string; source: string; messages: { message: string }[] }[];
    expect(parsed[0]?.source).to.equal(DOCUMENT);
    expect(parsed[0]?.messages.map((m) => m.message).join('\n')).to.contain('##[stop-commands]kvm');
    expect(parsed[0]?.messages.map((m) => m.message).join('\n')).to.contain('##vso[task.prependpath]');
    expect(json.stdout).to.contain('#\\u0023[');
    const sarif = await runCli(['--no-config', '--no-cache', '--no-probe', '-f', 'sarif', NAME], { cwd: dir });
    const log = JSON.parse(sarif.stdout) as { runs: { results: { message: { text: string } }[] }[] };
    // SARIF's message text escapes `[` and `]` (a value makes no embedded link), which a reader shows as `##[stop-commands]kvm`.
    expect(log.runs[0]?.results.map((x) => x.message.text).join('\n')).to.contain('##\\[stop-commands\\]kvm');
  });

  it('junit: well-formed for xmllint, the failure message reading back with its `##[`', async () => {
    const r = await runCli(['--no-config', '--no-cache', '--no-probe', '-f', 'junit', NAME], { cwd: dir });
    const file = path.join(dir, 'report.junit');
    fs.writeFileSync(file, r.stdout);
    const x = spawnSync('xmllint', ['--xpath', 'string(//failure[contains(@message, "stop-commands")]/@message)', file], { encoding: 'utf8' });
    expect(x.status, x.stderr).to.equal(0);
    expect(x.stdout).to.contain("'##[stop-commands]kvm'");
  });

  it('github: the only commands are its annotations, one per finding', async () => {
    const json = await runCli(['--no-config', '--no-cache', '--no-probe', '-f', 'json', NAME], { cwd: dir });
    const findings = (JSON.parse(json.stdout) as { messages: unknown[] }[])[0]?.messages.length ?? 0;
    const r = await runCli(['--no-config', '--no-cache', '--no-probe', '--verbose', '-f', 'github', NAME], { cwd: dir });
    const commands = runnerCommands(r.stdout);
    expect(commands.length).to.equal(findings);
    expect(commands.every((c) => c.command === 'error' || c.command === 'warning'), r.stdout).to.equal(true);
    expect(runnerCommands(r.stderr), r.stderr).to.deep.equal([]);
    // Nor another runner's in-line command in them.
    expect(r.stdout).to.not.match(IN_LINE_COMMAND);
    expect(r.stdout).to.contain("'#\\x23[stop-commands]kvm'");
  });
});
