/**
 * Plugins loaded from a real temporary project (an ESM plugin imported by virtlint.config.mjs),
 * run through the CLI, the API and the worker pool: rule ids, ranges, options, inline disables,
 * --fix, SARIF rule metadata, --list-rules, and the configuration errors that exit 2.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { lintFiles, lintText, type Rule, ruleSetWithPlugins } from '../../src/index.js';
import { runCli, spawnCli } from '../cli/run-cli.js';
import { writeTree } from '../cli/tmp.js';
import { at, type JsonMessage, type JsonResult, lc, pluginProject, rangeOf, vm } from './project.js';

const byRule = (r: JsonResult, id: string): JsonMessage[] => r.messages.filter((m) => m.ruleId === id);

describe('plugins: CLI', function () {
  this.timeout(120000);

  it('reports plugin rules as acme/<rule> at the exact ranges, with the configured severities and options', async () => {
    const text = vm('web');
    const dir = pluginProject({ 'vms/web.xml': text });
    // --lint-timeout 0: plugin rules in this thread (thread 0), not in a worker (whose id depends on the tests before).
    const r = await runCli(['-f', 'json', '--lint-timeout', '0', 'vms/web.xml'], { cwd: dir });
    expect(r.stderr).to.equal('');
    expect(r.code).to.equal(1); // acme/no-serial is configured "error"
    const [res] = JSON.parse(r.stdout) as JsonResult[];
    const nic = byRule(res!, 'acme/nic-model');
    expect(nic.map(at)).to.deep.equal([rangeOf(text, 'e1000')]);
    expect(nic[0]!.severity).to.equal(1); // "warn" overrides the rule's default "error"
    expect(nic[0]!.message).to.equal('model e1000 is not allowed (thread 0)');
    const serial = byRule(res!, 'acme/no-serial');
    expect(serial.map(at)).to.deep.equal([rangeOf(text, 'serial')]);
    expect(serial[0]!.severity).to.equal(2);
  });

  it('passes the configured options to the rule (an allowed model is not reported)', async () => {
    const dir = pluginProject({ 'vm.xml': vm('ok').replace("type='e1000'", "type='virtio-non-transitional'") });
    const r = await runCli(['-f', 'json', 'vm.xml'], { cwd: dir });
    const [res] = JSON.parse(r.stdout) as JsonResult[];
    expect(res!.messages.map((m) => m.ruleId)).to.deep.equal(['acme/no-serial']);
  });

  it('honours inline disables of plugin rules, and reports a disable naming a rule the plugin lacks', async () => {
    const extra = `    <interface type='network'>
      <source network='default'/>
      <!-- virtlint-disable-next-line acme/nic-model: the appliance needs rtl8139 -->
      <model type='rtl8139'/>
    </interface>
    <!-- virtlint-disable-next-line acme/nic-modle -->
    <memballoon model='virtio'/>
`;
    const text = vm('web', extra);
    const dir = pluginProject({ 'vm.xml': text });
    const r = await runCli(['-f', 'json', 'vm.xml'], { cwd: dir });
    const [res] = JSON.parse(r.stdout) as JsonResult[];
    // e1000 is reported, rtl8139 (disabled) is not.
    expect(byRule(res!, 'acme/nic-model').map(at)).to.deep.equal([rangeOf(text, 'e1000')]);
    const unused = byRule(res!, 'virtlint/unused-disable');
    expect(unused.map((m) => m.message)).to.deep.equal(["virtlint comment names 'acme/nic-modle', which is not a virtlint rule (see virtlint --list-rules)"]);
    expect(unused[0]!.line).to.equal(rangeOf(text, 'acme/nic-modle').line);
  });

  it('--fix applies a plugin rule’s fix and the file then lints clean of it', async () => {
    const dir = pluginProject({ 'vm.xml': vm('web') });
    const file = path.join(dir, 'vm.xml');
    const r = await runCli(['--fix', '-f', 'json', 'vm.xml'], { cwd: dir });
    const [res] = JSON.parse(r.stdout) as JsonResult[];
    expect(byRule(res!, 'acme/no-serial')).to.deep.equal([]);
    const fixed = fs.readFileSync(file, 'utf8');
    expect(fixed).to.equal(vm('web').replace('      <serial>S1</serial>\n', ''));
    const again = await runCli(['-f', 'json', 'vm.xml'], { cwd: dir });
    expect((JSON.parse(again.stdout) as JsonResult[])[0]!.messages.map((m) => m.ruleId)).to.deep.equal(['acme/nic-model']);
  });

  it('SARIF lists the plugin rules with their description, docs URL, default level and fixability', async () => {
    const dir = pluginProject({ 'vm.xml': vm('web') });
    const r = await runCli(['-f', 'sarif', 'vm.xml'], { cwd: dir });
    const log = JSON.parse(r.stdout) as Sarif.Log;
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules ?? [];
    const nic = rules.find((d) => d.id === 'acme/nic-model');
    expect(nic?.shortDescription?.text).to.equal('Interface models outside the allow-list');
    expect(nic?.helpUri).to.equal('https://acme.example/rules/nic-model');
    expect(nic?.defaultConfiguration?.level).to.equal('error');
    const serial = rules.find((d) => d.id === 'acme/no-serial');
    expect(serial?.helpUri).to.equal('https://acme.example/rules/no-serial');
    expect(serial?.defaultConfiguration?.level).to.equal('warning'); // a plugin rule's default
    expect(serial?.properties?.fixable).to.equal(true);
    // Every result points at its own rule's descriptor.
    for (const res of run.results ?? []) expect(rules[res.ruleIndex as number]?.id).to.equal(res.ruleId);
    const fix = (run.results ?? []).find((x) => x.ruleId === 'acme/no-serial');
    expect(fix?.fixes?.[0]?.description?.text).to.equal('Remove <serial>');
    // A built-in rule is still described as before.
    expect(rules.find((d) => d.id === 'ioeventfd-requires-virtio')?.helpUri).to.match(/docs\/rules\/ioeventfd-requires-virtio\.md$/);
  });

  it("SARIF with plugin rules is accepted by Microsoft's SARIF validator", async function () {
    const tool = path.join(path.dirname(createRequire(import.meta.url).resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
    if (!fs.existsSync(tool)) this.skip();
    this.timeout(120000);
    const dir = pluginProject({ 'vm.xml': vm('web') });
    const r = await runCli(['-f', 'sarif', '-o', 'out.sarif', 'vm.xml'], { cwd: dir });
    expect(r.code).to.equal(1);
    const v = spawnSync(tool, ['validate', path.join(dir, 'out.sarif'), '--output', path.join(dir, 'report.sarif')], { encoding: 'utf8', timeout: 110000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    expect(v.error, String(v.error)).to.equal(undefined);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.sarif'), 'utf8')) as Sarif.Log;
    const errors = (report.runs[0]!.results ?? []).filter((x) => x.level === 'error').map((x) => `${x.ruleId}: ${x.message.text ?? x.message.id}`);
    expect(errors).to.deep.equal([]);
  });

  it('--list-rules and --print-config show the plugin rules of the configuration', async () => {
    const dir = pluginProject();
    const list = await runCli(['--list-rules'], { cwd: dir });
    const lines = list.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('acme/nic-model '))).to.match(/error\s+Interface models outside the allow-list$/);
    expect(lines.find((l) => l.startsWith('acme/no-serial '))).to.match(/warning\s+fix\s+Disk serial numbers$/);
    expect(lines.some((l) => l.startsWith('policy '))).to.equal(true);
    const none = await runCli(['--list-rules', '--no-config'], { cwd: dir });
    expect(none.stdout).not.to.contain('acme/');
    const printed = JSON.parse((await runCli(['--print-config', 'vm.xml'], { cwd: dir })).stdout) as { rules: Record<string, unknown> };
    expect(printed.rules['acme/nic-model']).to.deep.equal(['warn', { allow: ['virtio', 'virtio-non-transitional'] }]);
  });

  it('--rule sets a plugin rule over the configuration, checked against the plugin once the configuration is read', async () => {
    const text = vm('web');
    const dir = pluginProject({ 'vm.xml': text });
    const ok = await runCli(['-f', 'json', '--rule', 'acme/nic-model:["error",{"allow":["e1000"]}]', '--rule', 'acme/no-serial:off', 'vm.xml'], { cwd: dir });
    expect(ok.code).to.equal(0);
    expect((JSON.parse(ok.stdout) as JsonResult[])[0]!.messages).to.deep.equal([]);
    const typo = await runCli(['--rule', 'acme/nic-modle:error', 'vm.xml'], { cwd: dir });
    expect(typo.code).to.equal(2);
    expect(typo.stderr).to.contain("--rule acme/nic-modle: unknown rule; plugin 'acme'");
    expect(typo.stderr).to.contain("has no rule 'nic-modle'");
    const badOption = await runCli(['--rule', 'acme/nic-model:["error",{"alow":[]}]', 'vm.xml'], { cwd: dir });
    expect(badOption.code).to.equal(2);
    expect(badOption.stderr).to.contain("--rule acme/nic-model: bad options: option 1 must NOT have additional properties ('alow')");
  });
});

describe('plugins: result cache', function () {
  this.timeout(120000);

  it('a cached result is reused only while the plugin rules are the same (an edited rule or version is seen)', () => {
    const dir = pluginProject({ 'vm.xml': vm('c') });
    const messages = (r: { stdout: string }): string[] => (JSON.parse(r.stdout) as JsonResult[])[0]!.messages.map((m) => m.message);
    // --lint-timeout 0: plugin rules in the main thread (thread 0), as the messages below say.
    const first = spawnCli(['--cache', '-f', 'json', '--lint-timeout', '0', 'vm.xml'], { cwd: dir });
    expect(messages(first)).to.include('model e1000 is not allowed (thread 0)');
    const key = (): string => (Object.values((JSON.parse(fs.readFileSync(path.join(dir, '.virtlintcache'), 'utf8')) as { entries: Record<string, { key: string }> }).entries)[0] as { key: string }).key;
    const k1 = key();
    spawnCli(['--cache', '-f', 'json', '--lint-timeout', '0', 'vm.xml'], { cwd: dir });
    expect(key()).to.equal(k1);
    // The rule's code changes: the old result must not be served.
    const plugin = path.join(dir, 'plugins/acme.mjs');
    fs.writeFileSync(plugin, fs.readFileSync(plugin, 'utf8').replace("' is not allowed (thread '", "' is forbidden (thread '"));
    const edited = spawnCli(['--cache', '-f', 'json', '--lint-timeout', '0', 'vm.xml'], { cwd: dir });
    expect(messages(edited)).to.include('model e1000 is forbidden (thread 0)');
    const k2 = key();
    expect(k2).not.to.equal(k1);
    // Only the plugin's version changes (say, a helper was edited): a new key too.
    fs.writeFileSync(plugin, fs.readFileSync(plugin, 'utf8').replace("version: '1.0.0'", "version: '1.0.1'"));
    spawnCli(['--cache', '-f', 'json', '--lint-timeout', '0', 'vm.xml'], { cwd: dir });
    expect(key()).not.to.equal(k2);
  });
});

describe('plugins: worker threads', function () {
  this.timeout(180000);

  it('workers import the configuration and its plugin themselves: same findings as one thread, some linted off the main thread', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 24; i++) files[`vms/vm${String(i).padStart(2, '0')}.xml`] = vm(`vm${i}`);
    const dir = pluginProject(files);
    const two = spawnCli(['-f', 'json', '--concurrency', '2', 'vms'], { cwd: dir });
    const one = spawnCli(['-f', 'json', '--concurrency', '1', 'vms'], { cwd: dir });
    expect(two.stderr).to.equal('');
    expect(two.code).to.equal(1);
    const results = JSON.parse(two.stdout) as JsonResult[];
    expect(results).to.have.length(24);
    const threads = new Set<string>();
    for (const r of results) {
      const nic = byRule(r, 'acme/nic-model');
      expect(nic.map(at), r.filePath).to.deep.equal([rangeOf(vm('x'), 'e1000')]);
      expect(byRule(r, 'acme/no-serial'), r.filePath).to.have.length(1);
      threads.add(/\(thread (\d+)\)/.exec(nic[0]!.message)?.[1] ?? '?');
    }
    // The pool was used: at least one file was linted by a worker thread (thread id ≠ 0) with the plugin loaded there.
    expect([...threads].some((t) => t !== '0' && t !== '?'), [...threads].join(',')).to.equal(true);
    // Apart from the thread named in the message, the results equal a run in one thread.
    const norm = (s: string): string => s.replace(/\(thread \d+\)/g, '(thread)');
    expect(norm(two.stdout)).to.equal(norm(one.stdout));
  });

  it('--fix in workers applies plugin fixes to every file', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 16; i++) files[`vms/vm${i}.xml`] = vm(`vm${i}`);
    const dir = pluginProject(files);
    const r = spawnCli(['--fix', '-f', 'json', '--concurrency', '2', 'vms'], { cwd: dir });
    expect(r.stderr).to.equal('');
    for (const f of Object.keys(files)) expect(fs.readFileSync(path.join(dir, f), 'utf8'), f).not.to.contain('<serial>');
  });
});

describe('plugins: API', function () {
  this.timeout(120000);

  it('lintFiles finds the configuration and its plugin, like the CLI', async () => {
    const text = vm('api');
    const dir = pluginProject({ 'vm.xml': text });
    const [res] = await lintFiles(['vm.xml'], { cwd: dir, concurrency: 1 });
    expect(res!.diagnostics.map((d) => [d.ruleId, d.severity, lc(d.range)])).to.deep.equal([
      ['acme/no-serial', 'error', rangeOf(text, 'serial')],
      ['acme/nic-model', 'warning', rangeOf(text, 'e1000')],
    ]);
  });

  it('lintText runs a plugin given as a rule set (ruleSetWithPlugins), with options and inline disables', async () => {
    const dir = pluginProject();
    const plugin = ((await import(pathToFileURL(path.join(dir, 'plugins/acme.mjs')).href)) as { default: object }).default;
    const ruleSet = ruleSetWithPlugins({ acme: plugin });
    const text = vm('api').replace('      <serial>', '      <!-- virtlint-disable-next-line acme/no-serial -->\n      <serial>');
    const r = await lintText(text, { ruleSet, rules: { 'acme/nic-model': ['error', { allow: ['virtio'] }] } });
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity, lc(d.range)])).to.deep.equal([['acme/nic-model', 'error', rangeOf(text, 'e1000')]]);
    // A module namespace stands for its default export.
    const ns = await import(pathToFileURL(path.join(dir, 'plugins/acme.mjs')).href);
    expect(ruleSetWithPlugins({ acme: ns }).map((x) => x.meta.id)).to.include('acme/no-serial');
  });
});

describe('plugins: a misbehaving rule', function () {
  this.timeout(60000);

  it('a rule that throws or reports a malformed finding becomes a rule-crashed error; the other findings stay', async () => {
    const bad = `export default { meta: { name: 'virtlint-plugin-bad', version: '0.1.0' }, rules: {
      'no-range': { meta: { description: 'reports without a range' }, check(domain, context) { context.report({ message: 'somewhere' }); } },
      'bad-fix': { meta: { description: 'a fix outside the text' }, check(domain, context) {
        context.report({ range: domain.nameRange, message: 'x', fix: { description: 'f', edits: [{ start: 0, end: 1e9, text: '' }] } });
      } },
      'throws': { meta: { description: 'throws' }, check() { throw new Error('boom'); } },
    } };`;
    const dir = pluginProject({
      'vm.xml': vm('bad'),
      'plugins/bad.mjs': bad,
      'virtlint.config.mjs': "import acme from './plugins/acme.mjs'; import bad from './plugins/bad.mjs'; export default [{ plugins: { acme, bad } }];",
    });
    const r = await runCli(['-f', 'json', 'vm.xml'], { cwd: dir });
    expect(r.code).to.equal(1);
    const [res] = JSON.parse(r.stdout) as JsonResult[];
    expect(byRule(res!, 'virtlint/rule-crashed').map((m) => m.message)).to.deep.equal([
      "Internal error in rule bad/no-range from plugin 'bad' (virtlint-plugin-bad 0.1.0): context.report() needs a range { start, end } of positions { line, column, offset } inside the document (use the ranges of the model) (report this to the plugin's authors)",
      "Internal error in rule bad/bad-fix from plugin 'bad' (virtlint-plugin-bad 0.1.0): context.report(): a fix is { description, edits: [{ start, end, text }] } with offsets inside the document (report this to the plugin's authors)",
      "Internal error in rule bad/throws from plugin 'bad' (virtlint-plugin-bad 0.1.0): boom (report this to the plugin's authors)",
    ]);
    expect(byRule(res!, 'acme/nic-model')).to.have.length(1);
  });
});

describe('plugins: rule-crashed names who to tell', () => {
  it("a plugin rule's crash names the plugin; virtlint's own rules still ask to report it to virtlint", async () => {
    const boom = (): never => {
      throw new Error('boom');
    };
    const own: Rule = { meta: { id: 'own-rule', description: 'throws', defaultSeverity: 'error', docs: '' }, check: boom };
    const plugin = ruleSetWithPlugins({ acme: { rules: { throws: { meta: { description: 'throws' }, check: boom } } } });
    const r = await lintText(vm('crash'), { ruleSet: [...plugin, own] });
    expect(r.diagnostics.filter((d) => d.ruleId === 'virtlint/rule-crashed').map((d) => d.message)).to.deep.equal([
      "Internal error in rule acme/throws from plugin 'acme': boom (report this to the plugin's authors)",
      'Internal error in rule own-rule: boom (please report this)',
    ]);
  });
});

describe('plugins: configuration errors (exit 2, naming the key)', function () {
  this.timeout(120000);

  const run = async (files: Record<string, string>): Promise<{ code: number; stderr: string }> => {
    const dir = pluginProject({ 'vm.xml': vm('e'), ...files });
    return runCli(['vm.xml'], { cwd: dir });
  };

  it('a JSON configuration cannot load plugins', async () => {
    const dir = pluginProject({ 'vm.xml': vm('e') });
    fs.rmSync(path.join(dir, 'virtlint.config.mjs'));
    writeTree(dir, { 'virtlint.config.json': JSON.stringify([{ plugins: { acme: './plugins/acme.mjs' } }]) });
    const r = await runCli(['vm.xml'], { cwd: dir });
    expect(r.code).to.equal(2);
    // One line (the file's label is relative to the process's directory).
    expect(r.stderr).to.match(
      /^virtlint: \S*virtlint\.config\.json: \[0\]\.plugins: a JSON configuration cannot load plugins \(plugins are code, JSON is data\); name them in virtlint\.config\.mjs or virtlint\.config\.js \(docs\/plugins\.md\)\n$/,
    );
  });

  it('a rule of a plugin the configuration does not load, and a rule the plugin lacks', async () => {
    const other = await run({ 'virtlint.config.mjs': "export default [{ rules: { 'acme/nic-model': 'warn' } }];" });
    expect(other.code).to.equal(2);
    expect(other.stderr).to.contain(`[0].rules["acme/nic-model"]: rule 'acme/nic-model' belongs to plugin 'acme', which this configuration does not load`);
    const typo = await run({ 'virtlint.config.mjs': "import acme from './plugins/acme.mjs'; export default [{ plugins: { acme }, rules: { 'acme/nic-modl': 'warn' } }];" });
    expect(typo.code).to.equal(2);
    expect(typo.stderr).to.contain(`[0].rules["acme/nic-modl"]: unknown rule 'acme/nic-modl' (did you mean 'acme/nic-model'?)`);
  });

  it('plugin rule options are validated by the rule’s meta.schema', async () => {
    const r = await run({ 'virtlint.config.mjs': "import acme from './plugins/acme.mjs'; export default [{ plugins: { acme }, rules: { 'acme/nic-model': ['warn', { alow: ['e1000'] }] } }];" });
    expect(r.code).to.equal(2);
    expect(r.stderr).to.contain(`[0].rules["acme/nic-model"]: bad options: option 1 must NOT have additional properties ('alow')`);
  });

  it('malformed plugins: no rules, a rule without check, a bad schema, a reserved namespace', async () => {
    const cases: [string, string][] = [
      ["export default [{ plugins: { acme: {} } }];", 'virtlint.config.mjs: plugins.acme: expected a plugin object with `rules`'],
      ["export default [{ plugins: { acme: { rules: { x: { meta: { description: 'd' } } } } } }];", 'plugins.acme.rules["x"]: expected a rule { meta: { description, … }, check(domain, context) }'],
      ["export default [{ plugins: { acme: { rules: { x: { meta: { description: 'd', schema: [{ type: 'nonsense' }] }, check() {} } } } } }];", 'plugins.acme.rules["x"].meta.schema: not a usable JSON Schema'],
      ["export default [{ plugins: { schema: { rules: {} } } }];", "plugins.schema: 'schema/' is virtlint's own prefix"],
      ["export default [{ plugins: { acme: { rules: { 'a/b': { meta: { description: 'd' }, check() {} } } } } }];", 'a rule name is letters, digits'],
    ];
    for (const [config, message] of cases) {
      const r = await run({ 'virtlint.config.mjs': config });
      expect(r.code, config).to.equal(2);
      expect(r.stderr, config).to.contain(message);
    }
  });
});
