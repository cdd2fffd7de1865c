/**
 * The ladder's other document kinds — `<network>`, storage `<pool>` and `<volume>`, `<filter>`,
 * `<secret>`, host `<interface>`, `<domainsnapshot>`, `<domaincheckpoint>` — against libvirt's own
 * schemas of those kinds at every checked release (test/data/libvirt-schemas/<release>/network.rng,
 * …; a release without checkpoints has no domaincheckpoint.rng and accepts no checkpoint), as
 * differential.test.ts does for domains:
 *
 * - every document of the kind that R's schema accepts (the corpus's, the grammar fixtures', the
 *   rule tests' tables') gets no requires-newer-libvirt finding with --target libvirt@R;
 * - one document per ladder step of each kind, which `after`'s schema rejects for one newer item and
 *   `by`'s accepts, is flagged exactly at that item for `after` and not for `by` — through lintText,
 *   so the linter runs the target step on these kinds.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { lintText, type RuleSetting } from '../../src/linter/lint.js';
import { KIND_GRAMMARS } from '../../src/schema/kinds.js';
import { checkTargets, TARGET_RULE_ID } from '../../src/targets/check.js';
import { kindGrammarItems } from '../../src/targets/grammar-items.js';
import { LADDER_KINDS } from '../../src/targets/ladder-build.js';
import { releaseMembership } from '../../src/targets/ladder.js';
import { compareVersions, parseTargets, parseVersion } from '../../src/targets/target.js';
import { bundledVersionTable, splitKey } from '../../src/targets/version-table.js';
import type { DocumentKind } from '../../src/types.js';
import { parseXml } from '../../src/xml/parse.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { checkedReleases, hostdevNetwork, jingRejects, rootIs, ruleTableDocuments, writeDocuments } from './releases.js';
import { tempDir } from '../helpers/temp-dir.js';

const KINDS = LADDER_KINDS.filter((k) => k !== 'domain');

const network = (inner: string): string => `<network>\n  <name>n</name>\n  <bridge name='virbr9'/>${inner}\n  <ip address='192.168.150.1' netmask='255.255.255.0'/>\n</network>\n`;
const dirPool = (inner: string): string => `<pool type='dir'>\n  <name>p</name>${inner}\n  <target><path>/var/lib/libvirt/images</path></target>\n</pool>\n`;
const volume = (inner: string, target = "<format type='raw'/>"): string => `<volume>\n  <name>v.img</name>\n  <capacity unit='G'>1</capacity>${inner}\n  <target>${target}</target>\n</volume>\n`;
const secret = (usage: string): string => `<secret ephemeral='no' private='yes'>\n  <uuid>0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f</uuid>\n  ${usage}\n</secret>\n`;

const snapshot = (inner: string, disk = "<disk name='vda' snapshot='external'><source file='/var/lib/libvirt/images/vm1.s1.qcow2'/></disk>"): string =>
  `<domainsnapshot>\n  <name>s1</name>\n  <description>before the upgrade</description>\n  <disks>\n    ${disk}\n  </disks>${inner}\n</domainsnapshot>\n`;
const checkpoint = (inner: string): string => `<domaincheckpoint>\n  <name>c1</name>\n  <disks>\n    <disk name='vda' checkpoint='bitmap'/>\n    <disk name='vdb' checkpoint='no'/>\n  </disks>${inner}\n</domaincheckpoint>\n`;

/**
 * A document of each kind every checked release's schema accepts (the steps' documents add one
 * item to it); a checkpoint, every release with a checkpoint schema (6.0.0 on).
 */
const BASES: Readonly<Record<string, string>> = {
  network: network(''),
  pool: dirPool(''),
  volume: volume(''),
  filter: "<filter name='t-base' chain='ipv4'>\n  <rule action='accept' direction='out'><ip protocol='tcp' dstportstart='22'/></rule>\n</filter>\n",
  secret: secret("<usage type='ceph'><name>client-libvirt</name></usage>"),
  interface: "<interface type='bridge' name='br0'>\n  <start mode='onboot'/>\n  <protocol family='ipv4'><dhcp/></protocol>\n  <bridge stp='off' delay='0'>\n    <interface type='ethernet' name='eth0'><mac address='52:54:00:1a:2b:3c'/></interface>\n  </bridge>\n</interface>\n",
  domainsnapshot: snapshot(''),
  domaincheckpoint: checkpoint(''),
};

