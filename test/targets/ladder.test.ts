/**
 * The ladder (src/targets/ladder.ts): libvirt's own domain schemas at the checked releases bound
 * the release of each grammar item the documentation does not date. The committed
 * schemas/versions/ladder.json must match the test data and the grammar; every grammar item has a
 * documented release or a bound; and requires-newer-libvirt uses the bound only where the table
 * gives no release, only for targets at or before the newest checked release lacking the item.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { checkTargets } from '../../src/targets/check.js';
import { contentKeyOf, tableKeyOf } from '../../src/targets/embedded-domains.js';
import { domainGrammarItems, kindGrammarItems } from '../../src/targets/grammar-items.js';
import { KIND_GRAMMARS } from '../../src/schema/kinds.js';
import { LADDER_KINDS, ladderFromSchemas, ladderJson, newestMissing } from '../../src/targets/ladder-build.js';
import { computeLadder, lackedAt, LADDER_FILE, type LadderData, readLadder, releaseMembership } from '../../src/targets/ladder.js';
import { parseTargets, parseVersion } from '../../src/targets/target.js';
import { BUNDLED_VERSIONS_DIR, bundledVersionTable } from '../../src/targets/version-table.js';
import { parseXml } from '../../src/xml/parse.js';
import { checkedReleases, LIBVIRT_SCHEMAS_DATA } from './releases.js';
import { tempDir } from '../helpers/temp-dir.js';

const RELEASES = ['1.3.1', '4.0.0', '6.0.0', '7.0.0', '8.0.0', '9.0.0', '10.0.0', '11.3.0', '12.8.0'];

/** The target findings of a document at a libvirt target, as [message, text at the range]. */
function findings(text: string, target: string): [string, string][] {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  return checkTargets(parsed.document.root, parseTargets(`libvirt@${target}`), bundledVersionTable(), 'error').map((d) => [
    d.message,
    text.slice(d.range.start.offset, d.range.end.offset),
  ]);
}

/**
 * The files the kinds' schemas (domain.rng, network.rng, …) need: themselves and every file they
 * include, transitively. A release without checkpoints (before 5.6.0) has no domaincheckpoint.rng.
 */
function includeClosure(dir: string): string[] {
  const roots = LADDER_KINDS.map((k) => KIND_GRAMMARS[k].file).filter((f) => f !== 'domaincheckpoint.rng' || fs.existsSync(path.join(dir, f)));
  const seen = new Set(roots);
  const todo = [...roots];
  while (todo.length > 0) {
    const text = fs.readFileSync(path.join(dir, todo.pop() as string), 'utf8');
    for (const m of text.matchAll(/<include\s+href=["']([^"']+)["']/g)) {
      if (!seen.has(m[1] as string)) {
        seen.add(m[1] as string);
        todo.push(m[1] as string);
      }
    }
  }
  return [...seen].sort();
}

