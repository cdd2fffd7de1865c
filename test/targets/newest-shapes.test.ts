/**
 * Shapes that libvirt's newer schemas relaxed without adding an element, attribute or value, taken
 * into virtlint's grammars from libvirt 12.8's (as newest-kinds.test.ts does for the new items):
 *
 * - bandwidth rates (`average`, `peak`, `floor`) up to 2^54 kB/s, where 9.0.0's and 10.0.0's
 *   schemas stop at 2^32 − 1 (11.3.0's has it); a `burst` stays at 2^32 − 1. One definition in
 *   libvirt's networkcommon.rng, so the network's, a port group's and a domain interface's alike;
 * - a static `<route>` without its destination `address` (12.8.0's schema; 11.3.0's requires it):
 *   the network's, and a domain interface's or an LXC host device's, which share the definition;
 * - the domain disk's `<encryption>` with several secrets (one per encrypted layer: RBD layered
 *   encryption, libvirt 9.3.0 by its storage encryption documentation; 10.0.0's schema has it) and
 *   `<ivgen>` before `<cipher>`: libvirt's one encryption definition, which a disk source's, a
 *   backing image's and a snapshot overlay's sources use too. A cipher's `mode` and `hash` come
 *   together or not at all, as in every release's schema (virtlint's disk took either alone).
 *
 * Each witness is accepted by 12.8.0's schema of its kind (jing) and by virtlint's grammar, and is
 * rejected by 9.0.0's schema; each misuse is rejected by 12.8.0's schema and by virtlint. None of
 * these is an item of the version table, so `--target` reports them from schemas/versions/shapes.json
 * (src/targets/shapes.ts): at every checked release, a document whose only newer part is one shape
 * is refused by that release's schema exactly when the target check reports the shape there.
 * `<domain register>` (10.1.0, the release notes') is an item, reported as items are.
 */
import { expect } from 'chai';
import { lintText } from '../../src/linter/lint.js';
import { KIND_GRAMMARS } from '../../src/schema/kinds.js';
import { parseTargets } from '../../src/targets/target.js';
import type { DocumentKind } from '../../src/types.js';
import { bothWaysProblems, checkedReleases, jingRejects, type KindCase, writeDocuments } from './releases.js';
import { tempDir } from '../helpers/temp-dir.js';

const network = (inner: string): string =>
  `<network>\n  <name>n</name>\n  <bridge name='virbr9'/>${inner}\n  <ip address='192.168.150.1' netmask='255.255.255.0'/>\n</network>\n`;
const domain = (devices: string): string =>
  `<domain type='kvm'>\n  <name>vm1</name>\n  <memory unit='MiB'>1024</memory>\n  <os><type arch='x86_64' machine='q35'>hvm</type></os>\n  <devices>\n    ${devices}\n  </devices>\n</domain>\n`;
const lxc = (devices: string): string =>
  `<domain type='lxc'>\n  <name>ct1</name>\n  <memory unit='MiB'>512</memory>\n  <os><type>exe</type><init>/sbin/init</init></os>\n  <devices>\n    ${devices}\n  </devices>\n</domain>\n`;
const snapshot = (disks: string): string => `<domainsnapshot>\n  <name>s1</name>\n  <disks>\n    ${disks}\n  </disks>\n</domainsnapshot>\n`;
const bridgeNic = (inner: string): string => `<interface type='bridge'><source bridge='br0'/><model type='virtio'/>${inner}</interface>`;
const SECRET = "<secret type='passphrase' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/>";
const SECRET2 = "<secret type='passphrase' usage='parent-image'/>";
const rbdDisk = (encryption: string): string =>
  `<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='rbd' name='pool/vm1'><host name='192.0.2.20' port='6789'/>${encryption}</source><target dev='vda' bus='virtio'/></disk>`;
const fileDisk = (encryption: string): string =>
  `<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/var/lib/libvirt/images/vm1.qcow2'/>${encryption}<target dev='vda' bus='virtio'/></disk>`;
const CIPHER = "<cipher name='aes' size='256' mode='cbc' hash='sha256'/>";
const IVGEN = "<ivgen name='plain64' hash='sha256'/>";