/**
 * One document per ladder step of each kind that has an undated item: `after`'s schema rejects it
 * for the one item (whose text is `at`), `by`'s accepts it. Items without a documented release, so
 * that the ladder is what flags each; a step whose items are all dated needs none (DATED has them).
 */
const STEPS: readonly { kind: DocumentKind; after: string; by: string; item: string; doc: string; at: string }[] = [
  { kind: 'network', after: '1.3.1', by: '4.0.0', item: 'network/metadata', doc: network("\n  <metadata><app:x xmlns:app='http://example.org/app/1'/></metadata>"), at: 'metadata' },
  { kind: 'network', after: '4.0.0', by: '6.0.0', item: 'network/bandwidth/@classID', doc: network("\n  <bandwidth classID='3'><inbound average='1000'/></bandwidth>"), at: "classID='3'" },
  { kind: 'network', after: '6.0.0', by: '7.0.0', item: 'network/forward/nat/@ipv6', doc: network("\n  <forward mode='nat'><nat ipv6='yes'/></forward>"), at: "ipv6='yes'" },
  // From libvirt 12.8's network schema (releases-12.8-kinds.json).
  { kind: 'network', after: '9.0.0', by: '10.0.0', item: 'network/forward/driver/@name=xen', doc: hostdevNetwork("<driver name='xen'/>"), at: 'xen' },
  {
    kind: 'network',
    after: '11.3.0',
    by: '12.8.0',
    item: 'network/dns/forwarder/@port',
    doc: network("\n  <dns><forwarder addr='192.0.2.53' port='5353'/></dns>"),
    at: "port='5353'",
  },
  {
    kind: 'pool',
    after: '1.3.1',
    by: '4.0.0',
    item: 'pool/source/device/@part_separator',
    doc: "<pool type='disk'>\n  <name>p</name>\n  <source><device path='/dev/sdb' part_separator='yes'/><format type='gpt'/></source>\n  <target><path>/dev</path></target>\n</pool>\n",
    at: "part_separator='yes'",
  },
  {
    kind: 'pool',
    after: '4.0.0',
    by: '6.0.0',
    item: 'pool/source/format/@type=vmfs',
    doc: "<pool type='fs'>\n  <name>p</name>\n  <source><device path='/dev/sdb1'/><format type='vmfs'/></source>\n  <target><path>/mnt/p</path></target>\n</pool>\n",
    at: 'vmfs',
  },
  { kind: 'volume', after: '1.3.1', by: '4.0.0', item: 'volume/target/format/@type=luks', doc: volume('', "<format type='luks'/>"), at: 'luks' },
  { kind: 'volume', after: '4.0.0', by: '6.0.0', item: 'volume/physical', doc: volume("\n  <physical unit='G'>1</physical>"), at: 'physical' },
  { kind: 'volume', after: '7.0.0', by: '8.0.0', item: 'volume/target/features/extended_l2', doc: volume('', "<format type='qcow2'/><features><extended_l2/></features>"), at: 'extended_l2' },
  // A snapshot's own items (what its <domain> holds is the domain's: the embedded-domain test below).
  {
    kind: 'domainsnapshot',
    after: '1.3.1',
    by: '4.0.0',
    item: 'domainsnapshot/cookie',
    doc: snapshot("\n  <cookie><cpu mode='custom' match='exact'><model fallback='forbid'>Skylake-Client</model></cpu></cookie>"),
    at: 'cookie',
  },
  {
    kind: 'domainsnapshot',
    after: '4.0.0',
    by: '6.0.0',
    item: 'domainsnapshot/disks/disk/source/seclabel',
    doc: snapshot('', "<disk name='vda'><source file='/var/lib/libvirt/images/vm1.s1.qcow2'><seclabel model='dac' relabel='no'/></source></disk>"),
    at: 'seclabel',
  },
  {
    kind: 'domainsnapshot',
    after: '6.0.0',
    by: '7.0.0',
    item: 'domainsnapshot/disks/disk/driver/metadata_cache',
    doc: snapshot('', "<disk name='vda' snapshot='external'><source file='/var/lib/libvirt/images/vm1.s1.qcow2'/><driver type='qcow2'><metadata_cache><max_size unit='KiB'>1024</max_size></metadata_cache></driver></disk>"),
    at: 'metadata_cache',
  },
  {
    kind: 'domainsnapshot',
    after: '7.0.0',
    by: '8.0.0',
    item: 'domainsnapshot/disks/disk/source/encryption/@engine',
    doc: snapshot('', "<disk name='vda' snapshot='external'><source file='/var/lib/libvirt/images/vm1.s1.qcow2'><encryption format='luks' engine='qemu'><secret type='passphrase' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/></encryption></source></disk>"),
    at: "engine='qemu'",
  },
  {
    kind: 'domainsnapshot',
    after: '8.0.0',
    by: '9.0.0',
    item: 'domainsnapshot/disks/disk/source/@tlsHostname',
    doc: snapshot('', "<disk name='vda' type='network'><source protocol='nbd' name='vm1-s1' tls='yes' tlsHostname='nbd.example.org'><host name='192.0.2.10' port='10809'/></source></disk>"),
    at: "tlsHostname='nbd.example.org'",
  },
  // From libvirt 12.8's snapshot schema: what libvirt writes about a revert and a delete, then
  // the disk sources' qcow2 data store (10.0.0's schema lacks it), then a data store's
  // reservations `migration` (11.3.0's lacks it).
  {
    kind: 'domainsnapshot',
    after: '9.0.0',
    by: '10.0.0',
    item: 'domainsnapshot/disks/disk/snapshotDeleteInProgress',
    doc: snapshot('', "<disk name='vda' snapshot='external'><source file='/var/lib/libvirt/images/vm1.s1.qcow2'/><snapshotDeleteInProgress/></disk>"),
    at: 'snapshotDeleteInProgress',
  },
  {
    kind: 'domainsnapshot',
    after: '10.0.0',
    by: '11.3.0',
    item: 'domainsnapshot/disks/disk/source/dataStore',
    doc: snapshot('', "<disk name='vda' snapshot='external'><source file='/var/lib/libvirt/images/vm1.s1.qcow2'><dataStore type='file'><format type='raw'/><source file='/var/lib/libvirt/images/vm1.s1.data'/></dataStore></source><driver type='qcow2'/></disk>"),
    at: 'dataStore',
  },
  {
    kind: 'domainsnapshot',
    after: '11.3.0',
    by: '12.8.0',
    item: 'domainsnapshot/disks/disk/source/dataStore/source/reservations/@migration',
    doc: snapshot('', "<disk name='vda' snapshot='external'><source file='/var/lib/libvirt/images/vm1.s1.qcow2'><dataStore type='block'><format type='raw'/><source dev='/dev/mapper/vm1-data'><reservations managed='yes' migration='yes'/></source></dataStore></source></disk>"),
    at: "migration='yes'",
  },
];

