/**
 * Completion through the server (node bin/virtlint-lsp.js --stdio) on what the grammar requires:
 * attributes that those already written make required (GrammarIndex.missingAttributes) come first
 * and say so, and an element inserted by completion comes with the attributes it requires at its
 * place (its parent narrowed by what is written on it).
 */
import { expect } from 'chai';
import { type CompletionItem, type CompletionList, InsertTextFormat, type MarkupContent, type Position, type TextEdit } from 'vscode-languageserver-protocol';
import { TestLspClient } from './client.js';

const items = (r: CompletionItem[] | CompletionList | null): CompletionItem[] => (r === null ? [] : Array.isArray(r) ? r : r.items);

/** `marked` without its `|`, and the 0-based LSP position of the `|`. */
function at(marked: string): { text: string; position: Position } {
  const i = marked.indexOf('|');
  const lines = marked.slice(0, i).split('\n');
  return { text: marked.slice(0, i) + marked.slice(i + 1), position: { line: lines.length - 1, character: (lines[lines.length - 1] as string).length } };
}

describe('lsp: completion offers what the grammar requires, given what is written (over stdio)', function () {
  // Safety net only: the server compiles the grammar at its first request, which a loaded machine makes slow.
  this.timeout(180000);
  let client: TestLspClient;
  let n = 0;

  before(async () => {
    ({ client } = await TestLspClient.start());
  });
  after(() => client?.kill());

  /** Opens `marked` as a new document and completes at its `|`. */
  async function complete(marked: string): Promise<CompletionItem[]> {
    const { text, position } = at(marked);
    const uri = `file:///work/vms/required-${++n}.xml`;
    await client.open(uri, text);
    const list = items(await client.completion(uri, position));
    await client.close(uri);
    return list;
  }
  const doc = (item: CompletionItem | undefined): string => (item?.documentation as MarkupContent | undefined)?.value ?? '';

  it('a cssid on a ccw <address> makes ssid and devno required (and only then): they come first and say why', async () => {
    const list = await complete("<domain type='kvm'>\n  <devices>\n    <controller type='virtio-serial'>\n      <address type='ccw' cssid='0xfe' |");
    expect(list.slice(0, 2).map((i) => i.label)).to.deep.equal(['ssid', 'devno']);
    const ssid = list[0];
    expect(ssid?.detail).to.match(/^required with cssid; /);
    expect(doc(ssid)).to.contain('`ssid` on `<address>` (required with `cssid`)');
    // Nothing else is required by what is written: the other attributes keep their plain detail.
    expect(list.slice(2).filter((i) => i.detail?.startsWith('required'))).to.deep.equal([]);
    // With none of the three written, none of them is required.
    const none = await complete("<domain type='kvm'>\n  <devices>\n    <controller type='virtio-serial'>\n      <address type='ccw' |");
    const ccw = none.filter((i) => ['cssid', 'ssid', 'devno'].includes(i.label));
    expect(ccw.map((i) => i.label)).to.have.members(['cssid', 'ssid', 'devno']);
    for (const i of ccw) expect(i.detail, i.label).to.not.match(/^required/);
  });

  it('rawio on a <disk> requires device (only a LUN takes rawio), port on a disk source <host> requires name', async () => {
    const disk = await complete("<domain type='kvm'>\n  <devices>\n    <disk type='block' rawio='yes' |");
    expect(disk[0]?.label).to.equal('device');
    expect(disk[0]?.detail).to.match(/^required with rawio; /);
    const host = await complete("<domain type='kvm'>\n  <devices>\n    <disk type='network' device='disk'>\n      <source protocol='nbd'>\n        <host port='10809' |");
    expect(host[0]?.label).to.equal('name');
    expect(host[0]?.detail).to.match(/^required with port; /);
    expect(host.find((i) => i.label === 'transport')?.detail).to.not.match(/^required/);
  });

  it('an element inserted in content comes with the attributes it requires there, values as a choice', async () => {
    const network = await complete("<domain type='kvm'>\n  <devices>\n    <disk type='network' device='disk'>\n      |");
    const source = network.find((i) => i.label === 'source');
    expect(source?.insertTextFormat).to.equal(InsertTextFormat.Snippet);
    expect(source?.insertText).to.match(/^<source protocol='\$\{1\|nbd,[a-z,]*iscsi[a-z,]*\|\}'\$2>\$0<\/source>$/);
    expect(network.find((i) => i.label === 'target')?.insertText).to.equal("<target dev='$1'$2/>$0");
    // An element that requires nothing is inserted as before.
    expect(network.find((i) => i.label === 'readonly')?.insertText).to.equal('<readonly$1/>$0');
    // The source of a bridge interface needs its bridge; in the document's quote style.
    const bridge = await complete('<domain type="kvm">\n  <devices>\n    <interface type="bridge">\n      |');
    expect(bridge.find((i) => i.label === 'source')?.insertText).to.equal('<source bridge="$1"$2/>$0');
    // What the parent does not decide stays out: a <disk> of no type yet requires no attribute.
    const devices = await complete("<domain type='kvm'>\n  <devices>\n    |");
    expect(devices.find((i) => i.label === 'disk')?.insertText).to.equal('<disk$1>$0</disk>');
    expect(devices.find((i) => i.label === 'interface')?.insertText).to.match(/^<interface type='\$\{1\|[a-z,]*bridge[a-z,]*\|\}'\$2>\$0<\/interface>$/);
  });

  it('after `<`, a tag with nothing written yet gets the required attributes; one with attributes only its name', async () => {
    const bare = await complete("<domain type='kvm'>\n  <devices>\n    <disk type='network' device='disk'>\n      <|");
    const source = bare.find((i) => i.label === 'source');
    expect(source?.insertTextFormat).to.equal(InsertTextFormat.Snippet);
    expect((source?.textEdit as TextEdit).newText).to.match(/^source protocol='\$\{1\|nbd,[a-z,]*\|\}'\$0$/);
    expect((bare.find((i) => i.label === 'driver')?.textEdit as TextEdit).newText).to.equal('driver');
    // Renaming a tag that already has attributes changes the name only.
    const renamed = await complete("<domain type='kvm'>\n  <devices>\n    <disk type='network' device='disk'>\n      <sou| name='x'/>");
    const again = renamed.find((i) => i.label === 'source');
    expect((again?.textEdit as TextEdit).newText).to.equal('source');
    expect(again?.insertTextFormat).to.not.equal(InsertTextFormat.Snippet);
  });
});
