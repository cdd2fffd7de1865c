/**
 * The language server as an editor uses it: a child process speaking JSON-RPC over stdio.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import {
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  ExitNotification,
  type InitializeResult,
  type Position,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CLI, EXAMPLES } from '../helpers/paths.js';
import { SERVER_BIN, TestLspClient } from './client.js';

const SEED = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');
const NIC_E1000 = fs.readFileSync(path.join(EXAMPLES, 'nic-e1000-ioeventfd.xml'), 'utf8');

/** The seed document with its first disk moved to the IDE bus (ioeventfd stays on it). */
const IDE_DISK = SEED.replace("<target dev='vda' bus='virtio'/>", "<target dev='hda' bus='ide'/>").replace(
  "<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>\n    </disk>",
  '</disk>',
);

/** 0-based LSP position of the n-th occurrence of `needle` (plus `delta` characters). */
function positionOf(text: string, needle: string, delta = 0, nth = 1): Position {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`'${needle}' not in text`);
  const lines = text.slice(0, at + delta).split('\n');
  return { line: lines.length - 1, character: (lines[lines.length - 1] as string).length };
}

const items = (r: CompletionItem[] | CompletionList | null): CompletionItem[] => (r === null ? [] : Array.isArray(r) ? r : r.items);

/** Applies a code action's edit the way an editor does, returning the new text. */
function applyAction(text: string, uri: string, action: CodeAction): string {
  const changes = action.edit?.documentChanges ?? [];
  expect(changes).to.have.length(1);
  const change = changes[0] as { textDocument: { uri: string }; edits: TextEdit[] };
  expect(change.textDocument.uri).to.equal(uri);
  return TextDocument.applyEdits(TextDocument.create(uri, 'xml', 1, text), change.edits);
}