describe('targets: the ladder from libvirt\'s own schemas', function () {
  this.timeout(120000);

  it('the test data: nine releases, each exactly the schemas of the ladder\'s kinds (domain.rng, network.rng, storagepool.rng, storagevol.rng, nwfilter.rng, secret.rng, interface.rng, domainsnapshot.rng, domaincheckpoint.rng from 6.0.0 on) and the files they include, each listed in SOURCES.md with its .deb and SHA-256', () => {
    expect(LADDER_KINDS).to.deep.equal(['domain', 'network', 'pool', 'volume', 'filter', 'secret', 'interface', 'domainsnapshot', 'domaincheckpoint']);
    const releases = checkedReleases();
    expect(releases.map((r) => r.version)).to.deep.equal(RELEASES);
    // Checkpoints arrived in 5.6.0: the two releases before have no schema for them.
    expect(releases.filter((r) => !fs.existsSync(path.join(r.dir, 'domaincheckpoint.rng'))).map((r) => r.version)).to.deep.equal(['1.3.1', '4.0.0']);
    const sources = fs.readFileSync(path.join(LIBVIRT_SCHEMAS_DATA, 'SOURCES.md'), 'utf8');
    expect(sources).to.match(/LGPL/);
    for (const r of releases) {
      expect(fs.readdirSync(r.dir).sort(), r.version).to.deep.equal(includeClosure(r.dir));
      expect(sources, r.version).to.match(new RegExp(`^\\| ${r.version.replace(/\./g, '\\.')} \\| \\w+ \\| \\w+ \\| [\\w-]+ \\| \\S+ \\| https?://\\S+\\.deb \\| [0-9a-f]{64} \\|$`, 'm'));
      expect(r.items.length, r.version).to.be.greaterThan(2000);
    }
  });

  it(`schemas/versions/${LADDER_FILE} is current (else: npm run build && node scripts/libvirt-ladder.mjs)`, () => {
    const committed = fs.readFileSync(path.join(BUNDLED_VERSIONS_DIR, LADDER_FILE), 'utf8');
    expect(committed === ladderJson(ladderFromSchemas(LIBVIRT_SCHEMAS_DATA)), 'the ladder file is stale').to.equal(true);
  });

  it('the domain part of the ladder is the domain ladder alone: built for the domain only, the file is ladder.json\'s domain items, byte for byte (the other kinds only add items)', () => {
    const domainOnly = ladderJson(ladderFromSchemas(LIBVIRT_SCHEMAS_DATA, undefined, ['domain']));
    const alone = JSON.parse(domainOnly) as LadderData;
    expect(alone.about).to.contain("libvirt's own domain schemas, one per checked release) and virtlint's domain grammar: do not edit.");
    const committed = JSON.parse(fs.readFileSync(path.join(BUNDLED_VERSIONS_DIR, LADDER_FILE), 'utf8')) as LadderData;
    const isDomainKey = (k: string): boolean => k.startsWith('domain/') || k === 'domain';
    const domainPart: LadderData = {
      about: alone.about,
      releases: committed.releases,
      steps: committed.steps.map((st) => ({ ...st, items: st.items.filter(isDomainKey) })).filter((st) => st.items.length > 0),
      lacks: Object.fromEntries(Object.entries(committed.lacks).filter(([k]) => isDomainKey(k))),
    };
    expect(ladderJson(domainPart) === domainOnly, 'the domain items of ladder.json differ from the domain-only ladder').to.equal(true);
    // Every key of the file is of one of the kinds, and each kind has items.
    const roots = new Set(committed.steps.flatMap((st) => st.items.map((k) => k.split('/')[0])));
    expect([...roots].sort()).to.deep.equal(LADDER_KINDS.map((k) => KIND_GRAMMARS[k].root).sort());
  });

  it('computeLadder: by is the oldest release with the item, after the one before; none → after the newest; lacks lists a release that dropped it', () => {
    const item = (key: string, open = false) => ({ key, kind: 'attribute' as const, source: 'x', ...(open ? { open: true as const } : {}) });
    const grammar = [item('a'), item('a/@b'), item('a/@b=v'), item('a/@c'), item('a/@d')];
    const data = computeLadder(grammar, [
      { version: '2.0.0', items: [item('a'), item('a/@b', true)] },
      { version: '1.0.0', items: [item('a'), item('a/@d')] },
      { version: '3.0.0', items: [item('a'), item('a/@b'), item('a/@b=v')] },
    ]);
    expect(data.releases).to.deep.equal(['1.0.0', '2.0.0', '3.0.0']);
    expect(data.steps).to.deep.equal([
      { by: '1.0.0', items: ['a', 'a/@d'] },
      // a/@b=v: 2.0.0's `b` takes data, so it may accept `v`: no claim that 2.0.0 lacks it.
      { after: '1.0.0', by: '2.0.0', items: ['a/@b', 'a/@b=v'] },
      { after: '3.0.0', items: ['a/@c'] },
    ]);
    expect(data.lacks).to.deep.equal({ 'a/@d': ['2.0.0', '3.0.0'] });
    expect(releaseMembership([item('x/@y', true)])('x/@y=anything')).to.equal(true);
    expect(releaseMembership([item('x/@y')])('x/@y=anything')).to.equal(false);
    expect(lackedAt({ after: '8.0.0', by: '9.0.0', afterParts: [8, 0, 0] }, [8, 0, 0])).to.equal(true);
    expect(lackedAt({ after: '8.0.0', by: '9.0.0', afterParts: [8, 0, 0] }, [8, 0, 1])).to.equal(false);
    expect(lackedAt({ by: '1.3.1' }, [0, 1])).to.equal(false);
  });

  it('readLadder: none for a directory without one, a clear error for a file of the wrong shape', () => {
    const dir = tempDir('virtlint-ladder-');
    expect(readLadder(path.join(dir, LADDER_FILE))).to.equal(undefined);
    fs.writeFileSync(path.join(dir, LADDER_FILE), '{"items": {}}');
    expect(() => readLadder(path.join(dir, LADDER_FILE))).to.throw(/expected \{ releases, steps, lacks \}/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('coverage: every item of the domain grammar has a documented release or a ladder bound (100%); prints the shares', function () {
    const table = bundledVersionTable();
    const items = domainGrammarItems();
    const unbounded = items.filter((i) => !table.entry(i.key)?.since && !table.ladder?.bound(i.key));
    expect(unbounded.map((i) => `${i.key} (${i.source})`)).to.deep.equal([]);
    const documented = items.filter((i) => table.entry(i.key)?.since).length;
    const ranged = items.filter((i) => !table.entry(i.key)?.since && table.bound(i.key)?.after).length;
    const pct = (n: number): string => `${((100 * n) / items.length).toFixed(1)}%`;
    this.test!.title += ` — ${items.length} items: ${documented} (${pct(documented)}) with a documented since, ${items.length - documented - ranged} more present in 1.3.1's schema, ${ranged} more bounded between two checked releases`;
  });

  it('coverage: every item of the other kinds\' grammars (network, pool, volume, filter, secret, interface, snapshot, checkpoint) has a ladder bound; prints how many the table dates', function () {
    const table = bundledVersionTable();
    const counts: string[] = [];
    for (const kind of LADDER_KINDS.filter((k) => k !== 'domain')) {
      const items = kindGrammarItems(kind);
      expect(items.length, kind).to.be.greaterThan(10);
      expect(items.every((i) => i.key.split('/')[0] === KIND_GRAMMARS[kind].root), kind).to.equal(true);
      expect(items.filter((i) => !table.ladder?.bound(i.key)).map((i) => `${i.key} (${i.source})`), kind).to.deep.equal([]);
      const dated = items.filter((i) => table.entry(i.key)?.since).length;
      const ranged = items.filter((i) => table.bound(i.key)?.after).length;
      counts.push(`${kind} ${items.length} (${dated} dated, ${ranged} more bounded between two checked releases)`);
    }
    this.test!.title += ` — ${counts.join(', ')}`;
  });

  it('a snapshot\'s and a checkpoint\'s embedded domain: the embedding element is the kind\'s item, nothing below it is (those keys are the domain\'s), in virtlint\'s grammars and libvirt\'s', () => {
    for (const dir of [undefined, ...checkedReleases().filter((r) => r.version !== '1.3.1' && r.version !== '4.0.0').map((r) => r.dir)]) {
      const snap = kindGrammarItems('domainsnapshot', dir).map((i) => i.key);
      const ckpt = kindGrammarItems('domaincheckpoint', dir).map((i) => i.key);
      expect(snap, dir).to.include('domainsnapshot/domain');
      expect(ckpt, dir).to.include('domaincheckpoint/domain');
      expect([...snap, ...ckpt].filter((k) => /^(domainsnapshot\/(domain|inactiveDomain)|domaincheckpoint\/domain)[/=]/.test(k)), dir).to.deep.equal([]);
    }
    expect(kindGrammarItems('domainsnapshot').map((i) => i.key)).to.include('domainsnapshot/inactiveDomain');
    const rewritten = ['domainsnapshot/domain/@type', 'domainsnapshot/inactiveDomain/devices/disk', 'domaincheckpoint/domain/devices/interface/driver/@rss', 'domainsnapshot/domain/uuid'].map(tableKeyOf);
    expect(rewritten).to.deep.equal(['domain/@type', 'domain/devices/disk', 'domain/devices/interface/driver/@rss', 'domain/uuid']);
    const own = ['domainsnapshot/domain', 'domainsnapshot/inactiveDomain', 'domaincheckpoint', 'domaincheckpoint/disks/disk/@name', 'domainsnapshot/domainx/y', 'domain/devices/disk', 'network/domain/@name'];
    expect(own.map(tableKeyOf)).to.deep.equal(own);
    expect(['domainsnapshot/domain', 'domainsnapshot/inactiveDomain', 'domaincheckpoint/domain', 'domaincheckpoint', 'domain/os'].map(contentKeyOf)).to.deep.equal(['domain', 'domain', 'domain', 'domaincheckpoint', 'domain/os']);
  });

  it('an undated item is reported for a target at or before the newest release lacking it, with both releases named; not in the unknown gap, not from the release that has it', () => {
    const table = bundledVersionTable();
    expect(table.entry('domain/devices/controller/target/@busNr')?.since).to.equal(undefined);
    expect(table.bound('domain/devices/controller/target/@busNr')).to.include({ after: '1.3.1', by: '4.0.0' });
    const doc = "<domain><devices><controller type='pci' index='1' model='pci-expander-bus'><target busNr='254'/></controller></devices></domain>";
    const busNr = (target: string) => findings(doc, target).filter(([, at]) => at === "busNr='254'");
    expect(busNr('1.3.1')).to.deep.equal([["`<target busNr>` is not in libvirt 1.3.1's schema (it is in 4.0.0's); the target is 1.3.1", "busNr='254'"]]);
    expect(busNr('1.2.19').map(([m]) => m)).to.deep.equal(["`<target busNr>` is not in libvirt 1.3.1's schema (it is in 4.0.0's); the target is 1.2.19"]);
    expect(busNr('2.0.0'), 'between 1.3.1 and 4.0.0 the release is unknown: no claim').to.deep.equal([]);
    expect(busNr('4.0.0')).to.deep.equal([]);
    // A step further up: the IOMMU's alias, in libvirt 9.0.0's schema but not 8.0.0's.
    const iommu = "<domain><devices><iommu model='intel'><alias name='ua-iommu'/></iommu></devices></domain>";
    expect(findings(iommu, '8.0.0')).to.deep.equal([["`<alias>` is not in libvirt 8.0.0's schema (it is in 9.0.0's); the target is 8.0.0", 'alias']]);
    expect(findings(iommu, '9.0.0')).to.deep.equal([]);
  });

  it('a documented since wins over the ladder, both ways (vmcoreinfo: release notes 3.10.0; the ladder alone would say after 1.3.1)', () => {
    const table = bundledVersionTable();
    expect(table.ladder?.bound('domain/features/vmcoreinfo')).to.include({ after: '1.3.1', by: '4.0.0' });
    expect(table.bound('domain/features/vmcoreinfo'), 'no bound where the table dates the item').to.equal(undefined);
    const doc = '<domain><features><vmcoreinfo/></features></domain>';
    expect(findings(doc, '3.10.0')).to.deep.equal([]);
    expect(findings(doc, '3.9.0')).to.deep.equal([['`<vmcoreinfo>` needs libvirt ≥ 3.10.0; the target is 3.9.0', 'vmcoreinfo']]);
    // The seed's case is unchanged: documented 0.9.3, and 1.3.1's schema has it.
    const seed = "<domain><devices><disk><driver ioeventfd='on'/></disk></devices></domain>";
    expect(findings(seed, '0.9.2').map(([m]) => m)).to.deep.equal(['`<driver ioeventfd>` needs libvirt ≥ 0.9.3; the target is 0.9.2']);
    expect(findings(seed, '0.9.3')).to.deep.equal([]);
  });

  it('with a QEMU target too, each claim names the target it is about', () => {
    const doc = "<domain><devices><disk><driver io='io_uring'/></disk><iommu model='intel'><alias name='ua-iommu'/></iommu></devices></domain>";
    const parsed = parseXml(doc);
    if (!parsed.ok) throw new Error('parse');
    const messages = checkTargets(parsed.document.root, parseTargets(['libvirt@8.0.0', 'qemu@4.2']), bundledVersionTable(), 'error').map((d) => d.message);
    expect(messages).to.deep.equal([
      "`<driver io='io_uring'>` needs QEMU ≥ 5.0; the target is QEMU 4.2",
      "`<alias>` is not in libvirt 8.0.0's schema (it is in 9.0.0's); the target is libvirt 8.0.0",
    ]);
    expect(parseVersion('12.8.0')).to.deep.equal([12, 8, 0]);
  });

  it('newest libvirt, the other kinds: what 12.8\'s network, pool, volume, filter, secret, interface, snapshot and checkpoint schemas have that the grammars lack is what docs/targets.md and the versions README name', () => {
    const missing = Object.fromEntries(LADDER_KINDS.filter((k) => k !== 'domain').map((k) => [k, newestMissing(LIBVIRT_SCHEMAS_DATA, undefined, k).minimal]));
    expect(missing).to.deep.equal({
      network: [],
      pool: [],
      volume: [],
      filter: [],
      secret: [],
      interface: [],
      // Status XML only, left out on purpose as in the domain grammar: libvirt's public schema
      // declares <privateData> with no allowed content (its status schema fills it in).
      domainsnapshot: [
        'domainsnapshot/disks/disk/source/dataStore/source/privateData',
        'domainsnapshot/disks/disk/source/privateData',
        'domainsnapshot/revertDisks/disk/source/dataStore/source/privateData',
        'domainsnapshot/revertDisks/disk/source/privateData',
      ],
      domaincheckpoint: [],
    });
  });

  it('newest libvirt: what 12.8\'s schema has that the grammar lacks is listed (one key per feature), and the grammar has nothing 12.8 lacks', function () {
    const m = newestMissing(LIBVIRT_SCHEMAS_DATA);
    expect(m.version).to.equal('12.8.0');
    // Features added from 12.8 are gone from the list; some still missing are on it.
    for (const k of ['domain/cpu/topology/@clusters', 'domain/hwuuid', 'domain/devices/iommu/@model=amd', 'domain/devices/audio/@type=pipewire', 'domain/on_crash=preserve-running', 'domain/throttlegroups', 'domain/devices/disk/source/@protocol=ssh', 'domain/os/varstore', 'domain/os/shim', 'domain/iommufd', 'domain/os/acpi/table/@type=raw', 'domain/devices/*/acpi/@nodeset'.replace('*', 'memballoon')]) expect(m.all, k).to.not.include(k);
    // <nvram> shares the disk's source definitions, and every source takes a <dataStore>.
    for (const k of ['domain/os/nvram/@type=dir', 'domain/os/nvram/source/@protocol=ssh', 'domain/os/nvram/source/knownHosts', 'domain/os/nvram/source/slices', 'domain/os/nvram/source/dataStore', 'domain/devices/disk/source/dataStore', 'domain/devices/disk/backingStore/source/dataStore', 'domain/devices/disk/mirror/source/dataStore/source/@protocol=ssh']) expect(m.all, k).to.not.include(k);
    // Status XML (privateData) stays out on purpose, wherever a source has it.
    expect(m.minimal).to.include.members(['domain/devices/disk/privateData', 'domain/devices/disk/source/privateData', 'domain/os/nvram/source/privateData']);
    for (const k of ['domain/devices/controller/@type=nvme', 'domain/devices/controller/serial', 'domain/devices/serial/source/reconnect/@delay', 'domain/devices/disk/source/reservations/@migration', 'domain/devices/crypto/driver', 'domain/devices/hostdev/source/address/@port']) {
      expect(m.all, k).to.not.include(k);
    }
    expect(m.minimal.every((k) => m.all.includes(k))).to.equal(true);
    const table = bundledVersionTable();
    const notIn = (table.ladder?.data.steps ?? []).filter((st) => !st.by).flatMap((st) => st.items);
    expect(notIn, 'grammar items in no checked release (virtlint-only, or newer than 12.8)').to.deep.equal([]);
    this.test!.title += ` — 12.8 has ${m.all.length} items the grammar lacks (${m.minimal.length} features); the grammar has ${notIn.length} that 12.8 lacks`;
  });
});
