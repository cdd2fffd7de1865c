/**
 * The ladder's other document kinds — `<network>`, storage `<pool>` and `<volume>`, `<filter>`,
 * `<secret>` — against libvirt's own schemas of those kinds at every checked release
 * (test/data/libvirt-schemas/<release>/network.rng, …), as differential.test.ts does for domains:
 *
 * - every document of the kind that R's schema accepts (the corpus's, the grammar fixtures', the
 *   rule tests' tables') gets no requires-newer-libvirt finding with --target libvirt@R;
 * - one document per ladder step of each kind, which `after`'s schema rejects for one newer item and
 *   `by`'s accepts, is flagged exactly at that item for `after` and not for `by` — through lintText,
 *   so the linter runs the target step on these kinds.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintText, type RuleSetting } from '../../src/linter/lint.js';
import { KIND_GRAMMARS } from '../../src/schema/kinds.js';
import { checkTargets, TARGET_RULE_ID } from '../../src/targets/check.js';
import { LADDER_KINDS } from '../../src/targets/ladder-build.js';
import { parseTargets } from '../../src/targets/target.js';
import { bundledVersionTable } from '../../src/targets/version-table.js';
import type { DocumentKind } from '../../src/types.js';
import { parseXml } from '../../src/xml/parse.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { checkedReleases, jingRejects, rootIs, ruleTableDocuments } from './releases.js';

const KINDS = LADDER_KINDS.filter((k) => k !== 'domain');

const network = (inner: string): string => `<network>\n  <name>n</name>\n  <bridge name='virbr9'/>${inner}\n  <ip address='192.168.150.1' netmask='255.255.255.0'/>\n</network>\n`;
const dirPool = (inner: string): string => `<pool type='dir'>\n  <name>p</name>${inner}\n  <target><path>/var/lib/libvirt/images</path></target>\n</pool>\n`;
const volume = (inner: string, target = "<format type='raw'/>"): string => `<volume>\n  <name>v.img</name>\n  <capacity unit='G'>1</capacity>${inner}\n  <target>${target}</target>\n</volume>\n`;
const secret = (usage: string): string => `<secret ephemeral='no' private='yes'>\n  <uuid>0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f</uuid>\n  ${usage}\n</secret>\n`;

/** A document of each kind every checked release's schema accepts (the steps' documents add one item to it). */
const BASES: Readonly<Record<string, string>> = {
  network: network(''),
  pool: dirPool(''),
  volume: volume(''),
  filter: "<filter name='t-base' chain='ipv4'>\n  <rule action='accept' direction='out'><ip protocol='tcp' dstportstart='22'/></rule>\n</filter>\n",
  secret: secret("<usage type='ceph'><name>client-libvirt</name></usage>"),
};

/**
 * One document per ladder step of each kind: `after`'s schema rejects it for the one item (whose
 * text is `at`), `by`'s accepts it. No item of these kinds has a documented release, so the ladder
 * is what flags each.
 */
const STEPS: readonly { kind: DocumentKind; after: string; by: string; item: string; doc: string; at: string }[] = [
  { kind: 'network', after: '1.3.1', by: '4.0.0', item: 'network/mtu', doc: network("\n  <mtu size='9000'/>"), at: 'mtu' },
  { kind: 'network', after: '4.0.0', by: '6.0.0', item: 'network/bridge/@zone', doc: network('').replace("<bridge name='virbr9'/>", "<bridge name='virbr9' zone='trusted'/>"), at: "zone='trusted'" },
  { kind: 'network', after: '6.0.0', by: '7.0.0', item: 'network/port', doc: network("\n  <port isolated='yes'/>"), at: 'port' },
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
    item: 'pool/fs:mount_opts',
    doc: "<pool type='netfs' xmlns:fs='http://libvirt.org/schemas/storagepool/fs/1.0'>\n  <name>p</name>\n  <source><host name='nfs.example.org'/><dir path='/export'/><format type='nfs'/></source>\n  <target><path>/mnt/p</path></target>\n  <fs:mount_opts><fs:option name='sync'/></fs:mount_opts>\n</pool>\n",
    at: 'fs:mount_opts',
  },
  { kind: 'pool', after: '6.0.0', by: '7.0.0', item: 'pool/features', doc: dirPool("\n  <features><cow state='no'/></features>"), at: 'features' },
  { kind: 'volume', after: '1.3.1', by: '4.0.0', item: 'volume/target/format/@type=luks', doc: volume('', "<format type='luks'/>"), at: 'luks' },
  { kind: 'volume', after: '4.0.0', by: '6.0.0', item: 'volume/physical', doc: volume("\n  <physical unit='G'>1</physical>"), at: 'physical' },
  { kind: 'volume', after: '7.0.0', by: '8.0.0', item: 'volume/target/clusterSize', doc: volume('', "<format type='qcow2'/><clusterSize unit='KiB'>64</clusterSize>"), at: 'clusterSize' },
  { kind: 'secret', after: '1.3.1', by: '4.0.0', item: 'secret/usage/@type=tls', doc: secret("<usage type='tls'><name>tls-1</name></usage>"), at: 'tls' },
  { kind: 'secret', after: '4.0.0', by: '6.0.0', item: 'secret/usage/@type=vtpm', doc: secret("<usage type='vtpm'><name>vtpm-1</name></usage>"), at: 'vtpm' },
];