interface Case extends KindCase {
  /** What `--target libvirt@9.0.0` reports on a witness: its shapes, and a newer item's finding. */
  readonly at9?: readonly string[];
}

const WITNESSES: readonly Case[] = [
  {
    kind: 'network',
    what: 'bandwidth rates above 2^32 − 1, up to 2^54',
    at9: ["`<inbound average='4294967296'>`, above 4294967295,", "`<inbound peak='18014398509481984'>`, above 4294967295,", "`<outbound average='10000000000'>`, above 4294967295,"],
    doc: network("\n  <bandwidth>\n    <inbound average='4294967296' peak='18014398509481984' burst='4294967295'/>\n    <outbound average='10000000000'/>\n  </bandwidth>"),
  },
  {
    kind: 'network',
    what: "a port group's bandwidth above 2^32 − 1",
    at9: ["`<inbound average='5000000000'>`, above 4294967295,", "`<inbound floor='4294967296'>`, above 4294967295,"],
    doc: network("\n  <portgroup name='fast' default='yes'><bandwidth><inbound average='5000000000' floor='4294967296'/></bandwidth></portgroup>"),
  },
  {
    kind: 'network',
    what: 'a <route> without address',
    doc: network("\n  <route gateway='192.168.150.2'/>\n  <route family='ipv6' prefix='0' gateway='2001:db8:ca2:2::2' metric='2'/>"),
    at9: ['`<route>` without `address`', '`<route>` without `address`'],
  },
  {
    kind: 'domain',
    what: "an interface's bandwidth above 2^32 − 1",
    at9: ["`<inbound average='4294967296'>`, above 4294967295,", "`<inbound peak='18014398509481984'>`, above 4294967295,", "`<outbound average='12500000000'>`, above 4294967295,"],
    doc: domain(bridgeNic("<bandwidth><inbound average='4294967296' peak='18014398509481984'/><outbound average='12500000000' burst='1024'/></bandwidth>")),
  },
  {
    kind: 'domain',
    what: "an ethernet interface's host-side and guest-side <route> without address",
    at9: ["`<route>` without `address`", "`<route>` without `address`"],
    doc: domain(
      "<interface type='ethernet'><source><ip address='192.168.122.12' family='ipv4' prefix='24'/><route family='ipv4' gateway='192.168.122.1'/></source><ip address='192.168.122.13' prefix='24'/><route gateway='192.168.122.1'/><model type='virtio'/></interface>",
    ),
  },
  {
    kind: 'domain',
    what: "an LXC host device's <route> without address",
    at9: ["`<route>` without `address`"],
    doc: lxc("<hostdev mode='capabilities' type='net'><source><interface>eth1</interface></source><ip address='192.168.122.6' prefix='24'/><route gateway='192.168.122.1'/></hostdev>"),
  },
  {
    kind: 'domain',
    what: 'a disk source encrypted in two layers (RBD, librbd)',
    doc: domain(rbdDisk(`<encryption format='luks2' engine='librbd'>${SECRET}${SECRET2}</encryption>`)),
    at9: ['a second `<secret>` in `<encryption>`'],
  },
  { kind: 'domain', what: "a disk's encryption with <ivgen> before <cipher>", doc: domain(fileDisk(`<encryption format='luks'>${SECRET}${IVGEN}${CIPHER}</encryption>`)) },
  {
    kind: 'domain',
    what: "a backing image's encryption with two secrets",
    at9: ["a second `<secret>` in `<encryption>`"],
    doc: domain(
      `<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/var/lib/libvirt/images/vm1.qcow2'/><backingStore type='file'><format type='qcow2'/><source file='/var/lib/libvirt/images/base.qcow2'><encryption format='luks'>${SECRET}${SECRET2}</encryption></source><backingStore/></backingStore><target dev='vda' bus='virtio'/></disk>`,
    ),
  },
  {
    kind: 'domainsnapshot',
    what: 'an RBD overlay encrypted in two layers, cipher after ivgen',
    at9: ["a second `<secret>` in `<encryption>`"],
    doc: snapshot(`<disk name='vda' type='network'><source protocol='rbd' name='pool/vm1.s1'><host name='192.0.2.20'/><encryption format='luks'>${SECRET}${SECRET2}${IVGEN}${CIPHER}</encryption></source></disk>`),
  },
  {
    kind: 'domainsnapshot',
    what: "an overlay's data store encrypted in two layers",
    doc: snapshot(
      `<disk name='vda' snapshot='external'><source file='/var/lib/libvirt/images/vm1.s1.qcow2'><dataStore type='network'><format type='raw'/><source protocol='rbd' name='pool/data'><host name='192.0.2.20'/><encryption format='luks-any' engine='librbd'>${SECRET}${SECRET2}</encryption></source></dataStore></source></disk>`,
    ),
    at9: ["`<dataStore>`"],
  },
];

