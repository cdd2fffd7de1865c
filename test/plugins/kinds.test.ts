/**
 * Plugin rules of every kind of document virtlint's own rules check, not only `<domain>`: a rule's
 * `meta.document` decides which documents it runs on and which model its `check` reads, and its
 * `meta.reportsOn` places it for hover, as for a bundled rule. Through the CLI (worker threads, as
 * every run with plugins), the API, RuleTester and the language server; and the configuration errors
 * of a kind or a reportsOn virtlint does not know.
 */
import { expect } from 'chai';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { grammarIndexFor, type GrammarIndex } from '../../src/grammar/index.js';
import { definePlugin, definePluginRule, lintText, pluginRules, RuleTester, ruleSetWithPlugins, type Plugin, type RuleContext, type RuleDocumentKind, type Span } from '../../src/index.js';
import { hover } from '../../src/lsp/hover.js';
import { ruleDocument, type Rule } from '../../src/rule.js';
import type { DocumentKind } from '../../src/types.js';
import { runCli, spawnCli } from '../cli/run-cli.js';
import { writeTree } from '../cli/tmp.js';
import { TestLspClient } from '../lsp/client.js';
import { at, type JsonMessage, type JsonResult, pluginProject, rangeOf, vm } from './project.js';

/**
 * A plugin with a rule of `<network>` documents (`bridge-name`: a bridge not named `virbr*`, at the
 * name's value, placed by reportsOn on `<bridge name>`) and one of storage `<pool>` documents
 * (`pool-path`: a target path outside /srv, at the path's text).
 */
const LAB = `
export default {
  meta: { name: 'virtlint-plugin-lab', version: '1.0.0' },
  rules: {
    'bridge-name': {
      meta: { description: 'Bridges with names outside the lab prefix', document: 'network', reportsOn: ['network/bridge@name'], docs: 'https://lab.example/bridge-name' },
      check(network, context) {
        const name = network.bridge?.name;
        if (name && !name.value.startsWith('virbr')) context.report({ range: name.range, message: 'bridge ' + name.value + ' of network ' + network.name?.value });
      },
    },
    'pool-path': {
      meta: { description: 'Pools outside /srv', document: 'pool', reportsOn: ['pool/target/path'] },
      check(pool, context) {
        const p = pool.target?.path;
        if (p && !p.value.startsWith('/srv/')) context.report({ range: p.range, message: 'pool path ' + p.value });
      },
    },
  },
};
`;

const NETWORK = `<network>
  <name>lab</name>
  <bridge name='br-lab'/>
  <ip address='192.168.77.1' prefix='24'/>
</network>
`;

const POOL = `<pool type='dir'>
  <name>images</name>
  <target>
    <path>/var/lib/images</path>
  </target>
</pool>
`;

const plugins = (r: JsonResult | undefined): JsonMessage[] => (r?.messages ?? []).filter((m) => m.ruleId.startsWith('lab/') || m.ruleId.startsWith('acme/'));

/** The acme plugin of project.ts (domain rules) beside the lab plugin (network and pool rules). */
const CONFIG = `
import acme from './plugins/acme.mjs';
import lab from './plugins/lab.mjs';
export default [{ plugins: { acme, lab }, rules: { 'lab/bridge-name': 'error' } }];
`;

