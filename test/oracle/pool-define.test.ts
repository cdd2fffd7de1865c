/**
 * The storage <pool> rules against libvirt 9.0's `virsh pool-define` (its parser and the storage
 * driver's define-time checks; nothing is built or started). Pinned cases name libvirt's message and
 * the rule that anticipates it, near misses included; then every document of the pool rules' RuleTester
 * tables, every example of their pages and the corpus's <pool> documents are defined, and virtlint
 * must report an error exactly when libvirt refuses, with a rule whose libvirtMessages match libvirt's.
 * A document virtlint's grammar refuses is compared with `pool-define --validate` instead, which must
 * refuse it too. Last, 150 random pools from schema-valid pieces (a fixed seed) are compared the same way.
 *
 * Pools of a type whose storage backend the daemon was built without (here: rbd, gluster, zfs,
 * vstorage, iscsi-direct; "missing backend for pool type …") say nothing about the XML: they are
 * counted and left out of the comparison. Each pool is defined under
 * `${VIRTLINT_DEFINE_PREFIX}pool14-define-<n>` and undefined again.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { dirWithPermissions, pool, scsiWithAdapter } from '../rules/pool-helpers.js';
import { compareVerdicts, definer, itAgreesOnPinned, ruleErrors as ruleErrorsOf, rulesDocuments, type Comparison, type Define, type PinnedCase } from './define-oracle.js';
import { describeOracle } from './libvirt.js';

const PREFIX = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}pool14-define-`;
/** libvirt's word for a pool type this daemon has no backend for: a property of the build, not of the XML. */
const NO_BACKEND = /missing backend for pool type/;

const poolDefine = definer('pool', PREFIX);
const ruleErrors = (text: string): ReturnType<typeof ruleErrorsOf> => ruleErrorsOf(text, 'pool.xml');

type Case = PinnedCase;

const WWNS = "wwnn='20000000c9831b4c' wwpn='10000000c9831b4c'";
const fcHost = (attrs: string): string => scsiWithAdapter(`<adapter type='fc_host' ${attrs} ${WWNS}/>`);
const parentaddr = (attrs: string): string => scsiWithAdapter(`<adapter type='scsi_host'><parentaddr${attrs}><address domain='0x0000' bus='0x00' slot='0x1f' function='0x2'/></parentaddr></adapter>`);
const COW = "<features><cow state='yes'/></features>";
const logical = (extra: string): string => pool('logical', `<source><device path='/dev/sdz1'/></source><target><path>/dev/vg14</path></target>${extra}`);

const CASES: readonly Case[] = [
  { name: 'mode 4755 (setuid)', text: dirWithPermissions('<mode>4755</mode>'), refuses: 'malformed octal mode', rule: 'pool-permissions-mode' },
  { name: 'mode 1777 (sticky)', text: dirWithPermissions('<mode>1777</mode>'), refuses: 'malformed octal mode', rule: 'pool-permissions-mode' },
  { name: 'near miss: mode 0777', text: dirWithPermissions('<mode>0777</mode>') },
  { name: 'near miss: mode 0', text: dirWithPermissions('<mode>0</mode>') },
  { name: 'parent_wwnn without parent_wwpn', text: fcHost("parent_wwnn='20000000c9831b4b'"), refuses: "when providing parent_wwnn='20000000c9831b4b', the parent_wwpn must also be provided", rule: 'pool-adapter-parent-wwn' },
  { name: 'parent_wwpn without parent_wwnn', text: fcHost("parent_wwpn='10000000c9831b4b'"), refuses: "when providing parent_wwpn='10000000c9831b4b', the parent_wwnn must also be provided", rule: 'pool-adapter-parent-wwn' },
  { name: 'near miss: both parent WWNs', text: fcHost("parent_wwnn='20000000c9831b4b' parent_wwpn='10000000c9831b4b'") },
  { name: 'near miss: parent by name and parent_fabric_wwn', text: fcHost("parent='scsi_host3' parent_fabric_wwn='20000000c9831b4b'") },
  { name: '<parentaddr> without unique_id', text: parentaddr(''), refuses: "Missing or invalid scsi adapter 'unique_id' value", rule: 'pool-adapter-unique-id' },
  { name: 'unique_id 2147483648', text: parentaddr(" unique_id='2147483648'"), refuses: "Missing or invalid scsi adapter 'unique_id' value", rule: 'pool-adapter-unique-id' },
  { name: 'near miss: unique_id 2147483647', text: parentaddr(" unique_id='2147483647'") },
  { name: '<cow> on a logical pool', text: logical(COW), refuses: "cow feature may only be used for 'fs' and 'dir' pools", rule: 'pool-features-cow' },
  { name: '<cow> on a disk pool', text: pool('disk', `<source><device path='/dev/sdz'/></source><target><path>/dev</path></target>${COW}`), refuses: "cow feature may only be used for 'fs' and 'dir' pools", rule: 'pool-features-cow' },
  { name: 'near miss: <cow> on a dir pool', text: pool('dir', `<target><path>/var/lib/pool14</path></target>${COW}`) },
  { name: 'near miss: <cow> on an fs pool', text: pool('fs', `<source><device path='/dev/sdz1'/></source><target><path>/mnt/pool14</path></target>${COW}`) },
];

/**
 * Random pools from schema-valid pieces the rules read (types, sources, targets, permission modes,
 * owners, SCSI adapters with and without parent WWNs and parent addresses, features): a differential
 * hunt with a fixed seed, on the pool types this daemon has backends for.
 */
