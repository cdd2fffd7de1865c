import { expect } from 'chai';
import { type CompletionItem, CompletionItemTag, type MarkupContent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../../rules/index.js';
import { grammarIndexFor, type GrammarIndex } from '../../src/grammar/index.js';
import { completions } from '../../src/lsp/completion.js';
import { hover } from '../../src/lsp/hover.js';
import { readServerOptions, SettingsSource } from '../../src/lsp/settings.js';
import { parseTargets, type Target } from '../../src/targets/target.js';

const DOC = "<domain type='kvm'>\n  <devices>\n    <disk type='file' device='disk'>\n      <driver name='qemu' type='qcow2' ioeventfd='on' io='io_uring'/>\n      <target dev='vda' bus='virtio'/>\n    </disk>\n  </devices>\n</domain>\n";

function at(marked: string): { doc: TextDocument; offset: number } {
  const offset = marked.indexOf('|');
  return { doc: TextDocument.create('file:///t.xml', 'xml', 1, marked.slice(0, offset) + marked.slice(offset + 1)), offset };
}

function hoverText(index: GrammarIndex, marked: string, targets?: readonly Target[]): string {
  const { doc, offset } = at(marked);
  return (hover(doc, offset, index, RULES, undefined, targets)?.contents as MarkupContent | undefined)?.value ?? '';
}

function complete(index: GrammarIndex, marked: string, targets?: readonly Target[]): CompletionItem[] {
  const { doc, offset } = at(marked);
  return completions(doc, offset, index, { snippets: false, ...(targets ? { targets } : {}) });
}

describe('targets: versions in the editor', () => {
  let index: GrammarIndex;
  before(() => {
    const i = grammarIndexFor(undefined, 'domain');
    if (!i) throw new Error('no grammar');
    index = i;
  });

  it('hover on an attribute shows its version and description, and the grammar part stays', () => {
    const text = hoverText(index, DOC.replace("ioeventfd='on'", "ioev|entfd='on'"));
    expect(text).to.include('`ioeventfd` attribute of `<driver>`'); // the grammar's hover
    expect(text).to.include("**libvirt ≥ 0.9.3** — Lets a separate thread handle the disk's virtqueue notifications");
    expect(text).to.not.include('⚠');
  });

  it('with a target, hover says the target cannot run it and links the rule', () => {
    const text = hoverText(index, DOC.replace("ioeventfd='on'", "ioev|entfd='on'"), parseTargets('libvirt@0.9.2'));
    expect(text).to.include('⚠ The target libvirt 0.9.2 cannot run this ([`requires-newer-libvirt`](');
    expect(hoverText(index, DOC.replace("ioeventfd='on'", "ioev|entfd='on'"), parseTargets('libvirt@0.9.3'))).to.not.include('⚠');
  });

  it('hover on a value shows the attribute and the value when the value came later (with the QEMU it needs)', () => {
    const text = hoverText(index, DOC.replace("io='io_uring'", "io='io_u|ring'"), parseTargets(['libvirt@6.3.0', 'qemu@4.2']));
    expect(text).to.include('**libvirt ≥ 0.8.8** — Asynchronous I/O mode of the backend');
    expect(text).to.include("`'io_uring'`: **libvirt ≥ 6.3.0, QEMU ≥ 5.0** — I/O mode using Linux io_uring");
    expect(text).to.include('⚠ The target QEMU 4.2 cannot run this');
  });

  it('hover on an element name shows its version', () => {
    expect(hoverText(index, DOC.replace('<driver ', '<dri|ver '))).to.include('**libvirt ≥ 0.1.8** — Hypervisor backend settings of a disk');
  });

  it('completion shows the version next to each item the table knows', () => {
    const items = complete(index, DOC.replace("<driver name='qemu'", "<driver | name='qemu'"));
    const queue = items.find((i) => i.label === 'queue_size');
    expect(queue?.labelDetails?.description).to.equal('libvirt ≥ 7.8.0');
    expect(queue?.detail).to.equal('a positive integer'); // the grammar's own detail is untouched
    expect(queue?.tags).to.equal(undefined);
  });

  it('with a target, completion strikes through and sorts last what the target cannot run', () => {
    const items = complete(index, DOC.replace("<driver name='qemu'", "<driver | name='qemu'"), parseTargets('libvirt@7.0.0'));
    const queue = items.find((i) => i.label === 'queue_size');
    const cache = items.find((i) => i.label === 'cache');
    expect(queue?.tags).to.deep.equal([CompletionItemTag.Deprecated]);
    expect(queue?.labelDetails?.description).to.equal('libvirt ≥ 7.8.0, not on libvirt 7.0.0');
    expect(cache?.tags).to.equal(undefined);
    expect(items.indexOf(queue!)).to.be.greaterThan(items.indexOf(cache!));
    // Values too: io_uring came in 6.3.0.
    const values = complete(index, DOC.replace("io='io_uring'", "io='|io_uring'"), parseTargets('libvirt@6.0.0'));
    expect(values.find((i) => i.label === 'io_uring')?.tags).to.deep.equal([CompletionItemTag.Deprecated]);
    expect(values.find((i) => i.label === 'native')?.tags).to.equal(undefined);
  });

  it('without a documented release, hover and completion show the ladder\'s bound from libvirt\'s own schemas, and a target at or before the bound is marked', () => {
    const doc = "<domain type='kvm'>\n  <devices>\n    <iommu model='intel'>\n      <alias name='ua-iommu'/>\n    </iommu>\n  </devices>\n</domain>\n";
    const text = hoverText(index, doc.replace('<alias', '<al|ias'));
    expect(text).to.include("**libvirt ≤ 9.0.0 (in its schema; not in 8.0.0's)** — A user-chosen alias for the IOMMU");
    expect(text).to.not.include('⚠');
    expect(hoverText(index, doc.replace('<alias', '<al|ias'), parseTargets('libvirt@8.0.0'))).to.include('⚠ The target libvirt 8.0.0 cannot run this');
    expect(hoverText(index, doc.replace('<alias', '<al|ias'), parseTargets('libvirt@8.5.0')), 'between the two releases: unknown, not marked').to.not.include('⚠');
    // An item whose entry gives no release (a description only): the bound.
    const ctl = "<domain type='kvm'>\n  <devices>\n    <controller type='usb' index='0' model='qusb2'/>\n  </devices>\n</domain>\n";
    expect(hoverText(index, ctl.replace("model='qusb2'", "model='qu|sb2'"))).to.include("`'qusb2'`: **libvirt ≤ 4.0.0 (in its schema; not in 1.3.1's)**");
    const values = complete(index, ctl.replace("model='qusb2'", "model='|qusb2'"), parseTargets('libvirt@1.3.1'));
    const qusb2 = values.find((i) => i.label === 'qusb2');
    expect(qusb2?.labelDetails?.description).to.equal("libvirt ≤ 4.0.0 (in its schema; not in 1.3.1's), not on libvirt 1.3.1");
    expect(qusb2?.tags).to.deep.equal([CompletionItemTag.Deprecated]);
    expect(values.find((i) => i.label === 'ehci')?.tags).to.equal(undefined);
  });

  it('in a network or a storage volume, hover and completion show the documented release or else the ladder\'s bound, and mark what the target cannot run', () => {
    const net = grammarIndexFor(undefined, 'network');
    const vol = grammarIndexFor(undefined, 'volume');
    if (!net || !vol) throw new Error('no grammar');
    const network = "<network>\n  <name>n</name>\n  <forward mode='nat'><nat ipv6='yes'/></forward>\n  <bridge name='virbr9' zone='trusted'/>\n  <mtu size='9000'/>\n</network>\n";
    expect(hoverText(net, network.replace('<mtu', '<m|tu'))).to.include('**libvirt ≥ 3.1.0** — The maximum transmission unit');
    expect(hoverText(net, network.replace('<mtu', '<m|tu'), parseTargets('libvirt@3.0.0'))).to.include('⚠ The target libvirt 3.0.0 cannot run this');
    expect(hoverText(net, network.replace('<mtu', '<m|tu'), parseTargets('libvirt@3.1.0'))).to.not.include('⚠');
    expect(hoverText(net, network.replace("zone='trusted'", "zo|ne='trusted'"))).to.include('**libvirt ≥ 5.1.0** — The firewalld zone');
    // Undated: the ladder's bound (NAT ipv6, 6.0.0 → 7.0.0).
    expect(hoverText(net, network.replace("ipv6='yes'", "ip|v6='yes'"))).to.include("**libvirt ≤ 7.0.0 (in its schema; not in 6.0.0's)**");
    expect(hoverText(net, network.replace("ipv6='yes'", "ip|v6='yes'"), parseTargets('libvirt@6.0.0'))).to.include('⚠ The target libvirt 6.0.0 cannot run this');
    const volume = "<volume>\n  <name>v</name>\n  <capacity>1</capacity>\n  <target>\n    <format type='qcow2'/>\n    \n  </target>\n</volume>\n";
    const items = complete(vol, volume.replace("'/>\n    \n", "'/>\n    <|\n"), parseTargets('libvirt@7.0.0'));
    const clusterSize = items.find((i) => i.label === 'clusterSize');
    expect(clusterSize?.labelDetails?.description).to.equal('libvirt ≥ 7.4.0, not on libvirt 7.0.0');
    expect(clusterSize?.tags).to.deep.equal([CompletionItemTag.Deprecated]);
    expect(items.find((i) => i.label === 'permissions')?.tags).to.equal(undefined);
  });

  it('in a snapshot and a checkpoint, hover and completion show their own items\' releases and bounds, and inside the embedded <domain> or <inactiveDomain> the domain\'s', () => {
    const snap = grammarIndexFor(undefined, 'domainsnapshot');
    const ckpt = grammarIndexFor(undefined, 'domaincheckpoint');
    if (!snap || !ckpt) throw new Error('no grammar');
    const guest = "<domain type='kvm'>\n    <name>vm1</name>\n    <memory>1048576</memory>\n    <os><type>hvm</type></os>\n    <devices>\n      <interface type='network'><source network='default'/><driver rss='on'/></interface>\n    </devices>\n  </domain>";
    const snapshot = `<domainsnapshot>\n  <name>s1</name>\n  <disks><disk name='vda' snapshot='manual'/></disks>\n  <cookie/>\n  ${guest}\n  \n</domainsnapshot>\n`;
    // The snapshot's own items: a documented value, an undated element bounded by the ladder.
    expect(hoverText(snap, snapshot.replace("'manual'", "'man|ual'"))).to.include("`'manual'`: **libvirt ≥ 8.2.0**");
    expect(hoverText(snap, snapshot.replace('<cookie', '<coo|kie'))).to.include("**libvirt ≤ 4.0.0 (in its schema; not in 1.3.1's)**");
    expect(hoverText(snap, snapshot.replace('<cookie', '<coo|kie'), parseTargets('libvirt@1.3.1'))).to.include('⚠ The target libvirt 1.3.1 cannot run this');
    // Inside the embedded domain, the domain's: <driver rss> (8.3.0) and the domain's type attribute.
    expect(hoverText(snap, snapshot.replace("rss='on'", "r|ss='on'"))).to.include('**libvirt ≥ 8.3.0, QEMU ≥ 5.1** — Receive-side scaling');
    expect(hoverText(snap, snapshot.replace("rss='on'", "r|ss='on'"), parseTargets('libvirt@8.0.0'))).to.include('⚠ The target libvirt 8.0.0 cannot run this');
    expect(hoverText(snap, snapshot.replace("<domain type='kvm'>", "<domain ty|pe='kvm'>"))).to.include("**libvirt ≤ 1.3.1 (in its schema)** — Hypervisor driver that runs the domain");
    expect(hoverText(snap, snapshot.replace("<domain type='kvm'>", "<domain type='h|vf'>"), parseTargets('libvirt@8.0.0'))).to.include("`'hvf'`: **libvirt ≥ 8.1.0, QEMU ≥ 2.12** — Apple Hypervisor.framework domains");
    // <inactiveDomain>: in 9.0.0's schema, not 8.0.0's; its driver options are the domain's.
    const items = complete(snap, snapshot.replace('\n  \n</domainsnapshot>', '\n  <|\n</domainsnapshot>'), parseTargets('libvirt@8.0.0'));
    const inactive = items.find((i) => i.label === 'inactiveDomain');
    expect(inactive?.labelDetails?.description).to.equal("libvirt ≤ 9.0.0 (in its schema; not in 8.0.0's), not on libvirt 8.0.0");
    expect(inactive?.tags).to.deep.equal([CompletionItemTag.Deprecated]);
    const inInactive = snapshot.replace(guest, guest.replace('<domain', '<inactiveDomain').replace('</domain>', '</inactiveDomain>')).replace("<driver rss='on'/>", '<driver |/>');
    const rss = complete(snap, inInactive, parseTargets('libvirt@8.0.0')).find((i) => i.label === 'rss');
    expect(rss?.labelDetails?.description).to.equal('libvirt ≥ 8.3.0, not on libvirt 8.0.0');
    // A checkpoint: the document itself is dated (5.6.0); its <domain> holds the domain's items.
    const checkpoint = `<domaincheckpoint>\n  <name>c1</name>\n  ${guest}\n</domaincheckpoint>\n`;
    expect(hoverText(ckpt, checkpoint.replace('<domaincheckpoint>', '<domaincheck|point>'), parseTargets('libvirt@5.5.0'))).to.include('**libvirt ≥ 5.6.0**').and.to.include('⚠ The target libvirt 5.5.0 cannot run this');
    expect(hoverText(ckpt, checkpoint.replace("rss='on'", "r|ss='on'"))).to.include('**libvirt ≥ 8.3.0, QEMU ≥ 5.1** — Receive-side scaling');
  });

  it('the editor passes targets in initializationOptions.target (bad entries ignored) and they reach the lint options', async () => {
    const o = readServerOptions({ target: ['libvirt@8.0.0', 'nonsense', 7] }, '/');
    expect(o.target).to.deep.equal(['libvirt@8.0.0']);
    expect(readServerOptions({ target: 'qemu@6.2' }, '/').target).to.deep.equal(['qemu@6.2']);
    const s = new SettingsSource({ ...o, noConfig: true }, '/tmp');
    const r = await s.resolve('/tmp/x.xml');
    expect(r.options?.targets?.map((t) => `${t.product}@${t.version}`)).to.deep.equal(['libvirt@8.0.0']);
  });
});