describe('plugins: rules of other documents than <domain> (meta.document)', function () {
  this.timeout(120000);

  it('CLI JSON: a network rule reports on the network, a pool rule on the pool, neither on the domain; domain rules not on the others', async () => {
    const text = vm('web');
    const dir = pluginProject({ 'plugins/lab.mjs': LAB, 'virtlint.config.mjs': CONFIG, 'net.xml': NETWORK, 'pool.xml': POOL, 'vm.xml': text });
    const r = await runCli(['-f', 'json', 'net.xml', 'pool.xml', 'vm.xml'], { cwd: dir });
    expect(r.stderr).to.equal('');
    const results = JSON.parse(r.stdout) as JsonResult[];
    const of = (f: string): JsonResult | undefined => results.find((x) => path.basename(x.filePath) === f);
    const net = plugins(of('net.xml'));
    expect(net.map((m) => [m.ruleId, m.severity, m.message])).to.deep.equal([['lab/bridge-name', 2, 'bridge br-lab of network lab']]);
    expect(net.map(at)).to.deep.equal([rangeOf(NETWORK, 'br-lab')]);
    const pool = plugins(of('pool.xml'));
    expect(pool.map((m) => [m.ruleId, m.severity, m.message])).to.deep.equal([['lab/pool-path', 1, 'pool path /var/lib/images']]);
    expect(pool.map(at)).to.deep.equal([rangeOf(POOL, '/var/lib/images')]);
    // The domain gets its own plugin rules' findings and none of the network's or pool's.
    expect(plugins(of('vm.xml')).map((m) => m.ruleId)).to.deep.equal(['acme/no-serial', 'acme/nic-model']);
    expect(r.code).to.equal(1);
  });

  it('a network rule that never returns is stopped like a domain one: the network is linted again without it, keeping the other rules’ findings (exit 1)', () => {
    const loops = `export default { meta: { name: 'virtlint-plugin-loops', version: '1.0.0' }, rules: {
      forever: { meta: { description: 'never returns on a network named lab', document: 'network' }, check(network) { if (network.name?.value === 'lab') for (;;) {} } },
    } };`;
    const config = "import lab from './plugins/lab.mjs'; import loops from './plugins/loops.mjs'; export default [{ plugins: { lab, loops } }];";
    const dir = pluginProject({ 'plugins/lab.mjs': LAB, 'plugins/loops.mjs': loops, 'virtlint.config.mjs': config, 'net.xml': NETWORK, 'other.xml': NETWORK.replace('<name>lab<', '<name>lab2<') });
    // 5 s, as test/cli/lint-timeout's limit: a fresh worker on a loaded machine must finish the other file within it.
    const r = spawnCli(['-f', 'json', '--lint-timeout', '5', 'net.xml', 'other.xml'], { cwd: dir });
    expect(r.code, r.stderr).to.equal(1);
    const results = JSON.parse(r.stdout) as JsonResult[];
    const [net, other] = ['net.xml', 'other.xml'].map((f) => results.find((x) => path.basename(x.filePath) === f)!);
    expect(net!.messages.filter((m) => m.ruleId === 'virtlint/rule-crashed').map((m) => m.message)).to.deep.equal([
      "The rule loops/forever from plugin 'loops' (virtlint-plugin-loops 1.0.0) did not finish within 5 s and was stopped; the file was checked again without it (report this to the plugin's authors; --lint-timeout sets the limit)",
    ]);
    expect(plugins(net).map((m) => m.message)).to.deep.equal(['bridge br-lab of network lab']);
    expect(other!.messages.map((m) => m.ruleId).filter((id) => id.startsWith('lab/') || id.startsWith('virtlint/'))).to.deep.equal(['lab/bridge-name']);
  });

  it('--list-rules and an inline disable treat a network plugin rule like any rule', async () => {
    const dir = pluginProject({ 'plugins/lab.mjs': LAB, 'virtlint.config.mjs': CONFIG, 'net.xml': NETWORK.replace('  <bridge', '  <!-- virtlint-disable-next-line lab/bridge-name -->\n  <bridge') });
    const list = await runCli(['--list-rules'], { cwd: dir });
    expect(list.stdout.split('\n').find((l) => l.startsWith('lab/bridge-name '))).to.match(/warning\s+Bridges with names outside the lab prefix$/);
    const r = await runCli(['-f', 'json', 'net.xml'], { cwd: dir });
    const [res] = JSON.parse(r.stdout) as JsonResult[];
    expect(res!.messages.filter((m) => m.ruleId.startsWith('lab/') || m.ruleId === 'virtlint/unused-disable')).to.deep.equal([]);
  });

  it('runs each kind’s rule on that kind only, handing it that kind’s model (lintText)', async () => {
    const kinds: readonly RuleDocumentKind[] = ['domain', 'network', 'pool', 'volume', 'secret', 'filter'];
    // One rule per kind, reporting at the root's name with the tag of the model it was given.
    const rules = Object.fromEntries(
      kinds.map((kind) => [
        `seen-${kind}`,
        {
          meta: { description: `sees ${kind}`, ...(kind === 'domain' ? {} : { document: kind }) },
          check: (model: Span, context: RuleContext) => context.report({ range: model.nameRange, message: `${kind} rule saw <${model.tag}>` }),
        },
      ]),
    );
    const ruleSet = ruleSetWithPlugins({ kinds: { rules } as Plugin });
    const documents: Record<RuleDocumentKind, string> = {
      domain: vm('k'),
      network: NETWORK,
      pool: POOL,
      volume: `<volume><name>v.img</name><capacity unit='G'>1</capacity></volume>`,
      secret: `<secret ephemeral='no' private='yes'><usage type='volume'><volume>/var/lib/v.img</volume></usage></secret>`,
      filter: `<filter name='f'><rule action='accept' direction='in'><ip srcipaddr='10.0.0.1'/></rule></filter>`,
    };
    for (const kind of kinds) {
      const { diagnostics } = await lintText(documents[kind], { ruleSet });
      const seen = diagnostics.filter((d) => d.ruleId.startsWith('kinds/'));
      const root = kind === 'filter' ? 'filter' : kind;
      expect(seen.map((d) => [d.ruleId, d.message]), kind).to.deep.equal([[`kinds/seen-${kind}`, `${kind} rule saw <${root}>`]]);
      expect(seen[0]!.range.start.offset, kind).to.equal(1); // the root's name, after '<'
    }
    expect(ruleSet.filter((r) => r.meta.id.startsWith('kinds/')).map((r) => [r.meta.id, ruleDocument(r)])).to.deep.equal(kinds.map((k) => [`kinds/seen-${k}`, k]));
  });

  it('configuration errors: an unknown meta.document names the kinds; a malformed meta.reportsOn names the entry (exit 2)', async () => {
    const cases: [string, string][] = [
      [
        "export default [{ plugins: { lab: { rules: { x: { meta: { description: 'd', document: 'nwfilter' }, check() {} } } } } }];",
        `plugins.lab.rules["x"].meta.document: 'nwfilter' is not a kind of document rules check; expected one of 'domain', 'network', 'pool', 'volume', 'secret', 'filter' (the root element's name: a network filter's is 'filter')`,
      ],
      ["export default [{ plugins: { lab: { rules: { x: { meta: { description: 'd', document: 2 }, check() {} } } } } }];", `plugins.lab.rules["x"].meta.document: number is not a kind of document rules check`],
      ["export default [{ plugins: { lab: { rules: { x: { meta: { description: 'd', document: 'domainsnapshot' }, check() {} } } } } }];", `meta.document: 'domainsnapshot' is not a kind of document rules check`],
      ["export default [{ plugins: { lab: { rules: { x: { meta: { description: 'd', document: 'network', reportsOn: 'bridge@name' }, check() {} } } } } }];", `plugins.lab.rules["x"].meta.reportsOn: expected an array of paths like 'dhcp/range@start'`],
      [
        "export default [{ plugins: { lab: { rules: { x: { meta: { description: 'd', document: 'network', reportsOn: ['bridge@name', 'ip/@address'] }, check() {} } } } } }];",
        `plugins.lab.rules["x"].meta.reportsOn[1]: 'ip/@address' is not a path like 'dhcp/range@start' (element names or *, separated by '/', then an optional @attribute or @*)`,
      ],
    ];
    for (const [config, message] of cases) {
      const dir = pluginProject({ 'net.xml': NETWORK, 'virtlint.config.mjs': config });
      const r = await runCli(['net.xml'], { cwd: dir });
      expect(r.code, config).to.equal(2);
      expect(r.stderr, config).to.contain(message);
    }
    // What the kinds' own grammar and bundled rules use is accepted: `*`, `@*`, a namespaced name.
    const ok = ruleSetWithPlugins({ lab: { rules: { x: { meta: { description: 'd', document: 'network', reportsOn: ['*/bridge@*', 'network/dnsmasq:options', 'ip'] }, check() {} } } } });
    expect(ok.find((r) => r.meta.id === 'lab/x')?.meta.reportsOn).to.deep.equal(['*/bridge@*', 'network/dnsmasq:options', 'ip']);
  });
});