function randomPools(count: number, seed: number): string[] {
  const often = <T>(good: readonly T[], bad: readonly T[], times = 6): T[] => [...Array<readonly T[]>(times).fill(good).flat(), ...bad];
  const mode = fc.constantFrom(...often(['', '<mode>0755</mode>', '<mode>0711</mode>', '<mode>0777</mode>', '<mode>700</mode>', '<mode>0</mode>'], ['<mode>4755</mode>', '<mode>1777</mode>', '<mode>2770</mode>', '<mode>7777</mode>', '<mode>1000</mode>'], 3));
  const owner = fc.constantFrom('', '<owner>107</owner><group>107</group>', '<owner>-1</owner>', '<label>system_u:object_r:virt_image_t:s0</label>');
  const target = (p: string): fc.Arbitrary<string> => fc.tuple(mode, owner, fc.boolean()).map(([m, o, perms]) => `<target><path>${p}</path>${perms || m ? `<permissions>${m}${o}</permissions>` : ''}</target>`);
  const features = fc.constantFrom(...often(['', '', "<features><cow state='no'/></features>"], ["<features><cow state='yes'/></features>"], 2));
  const adapter = fc.constantFrom(
    ...often(
      [`<adapter type='fc_host' ${WWNS}/>`, `<adapter type='fc_host' parent='scsi_host3' ${WWNS}/>`, `<adapter type='fc_host' parent_wwnn='20000000c9831b4b' parent_wwpn='10000000c9831b4b' ${WWNS}/>`, `<adapter type='fc_host' managed='yes' parent_fabric_wwn='20000000c9831b4b' ${WWNS}/>`, "<adapter type='scsi_host' name='scsi_host2'/>", "<adapter type='scsi_host'><parentaddr unique_id='1'><address domain='0x0000' bus='0x00' slot='0x1f' function='0x2'/></parentaddr></adapter>", "<adapter name='host0'/>"],
      [`<adapter type='fc_host' parent_wwnn='20000000c9831b4b' ${WWNS}/>`, `<adapter type='fc_host' parent='scsi_host3' parent_wwpn='10000000c9831b4b' ${WWNS}/>`, "<adapter type='scsi_host'><parentaddr><address domain='0x0000' bus='0x00' slot='0x1f' function='0x2'/></parentaddr></adapter>", "<adapter type='scsi_host'><parentaddr unique_id='3000000000'><address domain='0x0000' bus='0x02' slot='0x00' function='0x0'/></parentaddr></adapter>"],
      2,
    ),
  );
  const body = fc.oneof(
    target('/var/lib/pool14').map((t) => ['dir', t] as const),
    target('/mnt/pool14').map((t) => ['fs', `<source><device path='/dev/sdz1'/><format type='ext4'/></source>${t}`] as const),
    target('/mnt/pool14').map((t) => ['netfs', `<source><host name='nfs.example.com'/><dir path='/exports/pool14'/><format type='nfs'/></source>${t}`] as const),
    target('/dev/vg14').map((t) => ['logical', `<source><device path='/dev/sdz2'/><name>vg14</name></source>${t}`] as const),
    target('/dev').map((t) => ['disk', `<source><device path='/dev/sdz'/><format type='gpt'/></source>${t}`] as const),
    target('/dev/disk/by-path').map((t) => ['iscsi', `<source><host name='iscsi.example.com'/><device path='iqn.2013-06.com.example:pool14'/></source>${t}`] as const),
    fc.tuple(adapter, target('/dev/disk/by-path')).map(([a, t]) => ['scsi', `<source>${a}</source>${t}`] as const),
  );
  const doc = fc.tuple(body, features).map(([[type, b], f]) => pool(type, `${b}${f}`));
  return fc.sample(doc, { numRuns: count, seed });
}

describeOracle("pool rules: libvirt 9.0's pool-define verdicts (oracle: virsh pool-define)", { needs: ['libvirtd'], tmp: 'virtlint-pool-define-' }, function (dir) {
  const define: Define = (text, validate) => poolDefine(dir(), text, validate);
  itAgreesOnPinned(CASES, define, ruleErrors);
  /** libvirt's verdicts against virtlint's; a pool type this libvirtd was built without is left out (`skipped`). */
  const compare = (documents: readonly { name: string; text: string }[]): Promise<Comparison> => compareVerdicts(documents, define, ruleErrors, (theirs) => NO_BACKEND.test(theirs.message ?? ''));

  it('every RuleTester document and page example of the pool rules, and the corpus pools: libvirt refuses ⇔ a pool rule errs, with its message', async function () {
    this.timeout(600000);
    const { documents, corpus } = rulesDocuments('pool-', 'VIRTLINT_POOL_DUMP', 'pool', dir());
    const r = await compare(documents);
    console.log(`      ${documents.length} documents (${corpus.length} from the corpus), ${r.refused} refused by libvirt, ${r.schemaInvalid} refused by the grammar and libvirt's schema alike, ${r.skipped} of a type without a backend here`);
    expect(r.problems).to.deep.equal([]);
    expect(documents.length).to.be.greaterThan(30);
    expect(corpus.length).to.be.greaterThan(0);
    expect(r.refused).to.be.greaterThan(10);
  });

  it('random pools (seed 14, 150 documents): libvirt refuses <=> a pool rule errs, with its message', async function () {
    this.timeout(600000);
    const pools = randomPools(150, 14).map((text, i) => ({ name: `random pool ${i + 1}`, text }));
    for (const p of pools) expect((await ruleErrors(p.text)).schema, `${p.name}: the generator makes schema-valid pools\n${p.text}`).to.deep.equal([]);
    const r = await compare(pools);
    console.log(`      150 random pools, ${r.refused} refused by libvirt`);
    expect(r.problems).to.deep.equal([]);
    expect(r.skipped).to.equal(0);
    // Both verdicts are well represented.
    expect(r.refused).to.be.within(25, 125);
  });
});
