/**
 * Completion and hover against the bundled grammar, in process, on half-typed text.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../../rules/index.js';
import { grammarIndexFor, type GrammarIndex } from '../../src/grammar/index.js';
import { completions } from '../../src/lsp/completion.js';
import { hover } from '../../src/lsp/hover.js';
import { plainHover } from '../../src/lsp/markup.js';
import { rulesConcerning } from '../../src/lsp/rule-topics.js';
import { EXAMPLES } from '../helpers/paths.js';

const QEMU_NS = 'http://libvirt.org/schemas/domain/qemu/1.0';

/** Completion at the `|` of `marked`. */
function complete(index: GrammarIndex, marked: string, snippets = false, trigger?: string): CompletionItem[] {
  const at = marked.indexOf('|');
  const doc = TextDocument.create('file:///t.xml', 'xml', 1, marked.slice(0, at) + marked.slice(at + 1));
  return completions(doc, at, index, { snippets, ...(trigger ? { trigger } : {}) });
}
const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);

function hoverText(index: GrammarIndex, marked: string): string | undefined {
  const at = marked.indexOf('|');
  const doc = TextDocument.create('file:///t.xml', 'xml', 1, marked.slice(0, at) + marked.slice(at + 1));
  return (hover(doc, at, index, RULES)?.contents as MarkupContent | undefined)?.value;
}