describe('lsp: end to end over stdio (node bin/virtlint-lsp.js --stdio)', function () {
  // Safety nets only: each server start compiles the grammar, which a loaded machine can make slow.
  this.timeout(180000);
  let client: TestLspClient;
  let init: InitializeResult;

  before(async () => {
    ({ client, init } = await TestLspClient.start());
  });
  after(() => client?.kill());

  it('announces its features in the initialize result', () => {
    expect(init.serverInfo?.name).to.equal('virtlint');
    expect(init.capabilities.codeActionProvider).to.deep.include({ codeActionKinds: ['quickfix', 'source.fixAll.virtlint'] });
    expect(init.capabilities.hoverProvider).to.equal(true);
    expect(init.capabilities.completionProvider?.triggerCharacters).to.include('<');
  });

  const IDE_URI = 'file:///work/vms/ide-disk.xml';
  let ideText = IDE_DISK;
  let ideDiagnostic: Diagnostic;

  it('publishes the ioeventfd error at the exact range of the attribute on open', async () => {
    const published = client.nextDiagnostics(IDE_URI);
    await client.open(IDE_URI, ideText);
    const p = await published;
    expect(p.version).to.equal(1);
    // Other rules may report other things in this document; this one reports exactly one finding.
    const ours = p.diagnostics.filter((x) => x.code === 'ioeventfd-requires-virtio');
    expect(ours).to.have.length(1);
    const d = ours[0] as Diagnostic;
    expect(p.diagnostics.filter((x) => x !== d && x.range.start.line === d.range.start.line)).to.deep.equal([]);
    // The attribute is on line 20 (1-based), columns 40..54: ioeventfd='on'.
    expect(d.range).to.deep.equal({ start: { line: 19, character: 39 }, end: { line: 19, character: 53 } });
    expect(d.range).to.deep.equal({ start: positionOf(ideText, "ioeventfd='on'"), end: positionOf(ideText, "ioeventfd='on'", "ioeventfd='on'".length) });
    expect(d.severity).to.equal(1); // Error
    expect(d.code).to.equal('ioeventfd-requires-virtio');
    expect(d.source).to.equal('virtlint');
    expect(d.codeDescription?.href).to.match(/docs\/rules\/ioeventfd-requires-virtio\.md$/);
    expect(d.message).to.contain("bus 'ide'");
    ideDiagnostic = d;
  });

  it('offers the fix (remove ioeventfd) and the disable comment for the disk error; the fix removes only the attribute', async () => {
    const actions = (await client.codeActions(IDE_URI, ideDiagnostic.range, [ideDiagnostic])) as CodeAction[];
    expect(actions.map((a) => a.title)).to.deep.equal(["Remove ioeventfd='on'", 'Disable ioeventfd-requires-virtio for this line', 'Fix all virtlint problems']);
    expect(actions[0]?.isPreferred).to.equal(true);
    const fixed = applyAction(ideText, IDE_URI, actions[0] as CodeAction).split('\n');
    expect(fixed[19]).to.equal("      <driver name='qemu' type='qcow2'/>");
    expect(fixed.length).to.equal(ideText.split('\n').length);
  });

  it('applying the disable comment for the disk error inserts a well-placed comment', async () => {
    const actions = (await client.codeActions(IDE_URI, ideDiagnostic.range, [ideDiagnostic])) as CodeAction[];
    const action = actions.find((a) => a.title === 'Disable ioeventfd-requires-virtio for this line') as CodeAction;
    expect(action.kind).to.equal('quickfix');
    const next = applyAction(ideText, IDE_URI, action);
    const lines = next.split('\n');
    expect(lines[19]).to.equal('      <!-- virtlint-disable-next-line ioeventfd-requires-virtio -->');
    expect(lines[20]).to.equal("      <driver name='qemu' type='qcow2' ioeventfd='on'/>");
    expect(lines.length).to.equal(ideText.split('\n').length + 1);
  });

  it('completes attributes inside a disk <driver>: ioeventfd, replacing what is typed', async () => {
    // Type " ioev" into the cdrom's <driver name='qemu' type='raw'/>, as an editor sends it.
    const at = positionOf(ideText, "type='raw'", "type='raw'".length);
    await client.change(IDE_URI, [{ range: { start: at, end: at }, text: ' ioev' }]);
    ideText = TextDocument.applyEdits(TextDocument.create(IDE_URI, 'xml', 1, ideText), [{ range: { start: at, end: at }, newText: ' ioev' }]);
    const cursor = { line: at.line, character: at.character + 5 };
    const list = items(await client.completion(IDE_URI, cursor));
    const io = list.find((i) => i.label === 'ioeventfd');
    expect(io, list.map((i) => i.label).join(' ')).to.not.equal(undefined);
    expect(io!.textEdit).to.deep.include({ range: { start: { line: at.line, character: at.character + 1 }, end: cursor } });
    // Snippet with the values as a choice, in the document's quote style.
    expect((io!.textEdit as TextEdit).newText).to.equal("ioeventfd='${1|on,off|}'$0");
    expect(io!.detail).to.equal("'on' | 'off'");
    // The disk driver's attributes, not the interface driver's.
    const labels = list.map((i) => i.label);
    expect(labels).to.include.members(['cache', 'io', 'discard']);
    expect(labels).to.not.include.members(['txmode', 'rx_queue_size']);
    // Attributes already written are not offered again.
    expect(labels).to.not.include.members(['name', 'type']);
  });

  it('completes the values on/off inside the ioeventfd value', async () => {
    const start = positionOf(ideText, "type='raw' ioev", "type='raw' ".length);
    const typed = "ioeventfd=''";
    const range = { start, end: { line: start.line, character: start.character + 4 } };
    await client.change(IDE_URI, [{ range, text: typed }]);
    ideText = TextDocument.applyEdits(TextDocument.create(IDE_URI, 'xml', 1, ideText), [{ range, newText: typed }]);
    const inValue = positionOf(ideText, "ioeventfd=''", "ioeventfd='".length);
    const list = items(await client.completion(IDE_URI, inValue));
    expect(list.map((i) => i.label)).to.deep.equal(['on', 'off']);
    expect(list[0]!.textEdit).to.deep.equal({ range: { start: inValue, end: inValue }, newText: 'on' });
  });

  it('completes the bus values inside a disk <target>', async () => {
    const inBus = positionOf(ideText, "bus='ide'", "bus='".length);
    const list = items(await client.completion(IDE_URI, inBus));
    expect(list.map((i) => i.label)).to.include.members(['virtio', 'ide', 'sata', 'scsi', 'usb', 'fdc']);
    // The whole current value is replaced.
    expect(list[0]!.textEdit).to.deep.include({ range: { start: inBus, end: { line: inBus.line, character: inBus.character + 3 } } });
  });

  it('hover on ioeventfd tells the values and the rules that concern it', async () => {
    const h = await client.hover(IDE_URI, positionOf(ideText, "ioeventfd='on'", 2));
    const value = (h?.contents as { value: string }).value;
    expect(value).to.contain("`ioeventfd` attribute of `<driver>` in `<disk>`");
    expect(value).to.contain("'on' | 'off'");
    expect(value).to.contain('[`ioeventfd-requires-virtio`](');
    expect(h?.range).to.deep.equal({ start: positionOf(ideText, "ioeventfd='on'"), end: positionOf(ideText, "ioeventfd='on'", 'ioeventfd'.length) });
  });

  it('clears the diagnostic when the disk moves to virtio (the empty ioeventfd value is a schema error meanwhile)', async () => {
    // The cdrom's ioeventfd='' is not a valid value: first finish it as an editor would.
    const empty = positionOf(ideText, "ioeventfd=''", "ioeventfd='".length);
    await client.change(IDE_URI, [{ range: { start: empty, end: empty }, text: 'off' }]);
    ideText = TextDocument.applyEdits(TextDocument.create(IDE_URI, 'xml', 1, ideText), [{ range: { start: empty, end: empty }, newText: 'off' }]);
    const bus = positionOf(ideText, "bus='ide'/>", "bus='".length);
    const range = { start: bus, end: { line: bus.line, character: bus.character + 3 } };
    const version = await client.change(IDE_URI, [{ range, text: 'virtio' }]);
    const p = await client.nextDiagnostics(IDE_URI, (x) => x.version === version);
    // Only the cdrom's ioeventfd on an IDE bus remains: the first disk's error is gone.
    const ours = p.diagnostics.filter((d) => d.code === 'ioeventfd-requires-virtio');
    expect(ours.map((d) => d.range)).to.deep.equal([
      { start: positionOf(ideText, "ioeventfd='off'"), end: positionOf(ideText, "ioeventfd='off'", "ioeventfd='off'".length) },
    ]);
    expect(p.diagnostics.map((d) => d.code)).to.not.include('xml/not-well-formed');
    // Never publishes an older version after a newer one.
    const versions = client.published.filter((x) => x.uri === IDE_URI).map((x) => x.version ?? 0);
    expect(versions).to.deep.equal([...versions].sort((a, b) => a - b));
  });

  const NIC_URI = 'file:///work/vms/nic-e1000.xml';

  it('applies the fix of the e1000 warning through a code action, and the warning goes away', async () => {
    const published = client.nextDiagnostics(NIC_URI);
    await client.open(NIC_URI, NIC_E1000);
    const p = await published;
    const ours = p.diagnostics.filter((x) => x.code === 'ioeventfd-requires-virtio');
    expect(ours.map((x) => x.severity)).to.deep.equal([2]); // one warning
    const d = ours[0] as Diagnostic;
    expect(d.range).to.deep.equal({ start: positionOf(NIC_E1000, "ioeventfd='off'"), end: positionOf(NIC_E1000, "ioeventfd='off'", "ioeventfd='off'".length) });
    const actions = (await client.codeActions(NIC_URI, d.range, [d])) as CodeAction[];
    expect(actions.map((a) => [a.title, a.kind])).to.deep.equal([
      ["Remove ioeventfd='off'", 'quickfix'],
      ['Disable ioeventfd-requires-virtio for this line', 'quickfix'],
      ['Fix all virtlint problems', 'source.fixAll.virtlint'],
    ]);
    expect((actions[0] as CodeAction).isPreferred).to.equal(true);
    const fixed = applyAction(NIC_E1000, NIC_URI, actions[0] as CodeAction);
    expect(fixed).to.equal(NIC_E1000.replace(" ioeventfd='off'", ''));
    const version = await client.change(NIC_URI, [{ text: fixed }]);
    const after = await client.nextDiagnostics(NIC_URI, (x) => x.version === version);
    expect(after.diagnostics.filter((x) => x.code === 'ioeventfd-requires-virtio')).to.deep.equal([]);
    // What other rules found is untouched by this fix.
    const others = (list: Diagnostic[]) => list.filter((x) => x.code !== 'ioeventfd-requires-virtio').map((x) => [x.code, x.range.start.line]);
    expect(others(after.diagnostics)).to.deep.equal(others(p.diagnostics));
  });

  it('answers a source.fixAll.virtlint request (as on save) with every fix', async () => {
    const uri = 'file:///work/vms/nic-fixall.xml';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, NIC_E1000);
    await published;
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = (await client.codeActions(uri, whole, [], ['source.fixAll'])) as CodeAction[];
    expect(actions.map((a) => a.kind)).to.deep.equal(['source.fixAll.virtlint']);
    const fixed = applyAction(NIC_E1000, uri, actions[0] as CodeAction);
    expect(fixed).to.not.contain("ioeventfd='off'");
    // Only the interface's <driver> line changed.
    const before = NIC_E1000.split('\n');
    const changed = fixed.split('\n').flatMap((l, i) => (l === before[i] ? [] : [i]));
    expect(changed).to.deep.equal([positionOf(NIC_E1000, "ioeventfd='off'").line]);
    // And nothing fixable is left: a second fix-all has nothing to do.
    const version = await client.change(uri, [{ text: fixed }]);
    await client.nextDiagnostics(uri, (x) => x.version === version);
    expect(await client.codeActions(uri, whole, [], ['source.fixAll'])).to.deep.equal([]);
  });

  it('leaves other XML alone, and clears diagnostics when the root stops being libvirt', async () => {
    const other = 'file:///work/pom.xml';
    await client.open(other, '<project><modelVersion>4.0.0</modelVersion><driver ioeventfd="on"/></project>');
    const uri = 'file:///work/vms/rename-root.xml';
    const first = client.nextDiagnostics(uri);
    await client.open(uri, IDE_DISK);
    expect((await first).diagnostics.map((d) => d.code)).to.include('ioeventfd-requires-virtio');
    // Opened before, linted at once: had it published anything, it would have arrived first.
    expect(client.published.filter((p) => p.uri === other)).to.deep.equal([]);
    const root = positionOf(IDE_DISK, '<domain', 1);
    const version = await client.change(uri, [{ range: { start: root, end: { line: root.line, character: root.character + 6 } }, text: 'notdomain' }]);
    const cleared = await client.nextDiagnostics(uri, (x) => x.version === version);
    expect(cleared.diagnostics).to.deep.equal([]);
  });

  it('reports a half-typed document as not well-formed where it breaks, without crashing', async () => {
    const uri = 'file:///work/vms/half.xml';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, "<domain type='kvm'>\n  <devices>\n    <disk type='file'>\n      <driver name='qemu' ioev");
    const p = await published;
    expect(p.diagnostics.map((d) => d.code)).to.deep.equal(['xml/not-well-formed']);
    const list = items(await client.completion(uri, { line: 3, character: 30 }));
    expect(list.find((i) => i.label === 'ioeventfd')).to.not.equal(undefined);
  });

  it('silences the disk error once the disable comment is applied', async () => {
    const uri = 'file:///work/vms/disable.xml';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, IDE_DISK);
    const d = (await published).diagnostics.find((x) => x.code === 'ioeventfd-requires-virtio') as Diagnostic;
    const actions = (await client.codeActions(uri, d.range, [d])) as CodeAction[];
    const disable = actions.find((a) => a.title.startsWith('Disable')) as CodeAction;
    const version = await client.change(uri, [{ text: applyAction(IDE_DISK, uri, disable) }]);
    const after = await client.nextDiagnostics(uri, (x) => x.version === version);
    expect(after.diagnostics.map((x) => x.code)).to.not.include.members(['ioeventfd-requires-virtio', 'virtlint/unused-disable']);
  });

  it('shuts down and exits with status 0', async () => {
    expect(await client.stop()).to.equal(0);
  });

  for (const [how, command] of [
    ['virtlint --lsp --stdio', [CLI, '--lsp', '--stdio']],
    ['virtlint-lsp with no transport flag (stdio by default)', [SERVER_BIN]],
  ] as const) {
    it(`${how}: the same server, linting and exiting 0`, async () => {
      const { client: other, init } = await TestLspClient.start({ debounceMs: 0 }, { command });
      try {
        expect(init.serverInfo?.name).to.equal('virtlint');
        const uri = 'file:///work/vms/via-cli.xml';
        const published = other.nextDiagnostics(uri);
        await other.open(uri, IDE_DISK);
        expect((await published).diagnostics.map((x) => x.code)).to.include('ioeventfd-requires-virtio');
      } finally {
        expect(await other.stop()).to.equal(0);
      }
    });
  }

  it('exits with status 1 when the client exits without shutdown (as the protocol says)', async () => {
    const { client: other } = await TestLspClient.start();
    await other.connection.sendNotification(ExitNotification.type);
    expect(await other.exited).to.equal(1);
    other.kill();
  });
});
