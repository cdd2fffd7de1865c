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
 * these is an item of the version table (no key names a range, a missing attribute or a repeat), so
 * `--target` cannot report them; the last test pins that, beside `<domain register>` (10.1.0), which
 * is an item and is reported.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintText } from '../../src/linter/lint.js';
import { KIND_GRAMMARS } from '../../src/schema/kinds.js';
import { parseTargets } from '../../src/targets/target.js';
import type { DocumentKind } from '../../src/types.js';
import { checkedReleases, jingRejects, writeDocuments } from './releases.js';

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

interface Case {
  readonly kind: DocumentKind;
  readonly what: string;
  readonly doc: string;
  /** What `--target libvirt@9.0.0` reports on a witness for its items (its shape is none). */
  readonly at9?: readonly string[];
}

const WITNESSES: readonly Case[] = [
  {
    kind: 'network',
    what: 'bandwidth rates above 2^32 − 1, up to 2^54',
    doc: network("\n  <bandwidth>\n    <inbound average='4294967296' peak='18014398509481984' burst='4294967295'/>\n    <outbound average='10000000000'/>\n  </bandwidth>"),
  },
  {
    kind: 'network',
    what: "a port group's bandwidth above 2^32 − 1",
    doc: network("\n  <portgroup name='fast' default='yes'><bandwidth><inbound average='5000000000' floor='4294967296'/></bandwidth></portgroup>"),
  },
  { kind: 'network', what: 'a <route> without address', doc: network("\n  <route gateway='192.168.150.2'/>\n  <route family='ipv6' prefix='0' gateway='2001:db8:ca2:2::2' metric='2'/>") },
  {
    kind: 'domain',
    what: "an interface's bandwidth above 2^32 − 1",
    doc: domain(bridgeNic("<bandwidth><inbound average='4294967296' peak='18014398509481984'/><outbound average='12500000000' burst='1024'/></bandwidth>")),
  },
  {
    kind: 'domain',
    what: "an ethernet interface's host-side and guest-side <route> without address",
    doc: domain(
      "<interface type='ethernet'><source><ip address='192.168.122.12' family='ipv4' prefix='24'/><route family='ipv4' gateway='192.168.122.1'/></source><ip address='192.168.122.13' prefix='24'/><route gateway='192.168.122.1'/><model type='virtio'/></interface>",
    ),
  },
  {
    kind: 'domain',
    what: "an LXC host device's <route> without address",
    doc: lxc("<hostdev mode='capabilities' type='net'><source><interface>eth1</interface></source><ip address='192.168.122.6' prefix='24'/><route gateway='192.168.122.1'/></hostdev>"),
  },
  { kind: 'domain', what: 'a disk source encrypted in two layers (RBD, librbd)', doc: domain(rbdDisk(`<encryption format='luks2' engine='librbd'>${SECRET}${SECRET2}</encryption>`)) },
  { kind: 'domain', what: "a disk's encryption with <ivgen> before <cipher>", doc: domain(fileDisk(`<encryption format='luks'>${SECRET}${IVGEN}${CIPHER}</encryption>`)) },
  {
    kind: 'domain',
    what: "a backing image's encryption with two secrets",
    doc: domain(
      `<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/var/lib/libvirt/images/vm1.qcow2'/><backingStore type='file'><format type='qcow2'/><source file='/var/lib/libvirt/images/base.qcow2'><encryption format='luks'>${SECRET}${SECRET2}</encryption></source><backingStore/></backingStore><target dev='vda' bus='virtio'/></disk>`,
    ),
  },
  {
    kind: 'domainsnapshot',
    what: 'an RBD overlay encrypted in two layers, cipher after ivgen',
    doc: snapshot(`<disk name='vda' type='network'><source protocol='rbd' name='pool/vm1.s1'><host name='192.0.2.20'/><encryption format='luks'>${SECRET}${SECRET2}${IVGEN}${CIPHER}</encryption></source></disk>`),
  },
  {
    kind: 'domainsnapshot',
    what: "an overlay's data store encrypted in two layers",
    doc: snapshot(
      `<disk name='vda' snapshot='external'><source file='/var/lib/libvirt/images/vm1.s1.qcow2'><dataStore type='network'><format type='raw'/><source protocol='rbd' name='pool/data'><host name='192.0.2.20'/><encryption format='luks-any' engine='librbd'>${SECRET}${SECRET2}</encryption></source></dataStore></source></disk>`,
    ),
    at9: ["requires-newer-libvirt: `<dataStore>` is not in libvirt 10.0.0's schema (it is in 11.3.0's); the target is 9.0.0"],
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
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-newest-shapes-'));
      try {
        const problems: string[] = [];
        for (const kind of [...new Set(cases.map((c) => c.kind))]) {
          const mine = cases.filter((c) => c.kind === kind);
          const files = writeDocuments(dir, kind, mine.map((c) => c.doc));
          const rejected = jingRejects(release('12.8.0'), files, KIND_GRAMMARS[kind].file);
          const rejectedAt9 = accepted ? jingRejects(release('9.0.0'), files, KIND_GRAMMARS[kind].file) : undefined;
          for (const [i, c] of mine.entries()) {
            const f = files[i] as string;
            if (rejected.has(f) === accepted) problems.push(`${kind}, ${c.what}: 12.8.0's schema ${accepted ? 'rejects' : 'accepts'} it`);
            if (rejectedAt9 && !rejectedAt9.has(f)) problems.push(`${kind}, ${c.what}: 9.0.0's schema accepts it`);
            const found = await schemaFindings(c.doc);
            if ((found.length === 0) !== accepted) problems.push(`${kind}, ${c.what}: virtlint ${accepted ? `rejects it: ${JSON.stringify(found)}` : 'accepts it'}`);
          }
        }
        expect(problems).to.deep.equal([]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it("--target libvirt@9.0.0: <domain register> needs libvirt ≥ 10.1.0 (the release notes' date); the shapes are no item, so nothing reports them", async () => {
    const register = await schemaFindings(network("\n  <domain name='example.org' register='yes'/>"), 'libvirt@9.0.0');
    expect(register).to.deep.equal(['requires-newer-libvirt: `<domain register>` needs libvirt ≥ 10.1.0; the target is 9.0.0']);
    expect(await schemaFindings(network("\n  <domain name='example.org' register='yes'/>"), 'libvirt@10.1.0')).to.deep.equal([]);
    for (const c of WITNESSES) expect(await schemaFindings(c.doc, 'libvirt@9.0.0'), c.what).to.deep.equal(c.at9 ?? []);
  });
});
