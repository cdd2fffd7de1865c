/**
 * The storage <volume> rules against libvirt 9.0's `virsh vol-create POOL FILE`, into a dir pool this
 * test defines and starts on a temporary directory (and destroys, undefines and removes at the end;
 * no other pool is touched). Pinned cases name libvirt's message and the rule that anticipates it, near
 * misses included; then every document of the volume rules' RuleTester tables, every example of their
 * pages and the corpus's <volume> documents are created, and virtlint must report an error exactly when
 * libvirt refuses the XML, with a rule whose libvirtMessages match libvirt's message. A document
 * virtlint's grammar refuses is compared with jing on libvirt's own storagevol.rng instead, which must
 * refuse it too (libvirt 9.0's vol-create has no --validate: "unsupported flags (0x4)"). Last, 150
 * random volumes from schema-valid pieces (a fixed seed) are compared the same way.
 *
 * libvirt reads the XML, then builds the volume; what the build refuses is not the document's alone and
 * counts as "the XML was taken": host state (no qemu-img here for anything but raw files and so for any
 * encryption, a size the filesystem cannot hold, <nocow> off btrfs, no ploop tools) and what depends on
 * the pool the volume goes into (a backing store under a raw file or a directory, which a logical pool
 * takes as a snapshot). A disk pool's partition type (linux, none, …) is refused by this dir pool while reading
 * the XML and taken by a disk pool: such documents are counted and left out of the comparison.
 *
 * Every volume is created sparse: an <allocation> libvirt reads without complaint is set to 0, or
 * added as 0 when missing (libvirt otherwise allocates the whole capacity), so no test writes gigabytes;
 * an allocation libvirt refuses is kept. Each volume is created as `${VIRTLINT_DEFINE_PREFIX}vol15-define-<n>.img`
 * and deleted again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import fc from 'fast-check';
import { lintText } from '../../src/linter/lint.js';
import { exceedsLimit, MAX_VOLUME_SIZE } from '../../src/model/volume/size.js';
import { volume, volumeWithPermissions, volumeWithTarget } from '../rules/volume-helpers.js';
import { claims, itAgreesOnPinned, ruleErrors as ruleErrorsOf, rulesDocuments, type PinnedCase, type Verdict } from './define-oracle.js';
import { jingInvalid, LIBVIRT_SCHEMAS } from './jing.js';
import { describeOracle, firstError, virsh } from './libvirt.js';

const PREFIX = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}vol15-define-`;
const POOL = `${PREFIX}pool`;

/** Refusals of the build, after libvirt has read the XML: the host's (tools, filesystem, space) or the pool's. */
const BUILD_REFUSAL = /not supported without qemu-img|cannot extend file|cannot allocate \d+ bytes|No space left on device|not btrfs|unable to find ploop|backing storage not supported for (?:raw|directories) volumes/;
/** What jing says of the document against libvirt's own storagevol.rng: undefined when it takes it, else its first error. */
function libvirtSchemaError(dir: string, text: string): string | undefined {
  const file = path.join(dir, 'jing.xml');
  fs.writeFileSync(file, text);
  return jingInvalid(path.join(LIBVIRT_SCHEMAS, 'storagevol.rng'), [file]).get(file);
}

/** A disk pool's partition type, which a pool of files refuses as it reads the XML (and a disk pool takes). */
const PARTITION_TYPE = /unknown volume format type (none|linux|fat16|fat32|linux-swap|linux-lvm|linux-raid|extended)$/;

