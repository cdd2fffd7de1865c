/**
 * Plugin rules and namespaces named like Object.prototype members (`acme/constructor`,
 * `toString/valueOf`…) work on every path a rule id takes: rule settings, --rule, inline disables,
 * every formatter, SARIF's rule index, worker threads, --list-rules, the language server and the
 * API. A rule id always has its namespace and a '/', which no inherited member has. `__proto__`,
 * as a rule name or a namespace, is refused with a ConfigError naming the plugin and the rule (a
 * name starts with a letter or digit), and `{ __proto__: x }`, which sets a prototype instead of
 * adding a key, is refused rather than leaving the plugin or rule silently missing.
 */
import { expect } from 'chai';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { ConfigError } from '../../src/config/types.js';
import { lintText, pluginRules, ruleSetWithPlugins } from '../../src/index.js';
import { runCli, spawnCli } from '../cli/run-cli.js';
import { writeTree } from '../cli/tmp.js';
import { TestLspClient } from '../lsp/client.js';
import { pluginProject, rangeOf, vm } from '../plugins/project.js';

/** Member names a plugin may use as rule names or namespaces. */
const MEMBERS = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf'] as const;

/**
 * `acme` has a rule named after each member; `other` (loaded under the namespaces `constructor`,
 * `toString` and `hasOwnProperty`) has `constructor` and `valueOf`. Every rule reports each NIC
 * `<model>` (the tag in the description links it to `<model>` for hover), saying which rule it is, with a fix that adds a comment.
 */
const PLUGIN = `
const rule = (what) => ({
  meta: { description: 'Each NIC <model> (' + what + ')', docs: 'https://acme.example/' + what, fixable: true },
  check(domain, context) {
    for (const nic of domain.devices.interfaces) {
      if (nic.model) context.report({ range: nic.model.range, message: what + ' saw ' + nic.model.value, fix: { description: 'mark ' + what, edits: [] } });
    }
  },
});
export default { meta: { name: 'virtlint-plugin-acme', version: '1.0.0' }, rules: Object.fromEntries(${JSON.stringify(MEMBERS)}.map((m) => [m, rule(m)])) };
export const other = { rules: { constructor: rule('other-constructor'), valueOf: rule('other-valueOf') } };
`;

const CONFIG = `
import acme, { other } from './plugins/acme.mjs';
export default [{
  plugins: { acme, constructor: other, toString: other, hasOwnProperty: other },
  rules: {
    'acme/constructor': 'error', 'acme/toString': ['warn'], 'acme/hasOwnProperty': 'error', 'acme/valueOf': 'off', 'acme/prototype': 'error',
    'constructor/constructor': 'error', 'constructor/valueOf': 'off', 'toString/constructor': 'warn', 'hasOwnProperty/valueOf': 'error',
  },
}];
`;

/** What CONFIG makes of one NIC: rule id → JSON severity (unset rules at their default, warning). */
const CONFIGURED: Readonly<Record<string, number>> = {
  'acme/constructor': 2,
  'acme/toString': 1,
  'acme/hasOwnProperty': 2,
  'acme/prototype': 2,
  'acme/isPrototypeOf': 1,
  'constructor/constructor': 2,
  'toString/constructor': 1,
  'toString/valueOf': 1,
  'hasOwnProperty/constructor': 1,
  'hasOwnProperty/valueOf': 2,
};

/** The JSON formatter's output, as far as these tests read it. */
type JsonResult = { filePath: string; messages: { ruleId: string; severity: number; message: string; line: number; column: number }[] };

const project = (files: Record<string, string> = {}): string => pluginProject({ 'plugins/acme.mjs': PLUGIN, 'virtlint.config.mjs': CONFIG, ...files });

/** Rule id → severity of the findings at `line`, and the unused-disable messages. */
function findings(stdout: string, line?: number): { severities: Record<string, number>; unused: string[] } {
  const [res] = JSON.parse(stdout) as JsonResult[];
  const severities: Record<string, number> = {};
  for (const m of res!.messages) if (m.ruleId !== 'virtlint/unused-disable' && (line === undefined || m.line === line)) severities[m.ruleId] = m.severity;
  return { severities, unused: res!.messages.filter((m) => m.ruleId === 'virtlint/unused-disable').map((m) => m.message) };
}