/** The target step's findings for a document, as "message @ text". */
function targetFindings(text: string, version: string): string[] {
  const parsed = parseXml(text);
  if (!parsed.ok) return [];
  return checkTargets(parsed.document.root, parseTargets(`libvirt@${version}`), bundledVersionTable(), 'error').map((d) => `${d.message} @ ${text.slice(d.range.start.offset, d.range.end.offset)}`);
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

  it('document level: each network, pool, volume, filter and secret document R\'s schema accepts gets no finding with --target libvirt@R, for every release', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-kinds-'));
    const flagged: string[] = [];
    const counts: string[] = [];
    for (const kind of KINDS) {
      const docs = [BASES[kind] as string, ...(await documentsOf(kind))];
      const files = docs.map((d, i) => {
        const f = path.join(dir, `${kind}-${i}.xml`);
        fs.writeFileSync(f, d);
        return f;
      });
      const per: string[] = [];
      for (const r of releases) {
        const rejected = jingRejects(r, files, KIND_GRAMMARS[kind].file);
        if (rejected.has(files[0] as string)) flagged.push(`${r.version}: the base ${kind} is invalid`);
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
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-kinds-'));
    const problems: string[] = [];
    // Every step of each kind's ladder between two checked releases has its document.
    const roots = new Map(KINDS.map((k) => [KIND_GRAMMARS[k].root, k]));
    const want = new Set<string>();
    for (const st of table.ladder?.data.steps ?? []) {
      if (!st.after || !st.by) continue;
      for (const key of st.items) {
        const kind = roots.get(key.split('/')[0] as string);
        if (kind) want.add(`${kind} ${st.after}→${st.by}`);
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

  it('a network, pool or volume item newer than the target is reported as for a domain; the rule\'s off setting and warn level apply', async () => {
    const doc = STEPS.find((s) => s.item === 'volume/target/clusterSize')?.doc as string;
    const at = (target: string, rules?: Record<string, RuleSetting>) =>
      lintText(doc, { targets: parseTargets(target), ...(rules ? { rules } : {}) }).then((r) => r.diagnostics.filter((d) => d.ruleId === TARGET_RULE_ID).map((d) => [d.severity, d.message]));
    expect(await at('libvirt@7.0.0')).to.deep.equal([['error', "`<clusterSize>` is not in libvirt 7.0.0's schema (it is in 8.0.0's); the target is 7.0.0"]]);
    expect(await at('libvirt@7.5.0'), 'between 7.0.0 and 8.0.0 the release is unknown').to.deep.equal([]);
    expect(await at('libvirt@7.0.0', { [TARGET_RULE_ID]: 'warn' })).to.deep.equal([['warning', "`<clusterSize>` is not in libvirt 7.0.0's schema (it is in 8.0.0's); the target is 7.0.0"]]);
    expect(await at('libvirt@7.0.0', { [TARGET_RULE_ID]: 'off' })).to.deep.equal([]);
    expect(await at('qemu@2.0'), 'a QEMU target alone: nothing').to.deep.equal([]);
    // dnsmasq: options, under the prefix the document declares (any prefix names the namespace).
    const dnsmasq = network('').replace('<network>', "<network xmlns:d='http://libvirt.org/schemas/network/dnsmasq/1.0'>").replace('</network>', "  <d:options><d:option value='log-queries'/></d:options>\n</network>");
    expect(bundledVersionTable().bound('network/dnsmasq:options')).to.include({ after: '4.0.0', by: '6.0.0' });
    expect(targetFindings(dnsmasq, '4.0.0')).to.deep.equal(["`<d:options>` is not in libvirt 4.0.0's schema (it is in 6.0.0's); the target is 4.0.0 @ d:options"]);
    expect(targetFindings(dnsmasq, '6.0.0')).to.deep.equal([]);
  });
});