const MISUSES: readonly Case[] = [
  { kind: 'network', what: 'a rate above 2^54', doc: network("\n  <bandwidth><inbound average='18014398509481985'/></bandwidth>") },
  { kind: 'network', what: 'a rate of 0', doc: network("\n  <bandwidth><outbound average='0'/></bandwidth>") },
  { kind: 'network', what: 'a burst above 2^32 − 1', doc: network("\n  <bandwidth><inbound average='1000' burst='4294967296'/></bandwidth>") },
  { kind: 'network', what: 'a rate with a sign', doc: network("\n  <bandwidth><inbound average='+4294967296'/></bandwidth>") },
  { kind: 'network', what: 'a <route> without gateway', doc: network("\n  <route address='192.168.222.0' prefix='24'/>") },
  { kind: 'network', what: 'a <route> with both netmask and prefix', doc: network("\n  <route netmask='255.255.255.0' prefix='24' gateway='192.168.150.2'/>") },
  { kind: 'domain', what: "an interface's rate above 2^54", doc: domain(bridgeNic("<bandwidth><inbound peak='18014398509481985' average='1'/></bandwidth>")) },
  { kind: 'domain', what: "an interface's burst above 2^32 − 1", doc: domain(bridgeNic("<bandwidth><outbound average='1000' burst='4294967296'/></bandwidth>")) },
  { kind: 'domain', what: "an interface's <route> without gateway", doc: domain("<interface type='ethernet'><route family='ipv4' address='192.168.124.0' prefix='24'/></interface>") },
  { kind: 'domain', what: 'an encryption with a cipher and no ivgen', doc: domain(fileDisk(`<encryption format='luks'>${SECRET}${SECRET2}${CIPHER}</encryption>`)) },
  { kind: 'domain', what: 'an encryption with two ciphers', doc: domain(fileDisk(`<encryption format='luks'>${SECRET}${CIPHER}${IVGEN}${CIPHER}</encryption>`)) },
  { kind: 'domain', what: "a cipher's mode without its hash", doc: domain(fileDisk(`<encryption format='luks'>${SECRET}<cipher name='aes' size='256' mode='cbc'/>${IVGEN}</encryption>`)) },
  { kind: 'domain', what: 'an encryption with a cipher and no secret', doc: domain(fileDisk(`<encryption format='luks'>${CIPHER}${IVGEN}</encryption>`)) },
  { kind: 'domain', what: "a secret of type 'volume'", doc: domain(rbdDisk(`<encryption format='luks'>${SECRET}<secret type='volume' usage='parent-image'/></encryption>`)) },
  {
    kind: 'domainsnapshot',
    what: "an overlay's encryption with an ivgen and no cipher",
    doc: snapshot(`<disk name='vda' type='network'><source protocol='rbd' name='pool/vm1.s1'><host name='192.0.2.20'/><encryption format='luks'>${SECRET}${SECRET2}${IVGEN}</encryption></source></disk>`),
  },
];

/**
 * One document per shape whose only newer part is that shape, with its control (the same document
 * without it), for the check at every checked release. Old-style documents, so that every release's
 * schema takes the control: no machine type, sizes in KiB, qcow encryption.
 */
const OLD_DOMAIN = (type: string, os: string, device: string): string =>
  `<domain type='${type}'>\n  <name>vm1</name>\n  <memory unit='KiB'>1048576</memory>\n  <os>${os}</os>\n  <devices>\n    ${device}\n  </devices>\n</domain>\n`;
