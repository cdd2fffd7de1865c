import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LintRunner, type LintOutcome } from '../../src/lsp/lint-runner.js';
import type { LintResult } from '../../src/types.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { tempDir, writeTree } from '../cli/tmp.js';
import { TestLspClient } from './client.js';

/**
 * The language server's lint thread with a plugin rule that never returns on some documents: the
 * run is stopped at the time limit, the finding names the rule (the lint thread writes which rule
 * runs in a WorkerStatus; was: `virtlint/internal`, "a rule that does not finish, e.g. in a
 * plugin?"), and the document is linted again without it, keeping its other findings (was: lost).
 * The real lint thread (dist), with a real configuration file that loads the plugin.
 */

const WORKER = pathToFileURL(path.join(REPO_ROOT, 'dist', 'src', 'lsp', 'lint-worker.js'));

const CONFIG = `
const loopsOn = (prefix) => ({ meta: { description: 'never returns on a domain named ' + prefix + '…' }, check(domain) { if (domain.name?.value.startsWith(prefix)) for (;;); } });
export default [{
  plugins: { p: { meta: { name: 'virtlint-plugin-p', version: '2.0.0' }, rules: {
    // Runs before \`loop\` and leaves a microtask that loops once the rules are done: no rule is running then.
    late: { meta: { description: 'loops after its check, on a domain named loop-late' }, check(domain) { if (domain.name?.value === 'loop-late') queueMicrotask(() => { for (;;); }); } },
    loop: loopsOn('loop'),
    again: loopsOn('loop-t'),
    third: loopsOn('loop-three'),
    seen: { meta: { description: 'reports every domain' }, check(domain, context) { context.report({ range: domain.name.range, message: 'seen ' + domain.name.value }); } },
  } } },
  rules: { 'p/late': 'error', 'p/loop': 'error', 'p/again': 'error', 'p/third': 'error', 'p/seen': 'warn' },
}];
`;
const RULES = { 'p/late': 'error', 'p/loop': 'error', 'p/again': 'error', 'p/third': 'error', 'p/seen': 'warn' } as const;

/** Well above a fresh lint thread's first run (module and grammar load, the configuration's import) on a loaded machine. */
const LIMIT_MS = 3000;

/** A domain with an element the grammar refuses and a finding of a core rule. */
const document = (name: string, before = ''): string =>
  `${before}<domain type='kvm'><name>${name}</name><memory>524288</memory><bogus/><os><type>hvm</type></os><devices><disk type='file' device='disk'><driver name='qemu' ioeventfd='on'/><source file='/x'/><target dev='sda' bus='sata'/></disk></devices></domain>\n`;

const relinted = (rule: string): string =>
  `The rule p/${rule} from plugin 'p' (virtlint-plugin-p 2.0.0) did not finish within 3 s and was stopped; the file was checked again without it (report this to the plugin's authors; the lintTimeoutMs setting sets the limit)`;