/**
 * Items the version table dates (libvirt's network, storage and secret documentation, 9.0.0): each
 * document is accepted by `since`'s side of the ladder (the first checked release from `since` on),
 * fine at `since` and flagged "needs libvirt ≥ since" at `before`.
 */
const DATED: readonly { kind: DocumentKind; item: string; since: string; before: string; doc: string; at: string | readonly string[] }[] = [
  { kind: 'network', item: 'network/mtu', since: '3.1.0', before: '3.0.0', doc: network("\n  <mtu size='9000'/>"), at: 'mtu' },
  { kind: 'network', item: 'network/bridge/@zone', since: '5.1.0', before: '5.0.0', doc: network('').replace("<bridge name='virbr9'/>", "<bridge name='virbr9' zone='trusted'/>"), at: "zone='trusted'" },
  { kind: 'network', item: 'network/port', since: '6.1.0', before: '6.0.0', doc: network("\n  <port isolated='yes'/>"), at: 'port' },
  {
    kind: 'network',
    item: 'network/dns/@enable',
    since: '2.2.0',
    before: '2.1.0',
    doc: network("\n  <forward mode='open'/>\n  <dns enable='yes'><forwarder domain='example.org' addr='192.0.2.53'/></dns>"),
    at: ['open', "enable='yes'", "domain='example.org'"],
  },
  {
    kind: 'network',
    item: 'network/ip/dhcp/range/lease',
    since: '6.3.0',
    before: '6.2.0',
    doc: network('').replace("netmask='255.255.255.0'/>", "netmask='255.255.255.0' localPtr='yes'><dhcp><range start='192.168.150.2' end='192.168.150.254'><lease expiry='1' unit='hours'/></range></dhcp></ip>"),
    at: 'lease',
  },
  {
    kind: 'network',
    item: 'network/dnsmasq:options',
    since: '5.6.0',
    before: '5.5.0',
    doc: network('').replace('<network>', "<network xmlns:dnsmasq='http://libvirt.org/schemas/network/dnsmasq/1.0'>").replace('</network>', "  <dnsmasq:options><dnsmasq:option value='log-queries'/></dnsmasq:options>\n</network>"),
    at: 'dnsmasq:options',
  },
  {
    kind: 'pool',
    item: 'pool/fs:mount_opts',
    since: '5.1.0',
    before: '5.0.0',
    doc: "<pool type='netfs' xmlns:fs='http://libvirt.org/schemas/storagepool/fs/1.0'>\n  <name>p</name>\n  <source><host name='nfs.example.org'/><dir path='/export'/><format type='nfs'/><protocol ver='4'/></source>\n  <target><path>/mnt/p</path></target>\n  <fs:mount_opts><fs:option name='sync'/></fs:mount_opts>\n</pool>\n",
    at: ['protocol', 'fs:mount_opts'],
  },
  { kind: 'pool', item: 'pool/features', since: '6.6.0', before: '6.5.0', doc: dirPool("\n  <features><cow state='no'/></features>"), at: 'features' },
  {
    kind: 'pool',
    item: 'pool/@type=iscsi-direct',
    since: '4.7.0',
    before: '4.6.0',
    doc: "<pool type='iscsi-direct'>\n  <name>p</name>\n  <source><host name='iscsi.example.org'/><device path='iqn.2013-06.com.example:iscsi-pool'/><initiator><iqn name='iqn.2013-06.com.example:client'/></initiator></source>\n</pool>\n",
    at: 'iscsi-direct',
  },
  // From libvirt 12.8's network and volume schemas (releases-12.8-kinds.json).
  { kind: 'network', item: 'network/title', since: '9.7.0', before: '9.6.0', doc: network('').replace('<name>n</name>', '<name>n</name>\n  <title>Lab network</title>'), at: 'title' },
  { kind: 'network', item: 'network/forward/driver/@model', since: '10.0.0', before: '9.10.0', doc: hostdevNetwork("<driver name='vfio' model='vfio-pci-igb'/>"), at: "model='vfio-pci-igb'" },
  { kind: 'network', item: 'network/forward/driver/@iommufd', since: '12.1.0', before: '12.0.0', doc: hostdevNetwork("<driver iommufd='yes'/>"), at: "iommufd='yes'" },
  // Dated by the release notes (v10.1.0), not by formatnetwork.
  { kind: 'network', item: 'network/domain/@register', since: '10.1.0', before: '10.0.0', doc: network("\n  <domain name='example.org' register='yes'/>"), at: "register='yes'" },
  {
    kind: 'volume',
    item: 'volume/target/encryption/@format=luks-any',
    since: '9.3.0',
    before: '9.2.0',
    doc: volume('', "<format type='raw'/><encryption format='luks-any'><secret type='passphrase' usage='vol-secret'/></encryption>"),
    at: 'luks-any',
  },
  { kind: 'volume', item: 'volume/target/clusterSize', since: '7.4.0', before: '7.3.0', doc: volume('', "<format type='qcow2'/><clusterSize unit='KiB'>64</clusterSize>"), at: 'clusterSize' },
  {
    kind: 'volume',
    item: 'volume/target/encryption/cipher',
    since: '2.1.0',
    before: '2.0.0',
    doc: volume('', "<format type='raw'/><encryption format='luks'><secret type='passphrase' usage='vol-secret'/><cipher name='aes' size='256' mode='cbc' hash='sha256'/><ivgen name='plain64' hash='sha256'/></encryption>"),
    at: ['luks', "usage='vol-secret'", 'cipher', 'ivgen'],
  },
  { kind: 'secret', item: 'secret/usage/@type=tls', since: '2.3.0', before: '2.2.0', doc: secret("<usage type='tls'><name>tls-1</name></usage>"), at: 'tls' },
  { kind: 'secret', item: 'secret/usage/@type=vtpm', since: '5.6.0', before: '5.5.0', doc: secret("<usage type='vtpm'><name>vtpm-1</name></usage>"), at: 'vtpm' },
  // The checkpoint document as a whole (4.0.0 has no checkpoint schema; what it holds arrived with it).
  { kind: 'domaincheckpoint', item: 'domaincheckpoint', since: '5.6.0', before: '5.5.0', doc: BASES.domaincheckpoint as string, at: 'domaincheckpoint' },
  { kind: 'domainsnapshot', item: 'domainsnapshot/disks/disk/@snapshot=manual', since: '8.2.0', before: '8.1.0', doc: snapshot('', "<disk name='vda' snapshot='manual'/>"), at: 'manual' },
];

