import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import { junit } from '../../src/formatters/junit.js';
import { sarif } from '../../src/formatters/sarif.js';
import { stylish } from '../../src/formatters/stylish.js';
import type { FormattableResult } from '../../src/formatters/types.js';
import { lintText } from '../../src/linter/lint.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir } from '../cli/tmp.js';
import { REPO_ROOT } from '../helpers/paths.js';

const FIX = path.join(REPO_ROOT, 'test/fixtures/ci');
const require = createRequire(import.meta.url);
const MULTITOOL_DIR = path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));

async function lintFixture(name: string, filePath = path.join(FIX, name)): Promise<FormattableResult> {
  return lintText(fs.readFileSync(path.join(FIX, name), 'utf8'), { filePath });
}

/** A result with awkward text: a message with newline, percent, comma, colon and XML specials. */
async function awkward(): Promise<FormattableResult[]> {
  const r = await lintFixture('ide-ioeventfd.xml');
  const d = r.diagnostics[0]!;
  return [
    { ...r, filePath: path.join(FIX, 'dir, with: odd%chars', 'vm <1>.xml'), diagnostics: [{ ...d, message: 'line one\nline two: 100% <&> "q" \u0001 done, ok' }] },
    await lintFixture('clean.xml'),
  ];
}

describe('stylish', () => {
  it('shows the offending line with a caret underline under the exact range', async () => {
    const out = stylish([await lintFixture('ide-ioeventfd.xml')], { color: false, cwd: REPO_ROOT });
    const lines = out.split('\n');
    const i = lines.findIndex((l) => l.includes('ioeventfd-requires-virtio'));
    expect(lines[i]).to.match(/^ {2}10:40 {2}error {4}ioeventfd is only supported on virtio disks/);
    expect(lines[i + 1]).to.equal("    10 |       <driver name='qemu' type='qcow2' ioeventfd='on'/>");
    expect(lines[i + 2]).to.equal(`       | ${' '.repeat(39)}${'^'.repeat("ioeventfd='on'".length)}`);
    expect(out).to.contain('✖ 1 problem (1 error, 0 warnings)');
    expect(out).not.to.contain('\u001b[');
  });

  it('uses colour only when asked (a terminal)', async () => {
    expect(stylish([await lintFixture('ide-ioeventfd.xml')], { color: true, cwd: REPO_ROOT })).to.contain('\u001b[31m');
  });

  it('prints nothing for clean files', async () => {
    expect(stylish([await lintFixture('clean.xml')], { color: false, cwd: REPO_ROOT })).to.equal('');
  });
});

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 JSON schema', async () => {
    const schema = JSON.parse(fs.readFileSync(path.join(MULTITOOL_DIR, 'sarif-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(schema);
    const results = [...(await awkward()), await lintFixture('nic-fixable.xml')];
    const log = JSON.parse(sarif(results, { color: false, cwd: REPO_ROOT, srcRoot: REPO_ROOT }));
    const ok = validate(log);
    expect(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2)).to.equal(true);
  });

  it('has what GitHub code scanning needs: rules with help and helpUri, relative URIs, full regions', async () => {
    const log = JSON.parse(sarif([await lintFixture('ide-ioeventfd.xml')], { color: false, cwd: REPO_ROOT, srcRoot: REPO_ROOT }));
    const run = log.runs[0];
    expect(run.tool.driver.name).to.equal('virtlint');
    const rule = run.tool.driver.rules[run.results[0].ruleIndex];
    expect(rule.id).to.equal('ioeventfd-requires-virtio');
    expect(rule.helpUri).to.match(/^https:\/\/.*docs\/rules\/ioeventfd-requires-virtio\.md$/);
    expect(rule.help.text).to.be.a('string').and.not.equal('');
    expect(run.results[0].locations).to.have.length(1);
    expect(run.results[0].locations[0].physicalLocation).to.deep.equal({
      artifactLocation: { uri: 'test/fixtures/ci/ide-ioeventfd.xml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 10, startColumn: 40, endLine: 10, endColumn: 54 },
    });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).to.equal(`file://${REPO_ROOT}/`);
  });

  it('a document value cannot make a link or a placeholder: `\\`, `[` and `]` escaped, braces doubled, help Markdown escaped', async () => {
    // GitHub code scanning renders a result's message text as Markdown; `[` `]` `\\` are SARIF's escaped link characters,
    // and `{{` `}}` its braces outside placeholders.
    const text = `<network><name>n</name><forward mode='[click here](https://evil.example/x) \\[a](b) {0}'/></network>`;
    const log = JSON.parse(sarif([await lintText(text, { filePath: path.join(REPO_ROOT, 'net.xml') })], { color: false, cwd: REPO_ROOT, srcRoot: REPO_ROOT }));
    const run = log.runs[0];
    const message: string = run.results.find((r: { ruleId: string }) => r.ruleId === 'schema/invalid-value').message.text;
    expect(message).to.contain("Invalid value '\\[click here\\](https://evil.example/x) \\\\\\[a\\](b) {{0}}' for attribute 'mode' of <forward>");
    // No `[` that is not escaped (preceded by an odd number of backslashes).
    expect(message).to.not.match(/(^|[^\\])(\\\\)*\[/);
    // A rule's description names elements as tags: in help.markdown they are text, not HTML a renderer drops.
    const markdown: string = run.tool.driver.rules.find((r: { id: string }) => r.id === 'network-dhcp-range').help.markdown;
    expect(markdown).to.match(/^a DHCP \\<range\\> libvirt refuses\\: outside its \\<ip\\>/);
    expect(markdown.replace(/\[Documentation\]\([^)]*\)$/, '')).to.not.match(/(^|[^\\])[<[\]]/);
  });

  it("is accepted by Microsoft's SARIF validator (Sarif.Multitool validate) without errors", async function () {
    const tool = path.join(MULTITOOL_DIR, 'Sarif.Multitool');
    if (!fs.existsSync(tool)) this.skip();
    this.timeout(120000);
    const dir = tempDir();
    const file = path.join(dir, 'out.sarif');
    fs.writeFileSync(file, sarif([...(await awkward()), await lintFixture('nic-fixable.xml')], { color: false, cwd: REPO_ROOT, srcRoot: REPO_ROOT }));
    const r = spawnSync(tool, ['validate', file, '--output', path.join(dir, 'report.sarif')], { encoding: 'utf8', timeout: 110000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    expect(r.error, String(r.error)).to.equal(undefined);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.sarif'), 'utf8'));
    const errors = (report.runs[0].results ?? []).filter((x: { level?: string }) => x.level === 'error');
    expect(errors.map((x: { ruleId?: string; message: { text?: string; id?: string } }) => `${x.ruleId}: ${x.message.text ?? x.message.id}`)).to.deep.equal([]);
  });
});

