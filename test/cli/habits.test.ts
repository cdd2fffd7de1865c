import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { RULES_BY_ID } from '../../rules/index.js';
import { useColor } from '../../src/cli.js';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths.js';
import { runCli, spawnCli } from './run-cli.js';
import { tempDir, writeTree } from './tmp.js';

const FIX = path.join(REPO_ROOT, 'test', 'fixtures', 'ci');
const IDE = fs.readFileSync(path.join(FIX, 'ide-ioeventfd.xml'), 'utf8');
const NIC = fs.readFileSync(path.join(FIX, 'nic-fixable.xml'), 'utf8');
/** Two disks on one target: an error without a fix. */
const UNFIXABLE = fs.readFileSync(path.join(FIX, 'duplicate-target.xml'), 'utf8');
const CLEAN = fs.readFileSync(path.join(FIX, 'clean.xml'), 'utf8');
const ID = 'ioeventfd-requires-virtio';

interface JsonMessage {
  ruleId: string;
  severity: number;
  line: number;
  column: number;
  docsUrl?: string;
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  output?: string;
}
const parse = (s: string): JsonResult[] => JSON.parse(s) as JsonResult[];

describe('CLI habits (ESLint users expect these)', () => {
  describe('--stdin', () => {
    it('lints standard input, named by --stdin-filename', async () => {
      const r = await runCli(['--stdin', '--stdin-filename', 'vm.xml', '--no-probe', '-f', 'json'], { stdin: IDE, cwd: tempDir() });
      expect(r.code, r.stderr).to.equal(1);
      const [res] = parse(r.stdout);
      expect(res?.filePath).to.match(/vm\.xml$/);
      expect(res?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).to.deep.equal([`10:40 ${ID}`]);
    });

    it('refuses --stdin together with file names (exit 2)', async () => {
      const r = await runCli(['--stdin', 'vm.xml'], { stdin: IDE, cwd: tempDir() });
      expect(r.code).to.equal(2);
      expect(r.stderr).to.match(/--stdin cannot be combined with file names/);
    });

    it('with --fix prints the fixed document on stdout and the remaining findings on stderr', async () => {
      const r = await runCli(['--stdin', '--fix', '--no-probe'], { stdin: NIC, cwd: tempDir() });
      expect(r.code, r.stderr).to.equal(0);
      expect(r.stdout).to.equal(NIC.replace('<driver name="qemu"   ioeventfd="on"/>', '<driver name="qemu"/>').replace("<driver ioeventfd='off' name='qemu'/>", "<driver name='qemu'/>"));
      expect(r.stdout).to.contain('<!-- a comment that the fixes must keep -->');
    });

    it('with --fix prints the document unchanged when there is nothing to fix, and the findings on stderr', async () => {
      const r = await runCli(['--stdin', '--fix', '--no-probe', '--stdin-filename', 'dup.xml'], { stdin: UNFIXABLE, cwd: tempDir() });
      expect(r.code).to.equal(1);
      expect(r.stdout).to.equal(UNFIXABLE);
      expect(r.stderr).to.contain('17:20').and.contain('disk-target-unique');
    });

    it('with --fix -f json keeps ESLint\'s --fix-dry-run shape (fixed text in output)', async () => {
      const r = await runCli(['--stdin', '--fix', '--no-probe', '-f', 'json'], { stdin: NIC, cwd: tempDir() });
      const [res] = parse(r.stdout);
      expect(res?.output).to.be.a('string').and.not.contain('ioeventfd');
    });
  });

  describe('numeric severities 0/1/2', () => {
    it('--rule id:1 warns, id:0 turns off, id:2 errs', async () => {
      const dir = tempDir();
      writeTree(dir, { 'vm.xml': IDE });
      const warn = await runCli(['--no-probe', '-f', 'json', '--rule', `${ID}:1`, 'vm.xml'], { cwd: dir });
      expect(warn.code).to.equal(0);
      expect(parse(warn.stdout)[0]?.messages.map((m) => [m.ruleId, m.severity])).to.deep.equal([[ID, 1]]);
      const off = await runCli(['--no-probe', '-f', 'json', '--rule', `${ID}:0`, 'vm.xml'], { cwd: dir });
      expect(off.code).to.equal(0);
      expect(parse(off.stdout)[0]?.messages).to.deep.equal([]);
      const err = await runCli(['--no-probe', '-f', 'json', '--rule', `${ID}:1`, '--rule', `${ID}:2`, 'vm.xml'], { cwd: dir });
      expect(err.code).to.equal(1);
    });

    it('a configuration may use 0/1/2, alone or as the first element of [level, options…]', async () => {
      const dir = tempDir();
      writeTree(dir, { 'vm.xml': IDE, 'virtlint.config.json': JSON.stringify([{ rules: { [ID]: 1, 'virtlint/unused-disable': [2] }, settings: { probe: false } }]) });
      const r = await runCli(['-f', 'json', 'vm.xml'], { cwd: dir });
      expect(r.code, r.stderr).to.equal(0);
      expect(parse(r.stdout)[0]?.messages.map((m) => m.severity)).to.deep.equal([1]);
      const printed = await runCli(['--print-config', 'vm.xml'], { cwd: dir });
      const rules = (JSON.parse(printed.stdout) as { rules: Record<string, unknown> }).rules;
      expect(rules[ID]).to.equal('warn');
      expect(rules['virtlint/unused-disable']).to.deep.equal(['error']);
    });

    it('rejects other numbers with exit 2', async () => {
      const r = await runCli(['--rule', `${ID}:3`, 'x.xml'], { cwd: tempDir() });
      expect(r.code).to.equal(2);
      expect(r.stderr).to.match(/bad severity 3; use "off", "warn" or "error" \(or 0, 1, 2/);
    });
  });

  describe('colours', () => {
    it('--color/--no-color win, then FORCE_COLOR, then NO_COLOR, then the terminal', () => {
      expect(useColor(undefined, {}, true)).to.equal(true);
      expect(useColor(undefined, {}, false)).to.equal(false);
      expect(useColor(undefined, { NO_COLOR: '1' }, true)).to.equal(false);
      expect(useColor(undefined, { NO_COLOR: '' }, true)).to.equal(true);
      expect(useColor(undefined, { FORCE_COLOR: '1' }, false)).to.equal(true);
      expect(useColor(undefined, { FORCE_COLOR: '0' }, true)).to.equal(false);
      expect(useColor(undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false)).to.equal(true);
      expect(useColor(false, { FORCE_COLOR: '1' }, true)).to.equal(false);
      expect(useColor(true, { NO_COLOR: '1' }, false)).to.equal(true);
    });

    it('a real process honours FORCE_COLOR (pipe) and NO_COLOR', () => {
      const file = path.join(FIX, 'ide-ioeventfd.xml');
      const forced = spawnCli(['--no-probe', file], { env: { PATH: process.env.PATH ?? '', FORCE_COLOR: '1' } });
      expect(forced.code).to.equal(1);
      expect(forced.stdout).to.contain('\u001b[31m');
      const plain = spawnCli(['--no-probe', file], { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
      expect(plain.stdout).to.contain(ID).and.not.contain('\u001b[');
    });
  });

  describe('no files found', () => {
    it('an empty directory: exit 2, ESLint\'s kind of message', async () => {
      const dir = tempDir();
      fs.mkdirSync(path.join(dir, 'vms'));
      const r = await runCli(['vms'], { cwd: dir });
      expect(r.code).to.equal(2);
      expect(r.stderr).to.equal('virtlint: No files matching the pattern "vms" were found (directories are searched for *.xml).\n');
    });

    it('only ignored files: exit 2, saying they are ignored', async () => {
      const dir = tempDir();
      writeTree(dir, { 'gen/vm.xml': CLEAN, 'virtlint.config.json': JSON.stringify([{ ignores: ['gen/'] }]) });
      const r = await runCli(['gen'], { cwd: dir });
      expect(r.code).to.equal(2);
      expect(r.stderr).to.match(/All files matched by "gen" are ignored/);
    });
  });

  it('directory walks find *.XML (any case) as well as *.xml', async () => {
    const dir = tempDir();
    writeTree(dir, { 'vms/A.XML': IDE, 'vms/b.Xml': IDE, 'vms/c.xml': IDE, 'vms/d.txt': IDE });
    const r = await runCli(['--no-probe', '-f', 'json', 'vms'], { cwd: dir });
    expect(parse(r.stdout).map((x) => path.basename(x.filePath))).to.deep.equal(['A.XML', 'b.Xml', 'c.xml']);
  });

  describe('number options are validated (exit 2)', () => {
    for (const [flag, value, message] of [
      ['--max-warnings', 'abc', '--max-warnings needs a number'],
      ['--max-warnings', '-2', '--max-warnings -2: expected a whole number ≥ -1'],
      ['--max-file-size', 'abc', '--max-file-size needs a number'],
      ['--max-file-size', '0', '--max-file-size 0: expected a whole number ≥ 1'],
      ['--max-depth', '1.5', '--max-depth 1.5: expected a whole number ≥ 1'],
    ] as const) {
      it(`${flag} ${value}`, async () => {
        const r = await runCli([flag, value, path.join(FIX, 'clean.xml')], { cwd: tempDir() });
        expect(r.code).to.equal(2);
        expect(r.stderr).to.contain(message);
      });
    }
  });

  describe('SARIF partialFingerprints', () => {
    const sarifOf = async (files: Record<string, string>): Promise<Sarif.Result[]> => {
      const dir = tempDir();
      writeTree(dir, files);
      const r = await runCli(['--no-probe', '-f', 'sarif', '.'], { cwd: dir });
      return (JSON.parse(r.stdout) as Sarif.Log).runs[0]?.results ?? [];
    };

    it('every result has one, unchanged when lines are added above or the line is re-indented', async () => {
      const [before] = await sarifOf({ 'vm.xml': IDE });
      const moved = IDE.replace('<devices>', '<!-- a new comment -->\n  <devices>').replace("      <driver name='qemu' type='qcow2' ioeventfd='on'/>", "\t\t<driver name='qemu' type='qcow2' ioeventfd='on'/>");
      const [after] = await sarifOf({ 'vm.xml': moved });
      expect(before?.partialFingerprints?.['virtlintFingerprint/v1']).to.match(/^[0-9a-f]{32}:1$/);
      expect(after?.locations?.[0]?.physicalLocation?.region?.startLine).to.equal(11);
      expect(after?.partialFingerprints).to.deep.equal(before?.partialFingerprints);
    });

    it('differs between files and numbers repeats of the same finding', async () => {
      const results = await sarifOf({ 'a.xml': IDE, 'b.xml': IDE });
      const prints = results.map((r) => r.partialFingerprints?.['virtlintFingerprint/v1']);
      expect(new Set(prints).size).to.equal(2);
      const twice = IDE.replace('</devices>', "  <disk type='file' device='disk'><driver name='qemu' type='qcow2' ioeventfd='on'/><source file='/b.img'/><target dev='hdb' bus='ide'/></disk>\n  </devices>");
      const again = (await sarifOf({ 'vm.xml': twice })).filter((r) => r.ruleId === ID);
      expect(again).to.have.length(2);
      expect(again[0]?.partialFingerprints?.['virtlintFingerprint/v1']).to.not.equal(again[1]?.partialFingerprints?.['virtlintFingerprint/v1']);
    });
  });

  describe('rule documentation links', () => {
    it('json messages carry docsUrl (rules and built-in ids)', async () => {
      const dir = tempDir();
      writeTree(dir, { 'vm.xml': IDE, 'bad.xml': IDE.replace("bus='ide'", "bus='idee'") });
      const r = await runCli(['--no-probe', '-f', 'json', '.'], { cwd: dir });
      const messages = parse(r.stdout).flatMap((x) => x.messages);
      const ioeventfd = messages.find((m) => m.ruleId === ID);
      expect(ioeventfd?.docsUrl).to.equal(RULES_BY_ID.get(ID)?.meta.docs);
      expect(messages.find((m) => m.ruleId === 'schema/invalid-value')?.docsUrl).to.match(/docs\/schema-diagnostics\.md$/);
    });

    it('stylish ends with the documentation of each rule that reported', async () => {
      const r = await runCli(['--no-probe', path.join(FIX, 'ide-ioeventfd.xml')], { cwd: tempDir() });
      expect(r.stdout).to.match(new RegExp(`\\nRule docs:\\n  ${ID}: ${RULES_BY_ID.get(ID)?.meta.docs}\\n$`));
    });
  });

  describe('-f ./my-formatter.mjs', () => {
    const FORMATTER = `import fs from 'node:fs';
fs.writeFileSync(new URL('./loaded.txt', import.meta.url), 'yes');
export default function (results, context) {
  const lines = results.flatMap((r) => r.messages.map((m) => \`\${r.filePath.split('/').pop()}|\${m.line}:\${m.column}|\${m.severity}|\${m.ruleId}|\${context.rulesMeta[m.ruleId].docs.url}\`));
  return lines.join('\\n') + '\\n';
}
`;

    it('loads the module named on the command line and calls it ESLint-style', async () => {
      const dir = tempDir();
      writeTree(dir, { 'my-formatter.mjs': FORMATTER, 'vm.xml': IDE });
      const r = await runCli(['--no-probe', '-f', './my-formatter.mjs', 'vm.xml'], { cwd: dir });
      expect(r.code, r.stderr).to.equal(1);
      expect(r.stdout).to.equal(`vm.xml|10:40|2|${ID}|${RULES_BY_ID.get(ID)?.meta.docs}\n`);
    });

    it('never loads a formatter module that is not named (it is code)', async () => {
      const dir = tempDir();
      writeTree(dir, { 'my-formatter.mjs': FORMATTER, 'vm.xml': IDE });
      await runCli(['--no-probe', 'vm.xml'], { cwd: dir });
      expect(fs.existsSync(path.join(dir, 'loaded.txt'))).to.equal(false);
    });

    it('a missing module, one without a function, or one that throws: exit 2 with the reason', async () => {
      const dir = tempDir();
      writeTree(dir, { 'vm.xml': CLEAN, 'none.mjs': 'export const x = 1;\n', 'throws.mjs': "export default () => { throw new Error('boom'); };\n" });
      const missing = await runCli(['--no-probe', '-f', './nope.mjs', 'vm.xml'], { cwd: dir });
      expect([missing.code, missing.stderr]).to.deep.equal([2, 'virtlint: -f ./nope.mjs: no such formatter file (built-in formats: stylish, json, sarif, github, junit)\n']);
      const none = await runCli(['--no-probe', '-f', './none.mjs', 'vm.xml'], { cwd: dir });
      expect(none.code).to.equal(2);
      expect(none.stderr).to.match(/must export a function/);
      const throws = await runCli(['--no-probe', '-f', './throws.mjs', 'vm.xml'], { cwd: dir });
      expect(throws.code).to.equal(2);
      expect(throws.stderr).to.match(/the formatter failed: boom/);
    });
  });

  describe('--print-config', () => {
    it('shows every rule and built-in id with the level that really applies', async () => {
      const dir = tempDir();
      writeTree(dir, { 'virtlint.config.json': JSON.stringify([{ rules: { 'schema/invalid-value': 'warn' } }]) });
      const r = await runCli(['--print-config', 'vm.xml', '--rule', `${ID}:0`], { cwd: dir });
      const rules = (JSON.parse(r.stdout) as { rules: Record<string, unknown> }).rules;
      expect(rules[ID]).to.equal('off');
      expect(rules['emulator-missing']).to.equal('off');
      expect(rules['disk-target-unique']).to.equal('error');
      expect(rules['schema/invalid-value']).to.equal('warn');
      expect(rules['schema/unknown-root']).to.equal('off');
      expect(rules['schema/misspelled-root']).to.equal('error');
      expect(rules['virtlint/unused-disable']).to.equal('warn');
    });
  });

  describe('emulator-missing (opt-in: CI hosts have no emulator)', () => {
    const missing = CLEAN.replace('<devices>', '<devices>\n    <emulator>/usr/bin/qemu-system-x86_64-not-here</emulator>');

    it('is silent by default, even with probing allowed', async () => {
      expect(missing).to.contain('qemu-system-x86_64-not-here');
      const r = await runCli(['--stdin', '--no-cache', '-f', 'json'], { stdin: missing, cwd: tempDir() });
      expect(parse(r.stdout)[0]?.messages.map((m) => m.ruleId)).to.not.include('emulator-missing');
    });

    it('warns when enabled', async () => {
      const r = await runCli(['--stdin', '--no-cache', '-f', 'json', '--rule', 'emulator-missing:warn'], { stdin: missing, cwd: tempDir() });
      expect(parse(r.stdout)[0]?.messages.filter((m) => m.ruleId === 'emulator-missing').map((m) => m.severity)).to.deep.equal([1]);
    });

    it('is listed as off by --list-rules', async () => {
      const r = await runCli(['--list-rules']);
      expect(r.stdout).to.match(/^emulator-missing +off /m);
      expect(r.stdout).to.match(/^schema\/unknown-root +off /m);
    });
  });
});

describe('--output-file where no directory can be made', () => {
  it('is a usage error at once, not a hang (Node 20 recursive mkdir spins below /proc)', async function () {
    if (!fs.existsSync('/proc/self')) this.skip();
    const r = await runCli(['-o', '/proc/virtlint-nonexistent/report.json', path.join(EXAMPLES, 'seed-disk-ioeventfd.xml')]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/^virtlint: --output-file \/proc\/virtlint-nonexistent\/report\.json: ENOENT/);
  });
});