const QCOW_DISK = (secrets: string): string =>
  `<disk type='file' device='disk'><source file='/var/lib/libvirt/images/vm1.img'/><encryption format='qcow'>${secrets}</encryption><target dev='vda' bus='virtio'/></disk>`;
const S_A = "<secret type='passphrase' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/>";
const S_B = "<secret type='passphrase' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d70'/>";
const SHAPE_DOCS: readonly { kind: DocumentKind; what: string; doc: string; control: string }[] = [
  {
    kind: 'network',
    what: 'network rates above 2^32 − 1',
    doc: network("\n  <bandwidth><inbound average='4294967296' peak='4294967297'/><outbound average='1000'/></bandwidth>"),
    control: network("\n  <bandwidth><inbound average='4294967295' peak='4294967295'/><outbound average='1000'/></bandwidth>"),
  },
  { kind: 'network', what: "a network's route without address", doc: network("\n  <route gateway='192.168.150.2'/>"), control: network("\n  <route address='192.168.222.0' prefix='24' gateway='192.168.150.2'/>") },
  {
    kind: 'domain',
    what: "an interface's floor above 2^32 − 1",
    doc: OLD_DOMAIN('kvm', "<type arch='x86_64'>hvm</type>", "<interface type='network'><source network='default'/><bandwidth><inbound average='1000' floor='5000000000'/></bandwidth></interface>"),
    control: OLD_DOMAIN('kvm', "<type arch='x86_64'>hvm</type>", "<interface type='network'><source network='default'/><bandwidth><inbound average='1000' floor='500'/></bandwidth></interface>"),
  },
  {
    kind: 'domain',
    what: "an LXC host device's route without address",
    doc: OLD_DOMAIN('lxc', '<type>exe</type><init>/sbin/init</init>', "<hostdev mode='capabilities' type='net'><source><interface>eth1</interface></source><ip address='192.168.122.6' prefix='24'/><route gateway='192.168.122.1'/></hostdev>"),
    control: OLD_DOMAIN(
      'lxc',
      '<type>exe</type><init>/sbin/init</init>',
      "<hostdev mode='capabilities' type='net'><source><interface>eth1</interface></source><ip address='192.168.122.6' prefix='24'/><route address='192.168.124.0' prefix='24' gateway='192.168.122.1'/></hostdev>",
    ),
  },
  {
    kind: 'domain',
    what: "a disk's two secrets",
    doc: OLD_DOMAIN('kvm', "<type arch='x86_64'>hvm</type>", QCOW_DISK(S_A + S_B)),
    control: OLD_DOMAIN('kvm', "<type arch='x86_64'>hvm</type>", QCOW_DISK(S_A)),
  },
  {
    kind: 'volume',
    what: "a volume's two secrets",
    doc: `<volume>\n  <name>v.img</name>\n  <capacity unit='G'>1</capacity>\n  <target><format type='qcow2'/><encryption format='qcow'>${S_A}${S_B}</encryption></target>\n</volume>\n`,
    control: `<volume>\n  <name>v.img</name>\n  <capacity unit='G'>1</capacity>\n  <target><format type='qcow2'/><encryption format='qcow'>${S_A}</encryption></target>\n</volume>\n`,
  },
];

async function schemaFindings(doc: string, targets?: string): Promise<string[]> {
  const r = await lintText(doc, { ruleSet: [], ...(targets ? { targets: parseTargets(targets) } : {}) });
  return r.diagnostics.filter((d) => d.ruleId.startsWith('schema/') || d.ruleId === 'requires-newer-libvirt').map((d) => `${d.ruleId}: ${d.message}`);
}