describe('github', () => {
  it('escapes workflow-command data and properties', () => {
    expect(escapeData('a%b\r\nc')).to.equal('a%25b%0D%0Ac');
    expect(escapeProperty('x:y,z%')).to.equal('x%3Ay%2Cz%25');
  });

  // The control character is escaped visibly: the log would act on it (terminal-text.ts).
  it('writes one annotation per finding with file, line, endLine, col, endColumn and title', async () => {
    const out = github(await awkward(), { color: false, cwd: REPO_ROOT });
    expect(out).to.equal(
      '::error file=test/fixtures/ci/dir%2C with%3A odd%25chars/vm <1>.xml,line=10,endLine=10,col=40,endColumn=54,title=virtlint (ioeventfd-requires-virtio)::line one%0Aline two: 100%25 <&> "q" \\x01 done, ok\n',
    );
  });

  it('is the default format inside GitHub Actions', async () => {
    const r = await runCli([path.join(FIX, 'ide-ioeventfd.xml')], { cwd: REPO_ROOT, env: { GITHUB_ACTIONS: 'true' } });
    expect(r.stdout).to.match(/^::error file=test\/fixtures\/ci\/ide-ioeventfd\.xml,line=10,/);
    const plain = await runCli([path.join(FIX, 'ide-ioeventfd.xml')], { cwd: REPO_ROOT, env: {} });
    expect(plain.stdout).to.match(/^test\/fixtures\/ci\/ide-ioeventfd\.xml\n/);
  });
});

describe('junit', () => {
  it('is well-formed XML with one testsuite per file, failures escaped', async () => {
    const out = junit(await awkward(), { color: false, cwd: REPO_ROOT });
    const parser = new SaxesParser();
    const suites: Record<string, string>[] = [];
    const failures: string[] = [];
    let inFailure = false;
    parser.on('opentag', (t) => {
      if (t.name === 'testsuite') suites.push(t.attributes as Record<string, string>);
      if (t.name === 'failure') {
        inFailure = true;
        failures.push((t.attributes as Record<string, string>).message ?? '');
      }
    });
    parser.on('closetag', (t) => {
      if (t.name === 'failure') inFailure = false;
    });
    parser.on('text', (t) => {
      if (inFailure) expect(t).to.contain('(ioeventfd-requires-virtio)');
    });
    parser.write(out).close(); // throws if not well-formed
    expect(suites.map((s) => [s.name, s.tests, s.failures])).to.deep.equal([
      ['test/fixtures/ci/dir, with: odd%chars/vm <1>.xml', '1', '1'],
      ['test/fixtures/ci/clean.xml', '1', '0'],
    ]);
    expect(failures).to.deep.equal(['line one\nline two: 100% <&> "q" \ufffd done, ok']);
  });
});

describe('junit: files left alone', () => {
  it('a file left alone as XML that is not libvirt\'s is a skipped testcase, not a passing one (was: passed)', async () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(FIX, 'clean.xml'), path.join(dir, 'vm.xml'));
    fs.writeFileSync(path.join(dir, 'pom.xml'), '<project><modelVersion>4.0.0</modelVersion></project>\n');
    const r = await runCli(['--no-probe', '-f', 'junit', '.'], { cwd: dir });
    expect(r.code, r.stderr).to.equal(0);
    const suites: Record<string, string>[] = [];
    const skipped: string[] = [];
    let top: Record<string, string> = {};
    const parser = new SaxesParser();
    parser.on('opentag', (t) => {
      const a = t.attributes as Record<string, string>;
      if (t.name === 'testsuites') top = a;
      if (t.name === 'testsuite') suites.push(a);
      if (t.name === 'skipped') skipped.push(a.message ?? '');
    });
    parser.write(r.stdout).close();
    expect(suites.map((s) => [s.name, s.tests, s.failures, s.skipped])).to.deep.equal([
      ['pom.xml', '1', '0', '1'],
      ['vm.xml', '1', '0', '0'],
    ]);
    expect(skipped).to.deep.equal(['not libvirt XML: left alone']);
    expect([top.tests, top.failures, top.skipped]).to.deep.equal(['2', '0', '1']);
  });
});

describe('--output-file', () => {
  it('writes the report to the file and nothing to standard output', async () => {
    const dir = tempDir();
    const r = await runCli(['-f', 'sarif', '-o', 'reports/virtlint.sarif', path.join(FIX, 'ide-ioeventfd.xml')], { cwd: dir });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal('');
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'reports/virtlint.sarif'), 'utf8'));
    expect(log.runs[0].results[0].ruleId).to.equal('ioeventfd-requires-virtio');
  });
});