describe('plugin rules and namespaces named like Object.prototype members', function () {
  this.timeout(180000);

  it('rule settings of a configuration: each rule at its own severity, "off" rules silent, messages their own', async () => {
    const dir = project({ 'vm.xml': vm('m') });
    const r = await runCli(['-f', 'json', '--no-probe', 'vm.xml'], { cwd: dir });
    expect(r.stderr).to.equal('');
    expect(r.code).to.equal(1);
    expect(findings(r.stdout).severities).to.deep.equal(CONFIGURED);
    const [res] = JSON.parse(r.stdout) as JsonResult[];
    const e1000 = rangeOf(vm('m'), 'e1000');
    for (const m of res!.messages) expect([m.line, m.column], m.ruleId).to.deep.equal([e1000.line, e1000.column]);
    expect(res!.messages.find((m) => m.ruleId === 'constructor/constructor')?.message).to.equal('other-constructor saw e1000');
    expect(res!.messages.find((m) => m.ruleId === 'acme/toString')?.message).to.equal('toString saw e1000');
  });

  it('--rule sets them over the configuration; a rule the plugin lacks is an error naming it', async () => {
    const dir = project({ 'vm.xml': vm('m') });
    const r = await runCli(['-f', 'json', '--no-probe', '--rule', 'acme/constructor:off', '--rule', 'acme/valueOf:error', '--rule', 'toString/constructor:["error"]', '--rule', 'constructor/valueOf:warn', 'vm.xml'], { cwd: dir });
    expect(r.stderr).to.equal('');
    const { 'acme/constructor': _off, ...rest } = CONFIGURED;
    expect(findings(r.stdout).severities).to.deep.equal({ ...rest, 'acme/valueOf': 2, 'toString/constructor': 2, 'constructor/valueOf': 1 });
    for (const [flag, why] of [
      ['acme/__proto__:error', "plugin 'acme' (loaded by"],
      ['acme/toLocaleString:error', "has no rule 'toLocaleString'"],
      ['valueOf/constructor:error', "plugin 'valueOf' is not loaded by the configuration"],
    ] as const) {
      const bad = await runCli(['--no-probe', '--rule', flag, 'vm.xml'], { cwd: dir });
      expect(bad.code, flag).to.equal(2);
      expect(bad.stderr, flag).to.contain(`--rule ${flag.slice(0, flag.indexOf(':'))}: unknown rule; `);
      expect(bad.stderr, flag).to.contain(why);
    }
  });

  it('inline disables name them like any rule; a bare member name or acme/__proto__ is an unknown rule', async () => {
    const extra = `    <interface type='network'>
      <source network='default'/>
      <!-- virtlint-disable-next-line acme/constructor, toString/valueOf, hasOwnProperty/constructor -->
      <model type='rtl8139'/>
    </interface>
    <!-- virtlint-disable-next-line constructor, acme/__proto__, acme/valueOf -->
    <memballoon model='virtio'/>
`;
    const text = vm('d', extra);
    const dir = project({ 'vm.xml': text });
    const r = await runCli(['-f', 'json', '--no-probe', 'vm.xml'], { cwd: dir });
    const disabled = findings(r.stdout, rangeOf(text, 'rtl8139').line).severities;
    const { 'acme/constructor': _a, 'toString/valueOf': _b, 'hasOwnProperty/constructor': _c, ...rest } = CONFIGURED;
    expect(disabled).to.deep.equal(rest);
    // The first NIC is not under the comment: all its findings stay.
    expect(findings(r.stdout, rangeOf(text, 'e1000').line).severities).to.deep.equal(CONFIGURED);
    expect(findings(r.stdout).unused).to.deep.equal([
      "virtlint comment names 'constructor', which is not a virtlint rule (see virtlint --list-rules)",
      "virtlint comment names 'acme/__proto__', which is not a virtlint rule (see virtlint --list-rules)",
      "Unused virtlint-disable-next-line comment: 'acme/valueOf' reported no problem here",
    ]);
  });

  it('every formatter shows them; SARIF describes each and its results point at their own descriptor', async () => {
    const dir = project({ 'vm.xml': vm('f') });
    for (const format of ['stylish', 'github', 'junit']) {
      const r = await runCli(['-f', format, '--no-probe', 'vm.xml'], { cwd: dir });
      expect(r.code, format).to.equal(1);
      for (const id of Object.keys(CONFIGURED)) expect(r.stdout, `${format}: ${id}`).to.contain(id);
      expect(r.stdout, format).to.not.match(/\[native code\]|\[object Object\]/);
    }
    const r = await runCli(['-f', 'sarif', '--no-probe', 'vm.xml'], { cwd: dir });
    const run = (JSON.parse(r.stdout) as Sarif.Log).runs[0]!;
    const rules = run.tool.driver.rules ?? [];
    for (const m of MEMBERS) {
      const d = rules.find((x) => x.id === `acme/${m}`);
      expect(d?.helpUri, m).to.equal(`https://acme.example/${m}`);
      expect(d?.shortDescription?.text, m).to.equal(`Each NIC <model> (${m})`);
    }
    expect(rules.find((x) => x.id === 'toString/valueOf')?.helpUri).to.equal('https://acme.example/other-valueOf');
    const results = run.results ?? [];
    expect(results.map((x) => x.ruleId).sort()).to.deep.equal(Object.keys(CONFIGURED).sort());
    for (const x of results) expect(rules[x.ruleIndex as number]?.id, x.ruleId).to.equal(x.ruleId);
  });

  it('worker threads load them like the main thread; --list-rules lists them', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`vms/vm${String(i).padStart(2, '0')}.xml`] = vm(`vm${i}`);
    const dir = project(files);
    const two = spawnCli(['-f', 'json', '--no-probe', '--concurrency', '2', 'vms'], { cwd: dir });
    const one = spawnCli(['-f', 'json', '--no-probe', '--concurrency', '1', 'vms'], { cwd: dir });
    expect(two.stderr).to.equal('');
    expect(two.stdout).to.equal(one.stdout);
    const results = JSON.parse(two.stdout) as JsonResult[];
    expect(results).to.have.length(12);
    for (const res of results) expect(findings(JSON.stringify([res])).severities, res.filePath).to.deep.equal(CONFIGURED);
    const list = (await runCli(['--list-rules'], { cwd: dir })).stdout.split('\n');
    for (const id of [...MEMBERS.map((m) => `acme/${m}`), 'constructor/valueOf', 'hasOwnProperty/constructor']) {
      expect(list.find((l) => l.startsWith(`${id} `)), id).to.match(/warning\s+fix\s+Each NIC <model> \(/);
    }
  });

  it('the language server publishes them with their docs links and hover lists them', async () => {
    const text = vm('lsp');
    const dir = project();
    const { client } = await TestLspClient.start({ probe: false }, { rootUri: pathToFileURL(dir).href });
    try {
      writeTree(dir, { 'vm.xml': text });
      const uri = pathToFileURL(path.join(dir, 'vm.xml')).href;
      const published = client.nextDiagnostics(uri);
      await client.open(uri, text);
      const diagnostics = (await published).diagnostics;
      const severities = Object.fromEntries(diagnostics.map((d) => [String(d.code), d.severity === 1 ? 2 : 1]));
      expect(severities).to.deep.equal(CONFIGURED);
      expect(diagnostics.find((d) => d.code === 'acme/hasOwnProperty')?.codeDescription?.href).to.equal('https://acme.example/hasOwnProperty');
      const e1000 = rangeOf(text, 'model');
      const h = await client.hover(uri, { line: e1000.line - 1, character: e1000.column - 1 });
      const shown = (h?.contents as MarkupContent | undefined)?.value ?? '';
      // The description is literal Markdown text (red-team-4): unescaped, `<model>` was an HTML tag VS Code dropped.
      expect(shown).to.contain('[`acme/constructor`](https://acme.example/constructor): Each NIC \\<model\\> \\(constructor\\)');
      expect(shown).to.contain('[`constructor/valueOf`](https://acme.example/other-valueOf)');
      expect(await client.stop()).to.equal(0);
    } finally {
      client.kill();
    }
  });

  it('the API: pluginRules gives them as own keys, lintText runs them with rule settings', async () => {
    const plugin = ((await import(pathToFileURL(path.join(project(), 'plugins/acme.mjs')).href)) as { default: object }).default;
    const rules = pluginRules('acme', plugin);
    expect(Object.keys(rules)).to.deep.equal([...MEMBERS]);
    for (const m of MEMBERS) expect(Object.hasOwn(rules, m) && rules[m]?.meta.id, m).to.equal(`acme/${m}`);
    const ruleSet = ruleSetWithPlugins({ acme: plugin, constructor: plugin });
    const r = await lintText(vm('api'), { ruleSet, rules: { 'acme/toString': 'error', 'acme/constructor': 'off', 'constructor/valueOf': ['error'] } });
    const got = Object.fromEntries(r.diagnostics.filter((d) => d.ruleId.includes('/')).map((d) => [d.ruleId, d.severity]));
    expect(got).to.deep.equal({
      ...Object.fromEntries(MEMBERS.filter((m) => m !== 'constructor').map((m) => [`acme/${m}`, 'warning'])),
      ...Object.fromEntries(MEMBERS.filter((m) => m !== 'valueOf').map((m) => [`constructor/${m}`, 'warning'])),
      'acme/toString': 'error',
      'constructor/valueOf': 'error',
    });
  });
});