/** The target step's findings for a document, as "message @ text". */
function targetFindings(text: string, version: string): string[] {
  const parsed = parseXml(text);
  if (!parsed.ok) return [];
  return checkTargets(parsed.document.root, parseTargets(`libvirt@${version}`), bundledVersionTable(), 'error').map((d) => `${d.message} @ ${text.slice(d.range.start.offset, d.range.end.offset)}`);
}

/** The target check's message for an element key at a libvirt release, or undefined when the release has it (as the check words it). */
function tooNewAt(table: ReturnType<typeof bundledVersionTable>, key: string, version: string): string | undefined {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const since = table.entry(key)?.since;
  const parts = parseVersion(version) as number[];
  if (since) return compareVersions(parseVersion(since) as number[], parts) > 0 ? `\`<${name}>\` needs libvirt ≥ ${since}; the target is ${version}` : undefined;
  const bound = table.bound(key);
  return bound?.afterParts && compareVersions(parts, bound.afterParts) <= 0 ? `\`<${name}>\` is not in libvirt ${bound.after}'s schema (it is in ${bound.by}'s); the target is ${version}` : undefined;
}

/** The documents of a kind this repository holds: the corpus's, the grammar fixtures', the rule tests' tables'. */
async function documentsOf(kind: DocumentKind): Promise<string[]> {
  const root = KIND_GRAMMARS[kind].root;
  const xmlIn = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) : []);
  const all = [...xmlIn(CORPUS), ...xmlIn(path.join(REPO_ROOT, 'test/fixtures/grammar', root)), ...(await ruleTableDocuments())];
  return [...new Set(all.filter((t) => rootIs(t, root)))];
}