describe('lsp: completion and hover from the bundled grammar', function () {
  this.timeout(30000);
  let index: GrammarIndex;
  before(() => {
    index = grammarIndexFor(undefined, 'domain') as GrammarIndex;
    expect(index, 'the bundled domain grammar loads').to.not.equal(undefined);
  });

  it('a driver is a disk driver in a disk and an interface driver in an interface', () => {
    const disk = labels(complete(index, `<domain type='kvm'><devices><disk type='file' device='disk'><driver |`));
    const nic = labels(complete(index, `<domain type='kvm'><devices><interface type='user'><driver |`));
    expect(disk).to.include.members(['ioeventfd', 'cache', 'io', 'discard', 'detect_zeroes']);
    expect(disk).to.not.include.members(['txmode', 'rx_queue_size']);
    expect(nic).to.include.members(['ioeventfd', 'txmode', 'rx_queue_size', 'queues']);
    expect(nic).to.not.include.members(['cache', 'discard']);
  });

  it('narrows by the attribute values already written: vnc and spice graphics, block and network disk sources', () => {
    const vnc = labels(complete(index, `<domain type='kvm'><devices><graphics type='vnc' |`));
    const spice = labels(complete(index, `<domain type='kvm'><devices><graphics type='spice' |`));
    expect(vnc).to.include('websocket');
    expect(vnc).to.not.include('tlsPort');
    expect(spice).to.include('tlsPort');
    expect(spice).to.not.include('websocket');
    const block = labels(complete(index, `<domain type='kvm'><devices><disk type='block' device='disk'><source |`));
    const network = labels(complete(index, `<domain type='kvm'><devices><disk type='network' device='disk'><source |`));
    expect(block).to.include('dev');
    expect(block).to.not.include.members(['file', 'protocol']);
    expect(network).to.include.members(['protocol', 'name']);
    expect(network).to.not.include.members(['file', 'dev']);
  });

  it('offers the values of the attribute under the cursor, whatever its current value', () => {
    const usb = labels(complete(index, `<domain type='kvm'><devices><controller type='usb' model='|'/></devices></domain>`));
    const scsi = labels(complete(index, `<domain type='kvm'><devices><controller type='scsi' model='|'/></devices></domain>`));
    expect(usb).to.include.members(['qemu-xhci', 'ich9-ehci1', 'none']);
    expect(usb).to.not.include('virtio-scsi');
    expect(scsi).to.include('virtio-scsi');
    expect(scsi).to.not.include('qemu-xhci');
    // The disk type being edited is not narrowed by its own half-typed value.
    const types = labels(complete(index, `<domain type='kvm'><devices><disk type='bl|' device='disk'>`));
    expect(types).to.include.members(['file', 'block', 'network', 'volume']);
  });

  it('after `name=` with no quote yet, values come with quotes in the document style', () => {
    const items = complete(index, `<domain type="kvm"><devices><disk type="file"><target dev="vda" bus=|`);
    const virtio = items.find((i) => i.label === 'virtio');
    expect((virtio?.textEdit as TextEdit).newText).to.equal('"virtio"');
    expect(virtio?.filterText).to.equal('virtio');
  });

  it('attribute snippets put the values in a choice and the cursor in the value', () => {
    const items = complete(index, `<domain type='kvm'><devices><disk type='file'><target dev='vda' |`, true);
    const bus = items.find((i) => i.label === 'bus');
    expect((bus?.textEdit as TextEdit).newText).to.match(/^bus='\$\{1\|ide,fdc,scsi,virtio,xen,usb,uml,sata,sd(,[a-z]+)*\|\}'\$0$/);
    expect(labels(items)).to.not.include('dev'); // already written
  });

  it('offers child elements, required ones first, and text values of an element', () => {
    const children = complete(index, `<domain type='kvm'><devices><disk type='file' device='disk'>\n<|`);
    expect(labels(children)).to.include.members(['source', 'target', 'driver', 'address', 'boot']);
    expect(children[0]?.label).to.equal('target');
    expect(children[0]?.detail).to.equal('element (required)');
    const texts = labels(complete(index, `<domain type='kvm'><on_crash>|`));
    expect(texts).to.include.members(['destroy', 'restart', 'preserve', 'coredump-restart']);
    const osType = labels(complete(index, `<domain type='kvm'><os><type arch='x86_64'>|`));
    expect(osType).to.include('hvm');
  });

  it('child elements follow the siblings already written (the engine validates the document prefix)', () => {
    const first = labels(complete(index, `<domain type='kvm'><|`));
    expect(first).to.include.members(['name', 'devices', 'os']);
    const afterName = labels(complete(index, `<domain type='kvm'><name>a</name><os><type>hvm</type></os>\n<|`));
    expect(afterName).to.include('devices');
    expect(afterName).to.not.include.members(['name', 'os']);
    // In a disk that already has its <target>, <target> is not offered again; <source> still is.
    const inDisk = labels(complete(index, `<domain type='kvm'><devices><disk type='file' device='disk'><target dev='vda'/>\n<|`));
    expect(inDisk).to.include('source');
    expect(inDisk).to.not.include('target');
  });

  it('in content without `<`, an element comes as a whole tag (self-closing when it must be empty)', () => {
    const items = complete(index, `<domain type='kvm'><devices><disk type='file' device='disk'>\n|`);
    const readonly = items.find((i) => i.label === 'readonly');
    const source = items.find((i) => i.label === 'source');
    expect(readonly?.insertText).to.equal('<readonly/>');
    expect(source?.insertText).to.match(/^<source/);
  });

  it('closes the innermost open element in an end tag', () => {
    const items = complete(index, `<domain type='kvm'><devices><disk type='file'></|`);
    expect(labels(items)).to.deep.equal(['disk']);
    expect((items[0]?.textEdit as TextEdit).newText).to.equal('disk>');
  });

  it('namespaced elements need their prefix declared, and complete with it', () => {
    const declared = labels(complete(index, `<domain type='kvm' xmlns:qemu='${QEMU_NS}'><|`));
    expect(declared).to.include('qemu:commandline');
    const inside = labels(complete(index, `<domain type='kvm' xmlns:qemu='${QEMU_NS}'><qemu:commandline><|`));
    expect(inside).to.include.members(['qemu:arg', 'qemu:env']);
    const undeclared = labels(complete(index, `<domain type='kvm'><|`));
    expect(undeclared).to.include('devices');
    expect(undeclared.some((l) => l.includes(':'))).to.equal(false);
  });

  it('a trigger character answers only where it means something (a space in text is just a space)', () => {
    expect(complete(index, `<domain type='kvm'><description>some |`, false, ' ')).to.deep.equal([]);
    expect(labels(complete(index, `<domain type='kvm'><devices><disk |`, false, ' '))).to.include('device');
    expect(complete(index, `<domain type='kvm'><on_crash>a=|`, false, '=')).to.deep.equal([]);
    expect(labels(complete(index, `<domain type='kvm'><devices><disk device='|`, false, "'"))).to.include('cdrom');
    expect(labels(complete(index, `<domain type='kvm'><devices><|`, false, '<'))).to.include('disk');
  });

  it('offers nothing inside comments', () => {
    expect(complete(index, `<domain type='kvm'><!-- <driver |`)).to.deep.equal([]);
  });

  it('hover on an element names its place and lists attributes, children and rules', () => {
    const text = hoverText(index, `<domain type='kvm'><devices><disk type='file'><dr|iver name='qemu' ioeventfd='on'/></disk></devices></domain>`);
    expect(text).to.contain('`<driver>` in `<disk>`');
    expect(text).to.match(/Attributes: .*ioeventfd/);
  });

  it('hover on an attribute value says when the value is not one the grammar allows', () => {
    const text = hoverText(index, `<domain type='kvm'><devices><disk type='file'><target dev='vda' bus='vir|tual'/></disk></devices></domain>`);
    expect(text).to.contain('`bus` attribute of `<target>` in `<disk>`');
    expect(text).to.contain("'virtual' is not one of the values the grammar allows here.");
  });

  it('answers at every position of real documents, whole and cut short, without throwing', () => {
    for (const name of ['seed-disk-ioeventfd.xml', 'nic-e1000-ioeventfd.xml']) {
      const full = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
      // Every position of the whole document; every third one of the shortened ones.
      for (const [text, step] of [[full, 1], [full.slice(0, Math.floor(full.length / 3)), 3], [full.slice(0, Math.floor((2 * full.length) / 3)), 3]] as const) {
        const doc = TextDocument.create('file:///t.xml', 'xml', 1, text);
        let offered = 0;
        for (let at = 0; at <= text.length; at += step) {
          offered += completions(doc, at, index, { snippets: true }).length;
          hover(doc, at, index, RULES);
        }
        expect(offered, name).to.be.greaterThan(0);
      }
    }
  });

  it('for clients without Markdown, hover comes as plain text with link addresses kept', () => {
    const marked = `<domain type='kvm'><devices><disk type='file'><driver io|eventfd='on'/></disk></devices></domain>`;
    const at = marked.indexOf('|');
    const doc = TextDocument.create('file:///t.xml', 'xml', 1, marked.replace('|', ''));
    const plain = plainHover(hover(doc, at, index, RULES));
    const contents = plain?.contents as MarkupContent;
    expect(contents.kind).to.equal('plaintext');
    expect(contents.value).to.contain('ioeventfd attribute of <driver> in <disk>');
    expect(contents.value).to.match(/- ioeventfd-requires-virtio \(https:\/\/\S+\/ioeventfd-requires-virtio\.md\): /);
    expect(contents.value).to.not.contain('`');
  });

  it('links rules to the elements and attributes they concern, not to other devices', () => {
    const devices = new Set(['disk', 'interface', 'controller', 'graphics', 'hostdev']);
    const ids = (path: string[], attribute?: string): string[] =>
      rulesConcerning({ path, ...(attribute ? { attribute } : {}) }, RULES, devices).map((r) => r.meta.id);
    expect(ids(['domain', 'devices', 'disk', 'driver'], 'ioeventfd')).to.include('ioeventfd-requires-virtio');
    expect(ids(['domain', 'devices', 'interface', 'driver'], 'ioeventfd')).to.include('ioeventfd-requires-virtio');
    expect(ids(['domain', 'devices', 'disk', 'target'], 'bus')).to.include('ioeventfd-requires-virtio');
    expect(ids(['domain', 'devices', 'disk', 'driver'], 'cache')).to.not.include('ioeventfd-requires-virtio');
    expect(ids(['domain', 'name'])).to.not.include('ioeventfd-requires-virtio');
  });

  it("links the rules whose verdict turns on the machine type to <os><type machine>", () => {
    const ids = rulesConcerning({ path: ['domain', 'os', 'type'], attribute: 'machine' }, RULES, new Set(['disk', 'interface', 'iommu'])).map((r) => r.meta.id);
    // Each checks the machine type without naming it in its id or description.
    for (const id of ['vcpu-machine-limit', 'vcpu-x86-over-255', 'iommu-machine-and-ioapic', 'feature-settings', 'ide-controller-machine']) expect(ids, id).to.include(id);
    expect(ids).to.not.include('ioeventfd-requires-virtio');
    // The hover itself shows them.
    const text = hoverText(index, "<domain type='kvm'><os><type arch='x86_64' mach|ine='q35'>hvm</type></os></domain>") ?? '';
    expect(text).to.include('ide-controller-machine');
  });
});
