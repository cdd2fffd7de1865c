/**
 * The language server with a project whose virtlint.config.mjs loads a plugin: plugin findings are
 * published like built-in ones (code, docs link, range), inline disables apply, the plugin's fix is
 * offered as a quick fix, hover lists the plugin rule, and a JSON policy reports too.
 */
import { expect } from 'chai';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { writeTree } from '../cli/tmp.js';
import { TestLspClient } from '../lsp/client.js';
import { pluginProject, rangeOf, vm } from './project.js';

const lspRange = (text: string, needle: string, nth = 0): { start: { line: number; character: number }; end: { line: number; character: number } } => {
  const r = rangeOf(text, needle, nth);
  return { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.endLine - 1, character: r.endColumn - 1 } };
};

describe('plugins: language server', function () {
  this.timeout(180000);
  let client: TestLspClient | undefined;

  afterEach(() => {
    client?.kill();
    client = undefined;
  });

  async function open(dir: string, rel: string, text: string): Promise<{ uri: string; published: PublishDiagnosticsParams }> {
    writeTree(dir, { [rel]: text });
    const uri = pathToFileURL(path.join(dir, rel)).href;
    const c = client as TestLspClient;
    const next = c.nextDiagnostics(uri);
    await c.open(uri, text);
    return { uri, published: await next };
  }

  it('publishes plugin findings with their id, docs link and range; honours disables; offers the plugin fix; hover lists the rule', async () => {
    const extra = `    <interface type='network'>
      <source network='default'/>
      <!-- virtlint-disable-next-line acme/nic-model -->
      <model type='rtl8139'/>
    </interface>
`;
    const text = vm('lsp', extra);
    const dir = pluginProject();
    client = (await TestLspClient.start({}, { rootUri: pathToFileURL(dir).href })).client;
    const { uri, published } = await open(dir, 'vm.xml', text);

    const nic = published.diagnostics.filter((d) => d.code === 'acme/nic-model');
    expect(nic.map((d) => d.range)).to.deep.equal([lspRange(text, 'e1000')]);
    expect(nic[0]!.severity).to.equal(2); // configured "warn"
    expect(nic[0]!.codeDescription?.href).to.equal('https://acme.example/rules/nic-model');
    expect(nic[0]!.source).to.equal('virtlint');
    const serial = published.diagnostics.filter((d) => d.code === 'acme/no-serial');
    expect(serial.map((d) => d.range)).to.deep.equal([lspRange(text, 'serial')]);
    expect(serial[0]!.severity).to.equal(1);
    expect(published.diagnostics.some((d) => d.code === 'virtlint/unused-disable')).to.equal(false);

    const actions = ((await client.codeActions(uri, serial[0]!.range, serial)) ?? []) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Remove <serial>');
    expect(fix?.kind).to.equal('quickfix');
    const edits = fix?.edit?.documentChanges?.[0] as { edits: { newText: string }[] } | undefined;
    expect(edits?.edits.map((e) => e.newText)).to.deep.equal(['']);
    expect(actions.map((a) => a.title)).to.include('Disable acme/no-serial for this line');

    const h = await client.hover(uri, lspRange(text, 'model', 0).start);
    expect((h?.contents as MarkupContent | undefined)?.value).to.contain('[`acme/nic-model`](https://acme.example/rules/nic-model): Interface models outside the allow-list');
  });

  it('reports JSON policies at their attributes', async () => {
    const text = vm('lsp');
    const dir = pluginProject();
    writeTree(dir, {
      'policy/virtlint.config.json': JSON.stringify([{ rules: { policy: ['error', { name: 'nics', select: 'devices/interface/model@type', allow: ['virtio'] }] } }]),
    });
    client = (await TestLspClient.start({}, { rootUri: pathToFileURL(dir).href })).client;
    const { uri, published } = await open(dir, 'policy/vm.xml', text);
    const policy = published.diagnostics.filter((d) => d.code === 'policy');
    expect(policy.map((d) => [d.message, d.range])).to.deep.equal([["<model type> is 'e1000', which policy 'nics' does not allow (allowed: 'virtio')", lspRange(text, "type='e1000'")]]);
    expect(policy[0]!.codeDescription?.href).to.match(/docs\/rules\/policy\.md$/);
    // The nearest configuration (JSON) governs this document: no plugin rules here.
    expect(published.diagnostics.some((d) => String(d.code).startsWith('acme/'))).to.equal(false);
    // Hover links the policy to the attribute it selects, and not to others.
    const onModelType = await client.hover(uri, lspRange(text, "type='e1000'").start);
    expect((onModelType?.contents as MarkupContent | undefined)?.value).to.match(/\[`policy`\]\([^)]*docs\/rules\/policy\.md\): Site policies/);
    const onTargetBus = await client.hover(uri, lspRange(text, "bus='virtio'").start);
    expect((onTargetBus?.contents as MarkupContent | undefined)?.value).not.to.contain('`policy`');
  });

  it("hover lists policy by its configuration only, not by the word 'policy' in the document (<cpu><feature policy>)", async () => {
    const text = vm('lsp').replace('  <devices>', "  <cpu mode='custom'><model>qemu64</model><feature policy='require' name='vmx'/></cpu>\n  <devices>");
    const dir = pluginProject();
    writeTree(dir, { 'policy/virtlint.config.json': JSON.stringify([{ rules: { policy: ['error', { select: 'cpu/feature@policy', allow: ['require'] }] } }]) });
    writeTree(dir, { 'none/virtlint.config.json': JSON.stringify([{ rules: {} }]) });
    client = (await TestLspClient.start({}, { rootUri: pathToFileURL(dir).href })).client;
    const hoverOn = async (rel: string): Promise<string> => {
      const { uri } = await open(dir, rel, text);
      const h = await client!.hover(uri, lspRange(text, "policy='require'").start);
      return (h?.contents as MarkupContent | undefined)?.value ?? '';
    };
    expect(await hoverOn('none/vm.xml')).not.to.match(/\[`policy`\]\(/);
    expect(await hoverOn('policy/vm.xml')).to.match(/\[`policy`\]\([^)]*docs\/rules\/policy\.md\)/);
  });
});