describe("targets: the value ranges and shapes libvirt 12.8's schemas relaxed, in virtlint's grammars", function () {
  this.timeout(120000);
  const releases = checkedReleases();
  const release = (v: string) => releases.find((r) => r.version === v) as (typeof releases)[number];

  for (const [label, cases, accepted] of [
    ["each witness is accepted by 12.8.0's schema of its kind and by virtlint's grammar, and rejected by 9.0.0's schema", WITNESSES, true],
    ["each misuse is rejected by 12.8.0's schema of its kind and by virtlint's grammar", MISUSES, false],
  ] as const) {
    it(label, async () => {
      expect(await bothWaysProblems(cases, release('12.8.0'), accepted, accepted ? release('9.0.0') : undefined)).to.deep.equal([]);
    });
  }

  it("--target libvirt@9.0.0: <domain register> needs libvirt ≥ 10.1.0 (the release notes' date), each witness's shapes are reported, none at 12.8.0 (an order relaxed, <ivgen> before <cipher>, is not a shape: not reported)", async () => {
    const register = await schemaFindings(network("\n  <domain name='example.org' register='yes'/>"), 'libvirt@9.0.0');
    expect(register).to.deep.equal(['requires-newer-libvirt: `<domain register>` needs libvirt ≥ 10.1.0; the target is 9.0.0']);
    expect(await schemaFindings(network("\n  <domain name='example.org' register='yes'/>"), 'libvirt@10.1.0')).to.deep.equal([]);
    // What each finding says the document has, before "needs libvirt" / "is not in libvirt".
    const what = (m: string): string => m.replace(/^requires-newer-libvirt: /, '').replace(/ (?:needs libvirt ≥ |is not in libvirt ).*$/, '');
    for (const c of WITNESSES) {
      const at9 = await schemaFindings(c.doc, 'libvirt@9.0.0');
      expect(at9.map(what), c.what).to.deep.equal(c.at9 ?? []);
      expect(at9.every((m) => m.startsWith('requires-newer-libvirt: ') && m.endsWith('; the target is 9.0.0')), c.what).to.equal(true);
      expect(await schemaFindings(c.doc, 'libvirt@12.8.0'), c.what).to.deep.equal([]);
    }
  });
  it('at every checked release R, a document whose one newer part is a shape is refused by R\'s schema exactly when --target libvirt@R reports the shape (its control: accepted, not reported)', async () => {
    const dir = tempDir('virtlint-newest-shapes-');
    const problems: string[] = [];
    const seen: string[] = [];
    const files = SHAPE_DOCS.map((c, i) => writeDocuments(dir, `${c.kind}-${i}`, [c.doc, c.control]) as [string, string]);
    const kinds = [...new Set(SHAPE_DOCS.map((c) => c.kind))];
    for (const r of releases) {
      // One jing run per kind and release.
      const rejected = new Set(kinds.flatMap((k) => [...jingRejects(r, SHAPE_DOCS.flatMap((c, i) => (c.kind === k ? files[i] : [])) as string[], KIND_GRAMMARS[k].file)]));
      for (const [i, c] of SHAPE_DOCS.entries()) {
        const [doc, control] = files[i] as [string, string];
        if (rejected.has(control)) problems.push(`${r.version}: ${c.what}: the control is refused`);
        const reported = (await schemaFindings(c.doc, `libvirt@${r.version}`)).filter((m) => m.startsWith('requires-newer-libvirt'));
        if (rejected.has(doc) !== reported.length > 0) problems.push(`${r.version}: ${c.what}: the schema ${rejected.has(doc) ? 'refuses' : 'takes'} it, the target check reports ${JSON.stringify(reported)}`);
        if ((await schemaFindings(c.control, `libvirt@${r.version}`)).length > 0) problems.push(`${r.version}: ${c.what}: the control is reported`);
        if (rejected.has(doc)) seen.push(`${c.what} ${r.version}`);
      }
    }
    expect(problems).to.deep.equal([]);
    // Each shape is refused somewhere (1.3.1 and 4.0.0 took several secrets; 6.0.0 to 9.0.0 one).
    for (const c of SHAPE_DOCS) expect(seen.filter((x) => x.startsWith(c.what)).length, c.what).to.be.greaterThan(0);
    expect(seen).to.include.members(["a disk's two secrets 6.0.0", "a disk's two secrets 9.0.0", "a volume's two secrets 9.0.0", "an LXC host device's route without address 11.3.0"]);
    expect(seen).not.to.include.members(["a disk's two secrets 4.0.0"]);
  });
});