describe('plugins: RuleTester on a network plugin rule', () => {
  // definePluginRule types `network` as the Network model (network.bridge would not compile on a Domain).
  const bridgeName = definePluginRule({
    meta: { description: 'Bridges named outside virbr*', document: 'network' },
    check(network, context) {
      const name = network.bridge?.name;
      if (name && !name.value.startsWith('virbr')) context.report({ range: name.range, message: `bridge ${name.value}` });
    },
  });
  const rules = pluginRules('lab', definePlugin({ rules: { 'bridge-name': bridgeName } }));
  it('is a network rule under its full id', () => {
    expect([rules['bridge-name']!.meta.id, ruleDocument(rules['bridge-name']!)]).to.deep.equal(['lab/bridge-name', 'network']);
  });
  new RuleTester().run(rules['bridge-name']!, {
    valid: [`<network><name>n</name><bridge name='virbr3'/></network>`, `<network><name>n</name></network>`],
    invalid: [{ code: NETWORK, errors: [{ message: 'bridge br-lab', near: "<bridge name='|br-lab'" }], output: null }],
  });
});

/** The rule ids a hover at the `|` of `marked` lists, with this rule set. */
function listed(kind: DocumentKind, marked: string, rules: readonly Rule[]): string[] {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const index = grammarIndexFor(undefined, kind) as GrammarIndex;
  const value = (hover(TextDocument.create('file:///t.xml', 'xml', 1, text), offset, index, rules)?.contents as MarkupContent | undefined)?.value ?? '';
  // `- [`id`](docs): …`, or `- `id`: …` for a rule without docs.
  return [...value.matchAll(/^- \[?`([^`]+)`/gm)].map((m) => m[1] as string);
}

describe('plugins: hover places a plugin rule of another kind by its meta.reportsOn', function () {
  this.timeout(60000);

  const bridge = (reportsOn?: readonly string[]): Rule[] =>
    ruleSetWithPlugins({ lab: { rules: { 'bridge-name': { meta: { description: 'Bridges named outside virbr*', document: 'network', ...(reportsOn ? { reportsOn } : {}) }, check() {} } } } }).filter((r) => r.meta.id.startsWith('lab/'));

  it('lists the rule on the element and attribute it names, and nowhere else (nor in a domain)', () => {
    const rules = bridge(['network/bridge@name']);
    expect(listed('network', `<network><name>n</name><bridge na|me='br0'/></network>`, rules)).to.deep.equal(['lab/bridge-name']);
    expect(listed('network', `<network><name>n</name><bri|dge name='br0'/></network>`, rules)).to.deep.equal(['lab/bridge-name']);
    expect(listed('network', `<network><name>n</name><bridge name='br0' s|tp='on'/></network>`, rules)).to.deep.equal([]);
    expect(listed('network', `<network><na|me>n</name></network>`, rules)).to.deep.equal([]);
    // A domain interface's <source bridge> is not a network's <bridge name>: the rule checks networks only.
    expect(listed('domain', `<domain type='kvm'><devices><interface type='bridge'><source bri|dge='br0'/></interface></devices></domain>`, rules)).to.deep.equal([]);
  });

  it('without reportsOn, its words place it (read as a domain rule’s would be), still in networks only', () => {
    // "bridge" in its description: listed on <bridge>, as the words of a rule without reportsOn are read.
    expect(listed('network', `<network><name>n</name><bri|dge name='br0'/></network>`, bridge())).to.deep.equal(['lab/bridge-name']);
    expect(listed('network', `<network><name>n</name><ip address='10.0.0.1' pre|fix='24'/></network>`, bridge())).to.deep.equal([]);
  });
});

describe('plugins: language server, a network plugin rule', function () {
  this.timeout(180000);
  let client: TestLspClient | undefined;

  afterEach(() => {
    client?.kill();
    client = undefined;
  });

  it('publishes its finding on the network with its docs link, and hover on <bridge name> lists it', async () => {
    const dir = pluginProject({ 'plugins/lab.mjs': LAB, 'virtlint.config.mjs': CONFIG });
    client = (await TestLspClient.start({}, { rootUri: pathToFileURL(dir).href })).client;
    writeTree(dir, { 'net.xml': NETWORK });
    const uri = pathToFileURL(path.join(dir, 'net.xml')).href;
    const next = client.nextDiagnostics(uri);
    await client.open(uri, NETWORK);
    const published: PublishDiagnosticsParams = await next;
    const r = rangeOf(NETWORK, 'br-lab');
    const range = { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.endLine - 1, character: r.endColumn - 1 } };
    const lab = published.diagnostics.filter((d) => String(d.code).startsWith('lab/') || String(d.code).startsWith('acme/'));
    expect(lab.map((d) => [d.code, d.message, d.range, d.codeDescription?.href])).to.deep.equal([['lab/bridge-name', 'bridge br-lab of network lab', range, 'https://lab.example/bridge-name']]);
    const onName = await client.hover(uri, { line: range.start.line, character: NETWORK.split('\n')[range.start.line]!.indexOf('name') + 1 });
    expect((onName?.contents as MarkupContent | undefined)?.value).to.contain('[`lab/bridge-name`](https://lab.example/bridge-name): Bridges with names outside the lab prefix');
    const onIp = await client.hover(uri, { line: 3, character: NETWORK.split('\n')[3]!.indexOf('prefix') + 1 });
    expect((onIp?.contents as MarkupContent | undefined)?.value ?? '').not.to.contain('lab/');
  });
});