describe('plugins: __proto__ as a rule name or namespace is refused, naming the plugin and the rule', function () {
  this.timeout(120000);
  const rule = { meta: { description: 'd' }, check(): void {} };

  it('an own key __proto__ (defineProperty, Object.fromEntries, JSON.parse): a ConfigError, from the API', () => {
    const defined: Record<string, unknown> = { ok: rule };
    Object.defineProperty(defined, '__proto__', { value: rule, enumerable: true });
    const fromEntries = Object.fromEntries([['__proto__', rule]]);
    const parsed = Object.assign(JSON.parse('{"__proto__": 0}') as object, {});
    Object.defineProperty(parsed, '__proto__', { value: rule, enumerable: true });
    for (const rules of [defined, fromEntries, parsed]) {
      expect(() => ruleSetWithPlugins({ acme: { rules } })).to.throw(
        ConfigError,
        `plugins.acme.rules["__proto__"]: a rule name is letters, digits, '.', '_' and '-' (no '/'), starting with a letter or digit`,
      );
      expect(() => pluginRules('acme', { rules })).to.throw(ConfigError, 'plugins.acme.rules["__proto__"]');
    }
    expect(() => ruleSetWithPlugins(Object.fromEntries([['__proto__', { rules: { ok: rule } }]]))).to.throw(
      ConfigError,
      "plugins.__proto__: a plugin namespace is letters, digits, '.', '_' and '-' (optionally after '@'), starting with a letter or digit",
    );
  });

  it('{ __proto__: x } in an object literal sets a prototype: refused instead of a plugin or rule silently missing', () => {
    const literalRules = { __proto__: rule, ok: rule } as unknown as Record<string, unknown>;
    expect(() => ruleSetWithPlugins({ acme: { rules: literalRules } })).to.throw(
      ConfigError,
      "plugins.acme.rules: { __proto__: … } sets the object's prototype, it does not add a rule name '__proto__' (a rule name starts with a letter or digit)",
    );
    const literalPlugins = { __proto__: { rules: { ok: rule } } } as unknown as Record<string, object>;
    expect(() => ruleSetWithPlugins(literalPlugins)).to.throw(ConfigError, "plugins: { __proto__: … } sets the object's prototype, it does not add a plugin namespace '__proto__'");
    // Objects without Object.prototype are as good as plain ones.
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { constructor: rule });
    expect(ruleSetWithPlugins(Object.assign(Object.create(null) as Record<string, object>, { acme: { rules: bare } })).map((r) => r.meta.id)).to.include('acme/constructor');
  });

  it('from a configuration file: exit 2 naming the file, plugin and rule', async () => {
    const cases: [string, string][] = [
      [
        "const rules = { ok: R }; Object.defineProperty(rules, '__proto__', { value: R, enumerable: true }); export default [{ plugins: { acme: { rules } } }];",
        `virtlint.config.mjs: plugins.acme.rules["__proto__"]: a rule name is letters, digits, '.', '_' and '-' (no '/'), starting with a letter or digit`,
      ],
      ["export default [{ plugins: { acme: { rules: { __proto__: R } } } }];", "virtlint.config.mjs: plugins.acme.rules: { __proto__: … } sets the object's prototype"],
      ["export default [{ plugins: { __proto__: { rules: { ok: R } } } }];", "virtlint.config.mjs: [0].plugins: { __proto__: … } sets the object's prototype, it does not add a plugin namespace '__proto__'"],
      ["export default [{ plugins: Object.fromEntries([['__proto__', { rules: { ok: R } }]]) }];", "virtlint.config.mjs: plugins.__proto__: a plugin namespace is letters"],
    ];
    for (const [body, message] of cases) {
      const dir = pluginProject({ 'vm.xml': vm('e'), 'virtlint.config.mjs': `const R = { meta: { description: 'd' }, check() {} };\n${body}` });
      const r = await runCli(['--no-probe', 'vm.xml'], { cwd: dir });
      expect(r.code, body).to.equal(2);
      expect(r.stderr, body).to.contain(message);
    }
  });
});