describe('lsp: a plugin rule stopped by the time limit is named, and the document linted again without it', function () {
  this.timeout(120000);
  let dir: string;
  let configFile: string;
  let runner: LintRunner;

  before(() => {
    dir = tempDir('virtlint-lsp-stopped-');
    configFile = path.join(dir, 'virtlint.config.mjs');
    writeTree(dir, { 'virtlint.config.mjs': CONFIG });
  });
  beforeEach(() => {
    runner = new LintRunner(WORKER, LIMIT_MS);
  });
  afterEach(async () => {
    await runner.dispose();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const lint = (name: string, text: string): Promise<LintOutcome> =>
    runner.lint({ key: name, text, filePath: path.join(dir, `${name}.xml`), config: { configFile, ignored: false, rules: RULES, settings: {} }, pluginConfigFile: configFile });
  const resultOf = (o: LintOutcome): LintResult => {
    expect('result' in o, JSON.stringify(o)).to.equal(true);
    return (o as { result: LintResult }).result;
  };

  it("the finding names the rule, and the schema error, the core rule's finding and the other plugin rule's finding are kept (was: virtlint/internal alone)", async () => {
    const result = resultOf(await lint('loop', document('loop')));
    expect(result.diagnostics.map((d) => d.ruleId)).to.deep.equal(['virtlint/rule-crashed', 'p/seen', 'schema/unexpected-element', 'ioeventfd-requires-virtio']);
    expect(result.diagnostics[0]).to.include({ severity: 'error', message: relinted('loop') });
    expect(runner.workersStarted, 'linted again in a fresh thread').to.equal(2);
    // The thread goes on with the next document as usual.
    expect(resultOf(await lint('fine', document('fine'))).diagnostics.map((d) => d.ruleId)).to.deep.equal(['p/seen', 'schema/unexpected-element', 'ioeventfd-requires-virtio']);
  });

  it('a disable comment for the stopped rule is not reported as unused; one for a rule that ran and reported nothing is', async () => {
    const result = resultOf(await lint('loop', document('loop', '<!-- virtlint-disable p/loop, p/third -->\n')));
    expect(result.diagnostics.filter((d) => d.ruleId === 'virtlint/unused-disable').map((d) => d.message)).to.deep.equal(["Unused virtlint-disable comment: 'p/third' reported no problem here"]);
  });

  it('two rules stopped: both named, the other findings kept; a third gives up with the findings naming the three', async () => {
    const two = resultOf(await lint('loop-two', document('loop-two')));
    expect(two.diagnostics.map((d) => d.message).slice(0, 3)).to.deep.equal([relinted('loop'), relinted('again'), 'seen loop-two']);
    const three = resultOf(await lint('loop-three', document('loop-three')));
    expect(three.diagnostics.map((d) => d.message)).to.deep.equal([
      relinted('loop'),
      relinted('again'),
      "The rule p/third from plugin 'p' (virtlint-plugin-p 2.0.0) did not finish within 3 s and was stopped: the file's other findings are lost (report this to the plugin's authors; the lintTimeoutMs setting sets the limit)",
    ]);
  });

  it("virtlint's own step stopped in the lint without the rule (no rule running: nothing more to turn off): the finding naming the stopped rule is kept, with the time-out", async () => {
    const result = resultOf(await lint('loop-late', document('loop-late')));
    expect(result.diagnostics.map((d) => [d.ruleId, d.message])).to.deep.equal([
      ['virtlint/rule-crashed', relinted('loop')],
      ['virtlint/internal', 'Checking this file took longer than 3 s and was stopped: its findings are lost (the lintTimeoutMs setting sets the limit)'],
    ]);
  });

  it('through the server: the published diagnostics name the stopped rule and keep the others', async () => {
    const { client } = await TestLspClient.start({ debounceMs: 0, lintTimeoutMs: LIMIT_MS }, { rootUri: pathToFileURL(dir).href });
    try {
      const uri = pathToFileURL(path.join(dir, 'served.xml')).href;
      const published = client.nextDiagnostics(uri, () => true, 60000);
      await client.open(uri, document('loop-served'));
      const diagnostics = (await published).diagnostics;
      expect(diagnostics.map((d) => d.code)).to.deep.equal(['virtlint/rule-crashed', 'p/seen', 'schema/unexpected-element', 'ioeventfd-requires-virtio']);
      expect(diagnostics[0]?.message).to.equal(relinted('loop'));
      expect(await client.stop()).to.equal(0);
    } finally {
      client.kill();
    }
  });

  it('a newer version of the document cancels its run while it is linted again without the rule', async () => {
    const old = lint('loop', document('loop'));
    // Past the first stop (the limit), into the lint again.
    const deadline = Date.now() + 60000;
    while (runner.workersStarted < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300));
    const newer = lint('loop', document('fine'));
    const first = await old;
    expect('cancelled' in first || ('result' in first && first.result.diagnostics[0]?.message === relinted('loop')), JSON.stringify(first)).to.equal(true);
    expect(resultOf(await newer).diagnostics.map((d) => d.ruleId)).to.deep.equal(['p/seen', 'schema/unexpected-element', 'ioeventfd-requires-virtio']);
  });
});