/** The document with a sparse allocation: an <allocation> libvirt reads is set to 0, and one is added after <name> when missing. */
function sparse(text: string): string {
  const m = /<allocation(?:\s+unit=(['"])([^'"]*)\1)?\s*>\s*([0-9]+)<\/allocation>/.exec(text);
  if (!m) return /<allocation[\s>]/.test(text) ? text : text.replace(/(<name>[^<]*<\/name>)/, '$1<allocation>0</allocation>');
  return exceedsLimit(m[3]!, m[2], MAX_VOLUME_SIZE) === false ? text.replace(m[0], '<allocation>0</allocation>') : text;
}

/**
 * Creates the document (sparse, under the next name) in the test's dir pool, deletes it again and says
 * what libvirt said.
 */
function volumeCreator(): (dir: string, text: string) => Verdict {
  let serial = 0;
  return (dir, text) => {
    const name = `${PREFIX}${serial++}.img`;
    const file = path.join(dir, `${name}.xml`);
    fs.writeFileSync(file, sparse(text).replace(/<name>[^<]*<\/name>/, `<name>${name}</name>`));
    const r = virsh(['vol-create', POOL, file]);
    if (!r.ok) return { accepted: false, message: firstError(r.stderr, /^error: Failed to create vol/).trim() };
    const d = virsh(['vol-delete', '--pool', POOL, name]);
    if (!d.ok) throw new Error(`could not delete ${name}: ${d.stderr}`);
    return { accepted: true };
  };
}

const volCreate = volumeCreator();
const ruleErrors = (text: string): ReturnType<typeof ruleErrorsOf> => ruleErrorsOf(text, 'volume.xml');

/** A pinned verdict of vol-create's (`refuses` undefined: libvirt creates the volume), and the rule that reports it. */
type Case = PinnedCase;

const RAW = "<target><format type='raw'/></target>";
const sized = (capacity: string, allocation = '<allocation>0</allocation>'): string => volume(`${capacity}${allocation}${RAW}`);

const CASES: readonly Case[] = [
  { name: 'capacity 2^63 bytes', text: sized('<capacity>9223372036854775808</capacity>'), refuses: 'value too large: 9223372036854775808', rule: 'volume-size-overflow' },
  { name: 'capacity 8 EiB', text: sized("<capacity unit='EiB'>8</capacity>"), refuses: 'value too large: 8EiB', rule: 'volume-size-overflow' },
  { name: 'capacity 9224 PB', text: sized("<capacity unit='PB'>9224</capacity>"), refuses: 'value too large: 9224PB', rule: 'volume-size-overflow' },
  { name: 'allocation 8 EiB', text: sized('<capacity>1024</capacity>', "<allocation unit='EiB'>8</allocation>"), refuses: 'value too large: 8EiB', rule: 'volume-size-overflow' },
  { name: 'cluster size 16 EiB', text: volumeWithTarget("<format type='raw'/><clusterSize unit='EiB'>16</clusterSize>"), refuses: 'value too large: 16EiB', rule: 'volume-size-overflow' },
  { name: 'near miss: cluster size 15 EiB', text: volumeWithTarget("<format type='raw'/><clusterSize unit='EiB'>15</clusterSize>") },
  { name: 'near miss: capacity 1 GB in lower case', text: sized("<capacity unit='gb'>1</capacity>") },
  { name: 'a space after the capacity', text: sized("<capacity unit='MiB'>1 </capacity>"), refuses: 'malformed capacity element', rule: 'volume-number-whitespace' },
  { name: 'the capacity on a line of its own', text: sized("<capacity unit='MiB'>\n    1\n  </capacity>"), refuses: 'malformed capacity element', rule: 'volume-number-whitespace' },
  { name: 'a tab after the allocation', text: sized('<capacity>1024</capacity>', '<allocation>0\t</allocation>'), refuses: 'malformed capacity element', rule: 'volume-number-whitespace' },
  { name: 'a space after the cluster size', text: volumeWithTarget("<format type='raw'/><clusterSize>65536 </clusterSize>"), refuses: "Invalid value '65536 ' for element or attribute './target/clusterSize'", rule: 'volume-number-whitespace' },
  { name: 'a mode on a line of its own', text: volumeWithPermissions('<mode>\n        0644\n      </mode>'), refuses: 'malformed octal mode', rule: 'volume-number-whitespace' },
  { name: 'an owner -1 with a space after it', text: volumeWithPermissions('<owner>-1 </owner>'), refuses: 'malformed owner element', rule: 'volume-number-whitespace' },
  { name: 'a group with a tab after it', text: volumeWithPermissions('<group>107\t</group>'), refuses: 'malformed group element', rule: 'volume-number-whitespace' },
  { name: 'near miss: white space before the permissions numbers, and after a label', text: volumeWithPermissions('<mode> 0644</mode><owner>\n 107</owner><group> -1</group><label>system_u:object_r:virt_image_t:s0 </label>') },
  { name: 'near miss: white space before the numbers', text: volume("<capacity unit='MiB'>\n    1</capacity><allocation> 0</allocation><target><format type='raw'/><clusterSize> 65536</clusterSize></target>") },
  { name: 'no capacity', text: volume(`<allocation>0</allocation>${RAW}`), refuses: 'missing capacity element', rule: 'volume-capacity-required' },
  { name: 'no capacity, only <physical>', text: volume(`<physical>1024</physical>${RAW}`), refuses: 'missing capacity element', rule: 'volume-capacity-required' },
  { name: 'near miss: capacity 0', text: sized('<capacity>0</capacity>') },
  { name: 'mode 4755', text: volumeWithPermissions('<mode>4755</mode>'), refuses: 'malformed octal mode', rule: 'volume-permissions-mode' },
  { name: 'mode 77777', text: volumeWithPermissions('<mode>77777</mode>'), refuses: 'malformed octal mode', rule: 'volume-permissions-mode' },
  {
    name: "a backing store's mode 1777",
    text: volume("<capacity>1024</capacity><target><format type='qcow2'/></target><backingStore><path>/var/lib/libvirt/images/base.qcow2</path><permissions><mode>1777</mode></permissions></backingStore>"),
    refuses: 'malformed octal mode',
    rule: 'volume-permissions-mode',
  },
  { name: 'near miss: mode 0777', text: volumeWithPermissions('<mode>0777</mode>') },
  { name: 'compat 4294967296.1', text: volumeWithTarget("<format type='raw'/><compat>4294967296.1</compat>"), refuses: "forbidden characters in 'compat' attribute", rule: 'volume-compat-version' },
  { name: 'compat 1.4294967296', text: volumeWithTarget("<format type='raw'/><compat>1.4294967296</compat>"), refuses: "forbidden characters in 'compat' attribute", rule: 'volume-compat-version' },
  { name: 'near miss: compat 4294967295.0 on a raw file', text: volumeWithTarget("<format type='raw'/><compat>4294967295.0</compat>") },
  { name: 'format ext4', text: volumeWithTarget("<format type='ext4'/>"), refuses: 'unknown volume format type ext4', rule: 'volume-format-known' },
  { name: 'format luks', text: volumeWithTarget("<format type='luks'/>"), refuses: 'unknown volume format type luks', rule: 'volume-format-known' },
  { name: 'format unknown', text: volumeWithTarget("<format type='unknown'/>"), refuses: 'unknown volume format type unknown', rule: 'volume-format-known' },
  {
    name: "a backing store's format auto",
    text: volume("<capacity>1024</capacity><target><format type='qcow2'/></target><backingStore><path>/var/lib/libvirt/images/base.img</path><format type='auto'/></backingStore>"),
    refuses: 'unknown volume format type auto',
    rule: 'volume-format-known',
  },
  { name: "format ' raw'", text: volumeWithTarget("<format type=' raw'/>"), refuses: 'unknown volume format type  raw', rule: 'schema/value-whitespace' },
  { name: "volume type 'file '", text: `<volume type='file '><name>vol15-test.img</name><capacity>1024</capacity><allocation>0</allocation>${RAW}</volume>`, refuses: "unknown volume type 'file '", rule: 'schema/value-whitespace' },
  { name: "encryption format 'luks '", text: volumeWithTarget("<format type='raw'/><encryption format='luks '><secret type='passphrase' usage='/x'/></encryption>"), refuses: 'unknown volume encryption format type luks', rule: 'schema/value-whitespace' },
  { name: "encryption engine ' qemu'", text: volumeWithTarget("<format type='raw'/><encryption format='luks' engine=' qemu'><secret type='passphrase' usage='/x'/></encryption>"), refuses: "Invalid value for attribute 'engine' in element 'encryption': ' qemu'.", rule: 'schema/value-whitespace' },
  { name: "encryption secret type 'passphrase '", text: volumeWithTarget("<format type='raw'/><encryption format='luks'><secret type='passphrase ' usage='/x'/></encryption>"), refuses: 'unknown volume encryption secret type passphrase', rule: 'schema/value-whitespace' },
  { name: 'near miss: format dir', text: volumeWithTarget("<format type='dir'/>") },
  { name: 'near miss: no format (raw)', text: volumeWithTarget('') },
];

/** What libvirt refuses as it reads the XML and the grammar refuses too (jing on libvirt's schema alike): no rule's business. */
const GRAMMAR_CASES: readonly (Case & { readonly refuses: string })[] = [
  { name: "unit 'Ki'", text: sized("<capacity unit='Ki'>1</capacity>"), refuses: "unknown suffix 'Ki'" },
  { name: 'a negative capacity', text: sized('<capacity>-1</capacity>'), refuses: 'malformed capacity element' },
  { name: 'a capacity of 2^64 bytes', text: sized('<capacity>18446744073709551616</capacity>'), refuses: 'malformed capacity element' },
  { name: "volume type 'foo'", text: `<volume type='foo'><name>vol15-test.img</name><capacity>1024</capacity><allocation>0</allocation>${RAW}</volume>`, refuses: "unknown volume type 'foo'" },
  { name: 'an owner of -2', text: volumeWithPermissions('<owner>-2</owner>'), refuses: 'malformed owner element' },
];

/** Pinned verdicts of the build, after libvirt has read the XML: no rule errs on them. */
const BUILD_CASES: readonly (Case & { readonly refuses: string })[] = [
  { name: 'qcow2 (no qemu-img on this host)', text: volumeWithTarget("<format type='qcow2'/><compat>1.1</compat><features><lazy_refcounts/></features>"), refuses: 'not supported without qemu-img' },
  { name: 'a raw file over a backing store', text: volume("<target><format type='raw'/></target><backingStore><path>/var/lib/libvirt/images/base.img</path></backingStore>"), refuses: 'backing storage not supported for raw volumes' },
  { name: 'capacity 2^63 - 1 bytes (the filesystem cannot hold it)', text: sized('<capacity>9223372036854775807</capacity>'), refuses: 'File too large' },
];

/**
 * Random volumes from schema-valid pieces the rules read (sizes with units, formats, permissions,
 * compatibility levels, cluster sizes, features, backing stores, encryption): a differential hunt with
 * a fixed seed. Valid sizes are small (or too large for the filesystem, which the build refuses).
 */
function randomVolumes(count: number, seed: number): string[] {
  const often = <T>(good: readonly T[], bad: readonly T[], times = 6): T[] => [...Array<readonly T[]>(times).fill(good).flat(), ...bad];
  const capacity = fc.constantFrom(
    ...often(
      ["<capacity unit='MiB'>1</capacity>", '<capacity>1024</capacity>', "<capacity unit='k'>64</capacity>", "<capacity unit='GB'>1</capacity>", "<capacity unit='bytes'>512</capacity>", "<capacity unit='TiB'>1</capacity>", "<capacity unit='PiB'>8191</capacity>"],
      ['', "<capacity unit='MiB'>1 </capacity>", "<capacity unit='KiB'>\n    4\n  </capacity>", "<capacity unit='EiB'>8</capacity>", '<capacity>9223372036854775808</capacity>', "<capacity unit='PB'>9224</capacity>", "<capacity unit='T'>8388608</capacity>", "<capacity unit='eb'>10</capacity>"],
      6,
    ),
  );
  const allocation = fc.constantFrom(...often(['<allocation>0</allocation>', "<allocation unit='KiB'>0</allocation>", '<allocation> 0</allocation>'], ["<allocation unit='EiB'>8</allocation>", "<allocation unit='E'>9</allocation>", '<allocation>0\n</allocation>'], 7));
  const format = fc.constantFrom(...often(['', "<format type='raw'/>", "<format type='raw'/>", "<format type='dir'/>", "<format type='qcow2'/>", "<format type='vmdk'/>"], ["<format type='ext4'/>", "<format type='luks'/>", "<format type='unknown'/>", "<format type='xfs'/>", "<format type='linux'/>", "<format type='raw '/>"], 6));
  const mode = fc.constantFrom(...often(['', '<mode>0644</mode>', '<mode>0600</mode>', '<mode>0777</mode>', '<mode>0</mode>', '<mode> 0640</mode>'], ['<mode>4755</mode>', '<mode>1777</mode>', '<mode>2770</mode>', '<mode>10000</mode>', '<mode>0644 </mode>'], 4));
  const owner = fc.constantFrom(...often(['', '<owner>107</owner><group>107</group>', '<owner>-1</owner>', '<label>system_u:object_r:virt_image_t:s0</label>', '<owner> 0</owner>'], ['<owner>107\n</owner>', '<group>-1 </group>'], 4));
  const permissions = fc.tuple(mode, owner).map(([m, o]) => (m || o ? `<permissions>${m}${o}</permissions>` : ''));
  const compat = fc.constantFrom(...often(['', '', '<compat>1.1</compat>', '<compat>0.10</compat>', '<compat>9.9</compat>'], ['<compat>4294967296.1</compat>', '<compat>1.4294967296</compat>'], 5));
  const cluster = fc.constantFrom(...often(['', '', "<clusterSize unit='KiB'>64</clusterSize>", "<clusterSize unit='EiB'>15</clusterSize>", "<clusterSize unit='KiB'> 64</clusterSize>"], ["<clusterSize unit='EiB'>16</clusterSize>", "<clusterSize unit='KiB'>64 </clusterSize>"], 5));
  const extras = fc.constantFrom(...often([''], ['<features><lazy_refcounts/></features>', '<nocow/>', "<encryption format='luks'><secret type='passphrase' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/></encryption>", "<encryption format=' luks'><secret type='passphrase' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/></encryption>"], 6));
  const backing = fc.constantFrom(
    ...often(
      [''],
      ["<backingStore><path>/var/lib/libvirt/images/base.qcow2</path><format type='qcow2'/></backingStore>", '<backingStore><path>/var/lib/libvirt/images/base.img</path></backingStore>', "<backingStore><path>/var/lib/libvirt/images/base.img</path><format type='ext3'/></backingStore>", '<backingStore><path>/var/lib/libvirt/images/base.img</path><permissions><mode>4700</mode></permissions></backingStore>'],
      8,
    ),
  );
  const doc = fc.tuple(capacity, allocation, format, permissions, compat, cluster, extras, backing).map(([c, a, f, p, v, s, x, b]) => volume(`${c}${a}<target>${f}${p}${v}${s}${x}</target>${b}`));
  return fc.sample(doc, { numRuns: count, seed });
}

describeOracle("volume rules: libvirt 9.0's vol-create verdicts into a dir pool (oracle: virsh vol-create)", { needs: ['libvirtd'], tmp: 'virtlint-volume-define-' }, function (dir) {
  /** Whether this hook ran (libvirtd answers): the pool is then destroyed and undefined after the tests. */
  let poolMade = false;
  before(function () {
    this.timeout(120000);
    poolMade = true;
    const target = path.join(dir(), 'pool');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(dir(), 'pool.xml'), `<pool type='dir'><name>${POOL}</name><target><path>${target}</path></target></pool>`);
    for (const args of [['pool-define', path.join(dir(), 'pool.xml')], ['pool-start', POOL]]) {
      const r = virsh(args);
      if (!r.ok) throw new Error(`virsh ${args.join(' ')}: ${r.stderr}`);
    }
  });
  after(function () {
    this.timeout(120000);
    if (!poolMade) return;
    virsh(['pool-destroy', POOL]);
    virsh(['pool-undefine', POOL]);
  });

  itAgreesOnPinned(CASES, (text) => volCreate(dir(), text), ruleErrors, { does: 'creates', done: 'created' });

  for (const c of BUILD_CASES) {
    it(`${c.name}: libvirt reads the XML and the build refuses it (${c.refuses}), which virtlint leaves alone`, async function () {
      const theirs = volCreate(dir(), c.text);
      expect(theirs.message ?? 'created', 'libvirt').to.include(c.refuses);
      expect(theirs.message, 'a refusal of the build').to.match(BUILD_REFUSAL);
      const ours = await ruleErrors(c.text);
      expect([...ours.schema, ...ours.ids], 'virtlint').to.deep.equal([]);
    });
  }

  for (const c of GRAMMAR_CASES) {
    it(`${c.name}: libvirt refuses it (${c.refuses}), and virtlint's grammar and libvirt's schema do too`, async function () {
      this.timeout(60000);
      expect(volCreate(dir(), c.text).message ?? 'created', 'libvirt').to.include(c.refuses);
      const ours = await ruleErrors(c.text);
      expect(ours.schema.length, "virtlint's grammar").to.be.greaterThan(0);
      expect(ours.ids, 'no rule error').to.deep.equal([]);
      expect(libvirtSchemaError(dir(), c.text), "libvirt's schema (jing)").to.be.a('string');
    });
  }

  it('refuses to build a raw file or a directory over a backing store, on which volume-backing-store-format warns', async function () {
    for (const [format, message] of [["<format type='raw'/>", 'for raw volumes'], ['', 'for raw volumes'], ["<format type='dir'/>", 'for directories volumes']] as const) {
      const text = volume(`<target>${format}</target><backingStore><path>/var/lib/libvirt/images/base.img</path></backingStore>`);
      expect(volCreate(dir(), text).message, 'libvirt').to.include(`backing storage not supported ${message}`);
      const warnings = (await lintText(text, { filePath: 'volume.xml' })).diagnostics.map((d) => `${d.severity} ${d.ruleId}`);
      expect(warnings, 'virtlint').to.deep.equal(['warning volume-backing-store-format']);
      expect(claims('volume-backing-store-format', volCreate(dir(), text).message)).to.equal(true);
    }
  });

  it("refuses a disk pool's partition type in this dir pool while reading the XML, which virtlint leaves to the pool", async function () {
    const text = volumeWithTarget("<format type='linux-lvm'/>");
    expect(volCreate(dir(), text).message).to.match(PARTITION_TYPE);
    expect((await ruleErrors(text)).ids).to.deep.equal([]);
  });

  /** Compares libvirt's verdict with virtlint's on each document; returns the disagreements. */
  async function compare(documents: readonly { name: string; text: string }[]): Promise<{ problems: string[]; refused: number; built: number; schemaInvalid: number; partition: number }> {
    const problems: string[] = [];
    let refused = 0;
    let built = 0;
    let schemaInvalid = 0;
    let partition = 0;
    for (const d of documents) {
      const theirs = volCreate(dir(), d.text);
      const ours = await ruleErrors(d.text);
      if (PARTITION_TYPE.test(theirs.message ?? '')) {
        partition++;
        continue;
      }
      const build = !theirs.accepted && BUILD_REFUSAL.test(theirs.message ?? '');
      if (build) built++;
      const read = theirs.accepted || build;
      if (!read) refused++;
      if (ours.schema.length > 0) {
        schemaInvalid++;
        if (libvirtSchemaError(dir(), d.text) === undefined) problems.push(`${d.name}: the grammar refuses it (${ours.schema[0]}), libvirt's schema takes it (jing)`);
      } else if (read !== (ours.ids.length === 0)) problems.push(`${d.name}: libvirt ${read ? `reads it${build ? ` (the build says: ${theirs.message})` : ''}` : `refuses it (${theirs.message})`}, virtlint ${ours.ids.join(', ') || 'reports no error'}:\n${d.text}`);
      else if (!read && !ours.ids.some((id) => claims(id, theirs.message))) problems.push(`${d.name}: no reporting rule (${ours.ids.join(', ')}) claims '${theirs.message}'`);
    }
    return { problems, refused, built, schemaInvalid, partition };
  }

  it('every RuleTester document and page example of the volume rules, and the corpus volumes: libvirt refuses the XML ⇔ a volume rule errs, with its message', async function () {
    this.timeout(600000);
    const { documents, corpus } = rulesDocuments('volume-', 'VIRTLINT_VOLUME_DUMP', 'volume', dir());
    const r = await compare(documents);
    console.log(`      ${documents.length} documents (${corpus.length} from the corpus), ${r.refused} refused by libvirt as it read them, ${r.built} read and refused by the build (host or pool), ${r.schemaInvalid} refused by the grammar and libvirt's schema alike, ${r.partition} with a partition type (left out)`);
    expect(r.problems).to.deep.equal([]);
    expect(documents.length).to.be.greaterThan(40);
    expect(corpus.length).to.be.greaterThan(0);
    expect(r.refused).to.be.greaterThan(15);
  });

  it('random volumes (seed 15, 150 documents): libvirt refuses the XML <=> a volume rule errs, with its message', async function () {
    this.timeout(600000);
    const volumes = randomVolumes(150, 15).map((text, i) => ({ name: `random volume ${i + 1}`, text }));
    for (const v of volumes) expect((await ruleErrors(v.text)).schema, `${v.name}: the generator makes schema-valid volumes\n${v.text}`).to.deep.equal([]);
    const r = await compare(volumes);
    console.log(`      150 random volumes, ${r.refused} refused by libvirt as it read them, ${r.built} read and refused by the build (host or pool), ${r.partition} with a partition type (left out)`);
    expect(r.problems).to.deep.equal([]);
    // Both verdicts are well represented.
    expect(r.refused).to.be.within(25, 125);
  });
});