describe('targets: the other document kinds against libvirt\'s own schemas at every checked release', function () {
  this.timeout(600000);
  const releases = checkedReleases();

  it('document level: each network, pool, volume, filter, secret, interface, snapshot and checkpoint document R\'s schema accepts gets no finding with --target libvirt@R, for every release', async function () {
    const dir = tempDir('virtlint-kinds-');
    const flagged: string[] = [];
    const counts: string[] = [];
    for (const kind of KINDS) {
      const docs = [BASES[kind] as string, ...(await documentsOf(kind))];
      const files = writeDocuments(dir, kind, docs);
      const per: string[] = [];
      for (const r of releases) {
        const rejected = jingRejects(r, files, KIND_GRAMMARS[kind].file);
        if (rejected.has(files[0] as string) && fs.existsSync(path.join(r.dir, KIND_GRAMMARS[kind].file))) flagged.push(`${r.version}: the base ${kind} is invalid`);
        let caught = 0;
        files.forEach((f, i) => {
          const found = targetFindings(docs[i] as string, r.version);
          if (!rejected.has(f)) for (const m of found) flagged.push(`${r.version} ${kind} ${path.basename(f)}: ${m}`);
          else if (found.length > 0) caught++;
        });
        per.push(`${r.version} ${files.length - rejected.size}${caught ? ` (+${caught} rejected and flagged)` : ''}`);
      }
      expect(docs.length, kind).to.be.greaterThan(2);
      counts.push(`${kind} ${docs.length} documents, accepted: ${per.join(', ')}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    expect(flagged).to.deep.equal([]);
    this.test!.title += ` — ${counts.join('; ')}`;
  });

  it('document level: one document per ladder step of each kind, rejected by `after`\'s schema for one newer item, is flagged exactly there at `after` (through lintText) and not at `by`', async () => {
    const table = bundledVersionTable();
    const dir = tempDir('virtlint-kinds-');
    const problems: string[] = [];
    // Every step of each kind's ladder between two checked releases with an undated item has its document.
    const roots = new Map(KINDS.map((k) => [KIND_GRAMMARS[k].root, k]));
    const want = new Set<string>();
    // An undated item inside an element dated after the step (a checkpoint's items, inside
    // <domaincheckpoint> 5.6.0) needs none: the element's finding is what a target sees.
    const datedAbove = (key: string, after: string): boolean => {
      const { steps } = splitKey(key);
      return steps.some((_, i) => {
        const since = table.entry(steps.slice(0, i + 1).join('/'))?.sinceParts;
        return since !== undefined && compareVersions(since, parseVersion(after) as number[]) > 0;
      });
    };
    for (const st of table.ladder?.data.steps ?? []) {
      if (!st.after || !st.by) continue;
      for (const key of st.items) {
        const kind = roots.get(key.split('/')[0] as string);
        if (kind && !table.entry(key)?.since && !datedAbove(key, st.after)) want.add(`${kind} ${st.after}→${st.by}`);
      }
    }
    expect([...new Set(STEPS.map((s) => `${s.kind} ${s.after}→${s.by}`))].sort()).to.deep.equal([...want].sort());
    for (const [i, s] of STEPS.entries()) {
      const f = path.join(dir, `step-${i}.xml`);
      fs.writeFileSync(f, s.doc);
      const schema = KIND_GRAMMARS[s.kind].file;
      const release = (v: string) => releases.find((r) => r.version === v) as (typeof releases)[number];
      if (!jingRejects(release(s.after), [f], schema).has(f)) problems.push(`${s.item}: ${s.after}'s schema accepts the document`);
      if (jingRejects(release(s.by), [f], schema).has(f)) problems.push(`${s.item}: ${s.by}'s schema rejects the document`);
      expect(table.entry(s.item), s.item).to.equal(undefined);
      expect(table.bound(s.item), s.item).to.include({ after: s.after, by: s.by });
      const linted = await lintText(s.doc, { targets: parseTargets(`libvirt@${s.after}`) });
      const at = linted.diagnostics.filter((d) => d.ruleId === TARGET_RULE_ID).map((d) => `${d.message} @ ${s.doc.slice(d.range.start.offset, d.range.end.offset)}`);
      const expected = `\` is not in libvirt ${s.after}'s schema (it is in ${s.by}'s); the target is ${s.after} @ ${s.at}`;
      if (at.length !== 1 || !at[0]?.endsWith(expected)) problems.push(`${s.item}: at ${s.after} expected one finding ending "${expected}", got ${JSON.stringify(at)}`);
      const atBy = await lintText(s.doc, { targets: parseTargets(`libvirt@${s.by}`) });
      const byFindings = atBy.diagnostics.filter((d) => d.ruleId === TARGET_RULE_ID || d.ruleId.startsWith('schema/')).map((d) => `${d.ruleId}: ${d.message}`);
      if (byFindings.length > 0) problems.push(`${s.item}: at ${s.by}: ${JSON.stringify(byFindings)}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    expect(problems).to.deep.equal([]);
  });

  it('dated items (network, storage, secret, snapshot and checkpoint documentation): the date lies within the ladder\'s bound, the checked release before it rejects the document and the one from it accepts it, fine at its release (virtlint\'s schema and target) and flagged at the one before', async () => {
    const table = bundledVersionTable();
    const problems: string[] = [];
    const dir = tempDir('virtlint-kinds-');
    for (const [i, d] of DATED.entries()) {
      expect(table.entry(d.item)?.since, d.item).to.equal(d.since);
      const since = parseVersion(d.since) as number[];
      const bound = table.ladder?.bound(d.item);
      if (!bound?.by || !bound.afterParts || compareVersions(bound.afterParts, since) >= 0 || compareVersions(since, parseVersion(bound.by) as number[]) > 0) {
        problems.push(`${d.item}: ${d.since} is not within the ladder's bound ${JSON.stringify(bound)}`);
      }
      // The checked releases either side of the date: the older schema rejects the document, the newer accepts it.
      const f = path.join(dir, `dated-${i}.xml`);
      fs.writeFileSync(f, d.doc);
      const older = releases.filter((r) => compareVersions(r.parts, since) < 0).pop();
      const newer = releases.find((r) => compareVersions(r.parts, since) >= 0);
      if (older && !jingRejects(older, [f], KIND_GRAMMARS[d.kind].file).has(f)) problems.push(`${d.item}: ${older.version}'s schema accepts the document`);
      if (!newer || jingRejects(newer, [f], KIND_GRAMMARS[d.kind].file).has(f)) problems.push(`${d.item}: ${newer?.version}'s schema rejects the document`);
      const linted = await lintText(d.doc, { targets: parseTargets(`libvirt@${d.since}`) });
      const bad = linted.diagnostics.filter((x) => x.ruleId.startsWith('schema/') || x.ruleId === TARGET_RULE_ID).map((x) => x.message);
      if (bad.length > 0) problems.push(`${d.item}: at ${d.since}: ${JSON.stringify(bad)}`);
      const before = targetFindings(d.doc, d.before);
      const want = (typeof d.at === 'string' ? [d.at] : d.at).map((at) => `; the target is ${d.before} @ ${at}`);
      if (before.length !== want.length || before.some((m, j) => !m.endsWith(want[j] as string) || !m.includes('needs libvirt ≥'))) problems.push(`${d.item}: at ${d.before}: ${JSON.stringify(before)}`);
      if (!before.some((m) => m.includes(`needs libvirt ≥ ${d.since};`))) problems.push(`${d.item}: no finding names ${d.since}: ${JSON.stringify(before)}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    expect(problems).to.deep.equal([]);
  });

  it('grammar level: what the table dates ≤ R is in R\'s schema of the kind and what it dates later is not, for every release', function () {
    const table = bundledVersionTable();
    const problems: string[] = [];
    let checked = 0;
    for (const kind of KINDS) {
      const dated = kindGrammarItems(kind).filter((i) => table.entry(i.key)?.since);
      for (const r of releases) {
        const has = releaseMembership(fs.existsSync(path.join(r.dir, KIND_GRAMMARS[kind].file)) ? kindGrammarItems(kind, r.dir) : []);
        for (const item of dated) {
          const own = table.entry(item.key)?.sinceParts as readonly number[];
          const { steps } = splitKey(item.key);
          // The release an item is usable from: the latest of its own and its enclosing elements'.
          const effective = steps.map((_, i) => table.entry(steps.slice(0, i + 1).join('/'))?.sinceParts).reduce<readonly number[]>((a, b) => (b && compareVersions(b, a) > 0 ? b : a), own);
          checked++;
          if (compareVersions(effective, r.parts) <= 0 && !has(item.key)) problems.push(`${item.key}: dated ${table.entry(item.key)?.since} but not in ${r.version}'s schema`);
          if (compareVersions(own, r.parts) > 0 && has(item.key)) problems.push(`${item.key}: dated ${table.entry(item.key)?.since} but ${r.version}'s schema has it`);
        }
      }
    }
    expect(checked).to.be.greaterThan(400);
    expect(problems).to.deep.equal([]);
    this.test!.title += ` — ${checked / releases.length} dated items, at ${releases.length} releases`;
  });

  it('embedded domains: each corpus domain as a snapshot\'s <domain>, a snapshot\'s <inactiveDomain> and a checkpoint\'s <domain> gets the domain\'s own findings (the table\'s dates and the ladder\'s bounds apply inside), the embedding element\'s where R lacks it; R\'s snapshot and checkpoint schemas accept exactly the embedded documents whose domain R\'s domain schema accepts, and none of those gets a finding at R', function () {
    const domains = fs
      .readdirSync(CORPUS)
      .filter((f) => f.endsWith('.xml'))
      .map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8'))
      .filter((t) => rootIs(t, 'domain'))
      // The document element alone: no XML declaration or comment may stand inside another element.
      .map((t) => t.slice(t.search(/<domain[\s>]/)).trimEnd());
    expect(domains.length).to.be.greaterThan(200);
    const asInactive = (d: string): string => `<inactiveDomain${d.slice('<domain'.length, d.length - '</domain>'.length)}</inactiveDomain>`;
    // `element`: the embedding element, whose one finding stands for the whole domain where a target lacks it.
    const WRAPS = [
      { name: 'snapshot <domain>', schema: 'domainsnapshot.rng', wrap: (d: string) => `<domainsnapshot>\n<name>s1</name>\n${d}\n</domainsnapshot>\n`, element: 'domainsnapshot/domain' },
      { name: 'snapshot <inactiveDomain>', schema: 'domainsnapshot.rng', wrap: (d: string) => `<domainsnapshot>\n<name>s1</name>\n${asInactive(d)}\n</domainsnapshot>\n`, element: 'domainsnapshot/inactiveDomain' },
      { name: 'checkpoint <domain>', schema: 'domaincheckpoint.rng', wrap: (d: string) => `<domaincheckpoint>\n<name>c1</name>\n${d}\n</domaincheckpoint>\n`, element: 'domaincheckpoint' },
    ];
    // asInactive renames the first and the last tag.
    expect(domains.every((d) => d.endsWith('</domain>'))).to.equal(true);
    const table = bundledVersionTable();
    const dir = tempDir('virtlint-embedded-');
    const domainFiles = writeDocuments(dir, 'domain', domains);
    const problems: string[] = [];
    const counts: string[] = [];
    // The checked releases, and one before the oldest (where the table's dates decide alone).
    for (const version of ['0.9.2', ...releases.map((r) => r.version)]) {
      const release = releases.find((r) => r.version === version);
      const domainRejected = release ? jingRejects(release, domainFiles) : undefined;
      const per: string[] = [];
      for (const w of WRAPS) {
        const texts = domains.map(w.wrap);
        // Where the target lacks the embedding element (or the whole document), its one finding hides the domain's.
        const outer = tooNewAt(table, w.element, version);
        let accepted = 0;
        const files = writeDocuments(dir, w.schema, texts);
        const rejected = release ? jingRejects(release, files, w.schema) : undefined;
        texts.forEach((t, i) => {
          const got = targetFindings(t, version);
          const want = outer ? [`${outer} @ ${w.element === 'domaincheckpoint' ? 'domaincheckpoint' : w.element.split('/')[1]}`] : targetFindings(domains[i] as string, version);
          if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${version} ${w.name} #${i}: got ${JSON.stringify(got)}, the domain alone ${JSON.stringify(want)}`);
          if (!rejected || !domainRejected) return;
          const ok = !rejected.has(files[i] as string);
          if (ok) accepted++;
          if (ok && got.length > 0) problems.push(`${version} ${w.name} #${i}: accepted by ${version}'s ${w.schema}, but ${JSON.stringify(got)}`);
          // The premise: R's snapshot and checkpoint schemas embed R's domain schema.
          const hasElement = !outer;
          if (hasElement && ok === domainRejected.has(domainFiles[i] as string)) problems.push(`${version} ${w.name} #${i}: ${w.schema} ${ok ? 'accepts' : 'rejects'} it, domain.rng ${ok ? 'rejects' : 'accepts'} the domain`);
        });
        if (release) per.push(`${w.name} ${accepted}`);
      }
      if (release) counts.push(`${version}: domain ${domains.length - (domainRejected as Set<string>).size}, ${per.join(', ')}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    expect(problems.slice(0, 20)).to.deep.equal([]);
    this.test!.title += ` — ${domains.length} domains; accepted: ${counts.join('; ')}`;
  });

  it('a network, pool or volume item newer than the target is reported as for a domain; the rule\'s off setting and warn level apply', async () => {
    const doc = STEPS.find((s) => s.item === 'volume/target/features/extended_l2')?.doc as string;
    const at = (target: string, rules?: Record<string, RuleSetting>) =>
      lintText(doc, { targets: parseTargets(target), ...(rules ? { rules } : {}) }).then((r) => r.diagnostics.filter((d) => d.ruleId === TARGET_RULE_ID).map((d) => [d.severity, d.message]));
    expect(await at('libvirt@7.0.0')).to.deep.equal([['error', "`<extended_l2>` is not in libvirt 7.0.0's schema (it is in 8.0.0's); the target is 7.0.0"]]);
    expect(await at('libvirt@7.5.0'), 'between 7.0.0 and 8.0.0 the release is unknown').to.deep.equal([]);
    expect(await at('libvirt@7.0.0', { [TARGET_RULE_ID]: 'warn' })).to.deep.equal([['warning', "`<extended_l2>` is not in libvirt 7.0.0's schema (it is in 8.0.0's); the target is 7.0.0"]]);
    expect(await at('libvirt@7.0.0', { [TARGET_RULE_ID]: 'off' })).to.deep.equal([]);
    expect(await at('qemu@2.0'), 'a QEMU target alone: nothing').to.deep.equal([]);
    // dnsmasq: options, under the prefix the document declares (any prefix names the namespace).
    const dnsmasq = network('').replace('<network>', "<network xmlns:d='http://libvirt.org/schemas/network/dnsmasq/1.0'>").replace('</network>', "  <d:options><d:option value='log-queries'/></d:options>\n</network>");
    expect(bundledVersionTable().ladder?.bound('network/dnsmasq:options')).to.include({ after: '4.0.0', by: '6.0.0' });
    expect(targetFindings(dnsmasq, '5.5.0')).to.deep.equal(["`<d:options>` needs libvirt ≥ 5.6.0; the target is 5.5.0 @ d:options"]);
    expect(targetFindings(dnsmasq, '5.6.0')).to.deep.equal([]);
  });
});
