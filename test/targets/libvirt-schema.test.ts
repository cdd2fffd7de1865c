/**
 * The version table against the installed libvirt 9.0.0 schemas (/usr/share/libvirt/schemas, the
 * same files as test/data/libvirt-schemas/9.0.0). differential.test.ts checks every release of the
 * test data; this file keeps the first, 9.0-only checks, two ways:
 *
 * - grammar level: an item the table dates 9.0.0 or earlier (with every enclosing element dated
 *   too) must be an item of libvirt 9.0's grammar, and an item the table dates later must not be;
 * - document level, with jing: every corpus document libvirt 9.0's schema accepts gets no
 *   requires-newer-libvirt finding with --target libvirt@9.0.0, and a document that 9.0's schema
 *   rejects only because of one newer item is flagged at that item.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/linter/lint.js';
import { TARGET_RULE_ID } from '../../src/targets/check.js';
import { domainGrammarItems } from '../../src/targets/grammar-items.js';
import { compareVersions, parseTargets } from '../../src/targets/target.js';
import { bundledVersionTable, splitKey } from '../../src/targets/version-table.js';
import { CORPUS } from '../helpers/paths.js';
import { tempDir } from '../helpers/temp-dir.js';

const LIBVIRT_SCHEMAS = '/usr/share/libvirt/schemas';
const V9 = [9, 0, 0];

/** Files libvirt 9.0's domain schema rejects (jing, one process per batch). */
function jingRejects(files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < files.length; i += 200) {
    const r = spawnSync('jing', [path.join(LIBVIRT_SCHEMAS, 'domain.rng'), ...files.slice(i, i + 200)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw r.error;
    for (const line of r.stdout.split('\n')) {
      const m = /^(.*?):\d+:\d+: (?:fatal )?error: /.exec(line);
      if (m && files.includes(m[1] as string)) out.add(m[1] as string);
    }
  }
  return out;
}

/** A domain libvirt 9.0's schema accepts, with places to add one feature, device or OS setting. */
function domain(parts: { arch?: string; features?: string; devices?: string; tail?: string } = {}): string {
  return `<domain type='kvm'>
  <name>t</name>
  <memory unit='KiB'>1048576</memory>
  <maxMemory slots='4' unit='KiB'>8388608</maxMemory>
  <vcpu>2</vcpu>
  <os><type arch='${parts.arch ?? 'x86_64'}' machine='q35'>hvm</type></os>
  <features><acpi/>${parts.features ?? ''}</features>
  <cpu><numa><cell id='0' cpus='0-1' memory='1048576' unit='KiB'/></numa></cpu>
  <devices>${parts.devices ?? ''}</devices>${parts.tail ?? ''}
</domain>
`;
}

/** Documents each using one item newer than 9.0, with the text of the item libvirt 9.0 rejects. */
const NEWER: readonly { item: string; doc: string; at: string }[] = [
  { item: 'domain/features/ps2', doc: domain({ features: "<ps2 state='off'/>" }), at: 'ps2' },
  { item: 'domain/features/hyperv/emsr_bitmap', doc: domain({ features: "<hyperv mode='custom'><emsr_bitmap state='on'/></hyperv>" }), at: 'emsr_bitmap' },
  { item: 'domain/features/hyperv/tlbflush/direct', doc: domain({ features: "<hyperv mode='custom'><tlbflush state='on'><direct state='on'/></tlbflush></hyperv>" }), at: 'direct' },
  { item: 'domain/devices/sound/@model=virtio', doc: domain({ devices: "<sound model='virtio'/>" }), at: 'virtio' },
  { item: 'domain/devices/panic/@model=pvpanic', doc: domain({ devices: "<panic model='pvpanic'/>" }), at: 'pvpanic' },
  { item: 'domain/devices/watchdog/@model=itco', doc: domain({ devices: "<watchdog model='itco'/>" }), at: 'itco' },
  { item: 'domain/devices/crypto', doc: domain({ devices: "<crypto model='virtio' type='qemu'><backend model='builtin'/></crypto>" }), at: 'crypto' },
  { item: 'domain/devices/pstore', doc: domain({ devices: "<pstore backend='acpi-erst'><path>/tmp/p</path><size unit='KiB'>8</size></pstore>" }), at: 'pstore' },
  {
    item: 'domain/devices/memory/target/@dynamicMemslots',
    doc: domain({ devices: "<memory model='virtio-mem'><target dynamicMemslots='yes'><size unit='KiB'>1048576</size><node>0</node><block unit='KiB'>2048</block><requested unit='KiB'>0</requested></target></memory>" }),
    at: "dynamicMemslots='yes'",
  },
  {
    item: 'domain/os/loader/@format',
    doc: domain().replace("machine='q35'>hvm</type>", "machine='q35'>hvm</type><loader readonly='yes' type='pflash' format='qcow2'>/usr/share/OVMF/OVMF_CODE.qcow2</loader>"),
    at: "format='qcow2'",
  },
  {
    item: 'domain/devices/disk/source/encryption/@format=luks-any',
    doc: domain({
      devices:
        "<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='rbd' name='pool/image'><host name='mon.example.org' port='6789'/><encryption format='luks-any' engine='librbd'><secret type='passphrase' usage='rbd-luks'/></encryption></source><target dev='vda' bus='virtio'/></disk>",
    }),
    at: 'luks-any',
  },
  { item: 'domain/os/type/@arch=loongarch64', doc: domain({ arch: 'loongarch64' }).replace("machine='q35'", "machine='virt'").replace('<features><acpi/></features>', ''), at: 'loongarch64' },
];

describe('targets: differential against libvirt 9.0.0\'s own schema', function () {
  this.timeout(120000);
  const table = bundledVersionTable();

  it('grammar level: what the table dates ≤ 9.0.0 is in libvirt 9.0\'s grammar, what it dates later is not', () => {
    const libvirt = new Set(domainGrammarItems(LIBVIRT_SCHEMAS).map((i) => i.key));
    // An attribute libvirt types as free data (no listed values) accepts every value: count them as present.
    const listed = new Set([...libvirt].filter((k) => k.includes('=')).map((k) => k.slice(0, k.lastIndexOf('='))));
    const has = (key: string): boolean => {
      if (libvirt.has(key)) return true;
      const { tail } = splitKey(key);
      if (!tail.startsWith('/@') || !tail.includes('=')) return false;
      const attr = key.slice(0, key.length - tail.length) + tail.slice(0, tail.indexOf('='));
      return libvirt.has(attr) && !listed.has(attr);
    };
    let checked = 0;
    const problems: string[] = [];
    // Entries written for their description only (no release) make no claim.
    const datedEntry = (key: string) => {
      const e = table.entry(key);
      return e?.sinceParts ? { ...e, sinceParts: e.sinceParts } : undefined;
    };
    for (const item of domainGrammarItems()) {
      const own = datedEntry(item.key);
      if (!own) continue;
      // The release an item is usable from is the latest of its own and its enclosing elements'.
      const { steps, tail } = splitKey(item.key);
      const chain = steps.map((_, i) => datedEntry(steps.slice(0, i + 1).join('/')));
      const attr = tail.startsWith('/@') && tail.includes('=') ? datedEntry(steps.join('/') + tail.slice(0, tail.indexOf('='))) : undefined;
      // An undated enclosing element that libvirt 9.0 lacks may be the newer part: no claim to check.
      if (chain.some((e, i) => e === undefined && !libvirt.has(steps.slice(0, i + 1).join('/')))) continue;
      const dated = [...chain, own, attr].filter((e): e is NonNullable<typeof own> => e !== undefined);
      const effective = dated.reduce((a, b) => (compareVersions(a.sinceParts, b.sinceParts) >= 0 ? a : b));
      const old = compareVersions(effective.sinceParts, V9) <= 0;
      checked++;
      if (old && !has(item.key)) problems.push(`${item.key}: dated ${effective.since} but not in libvirt 9.0's schema`);
      if (!old && has(item.key)) problems.push(`${item.key}: dated ${effective.since} but libvirt 9.0's schema has it`);
    }
    expect(checked).to.be.greaterThan(300);
    expect(problems).to.deep.equal([]);
  });

  it('every item libvirt 9.0 does not accept is dated after 9.0 (itself or through an enclosing element), bar a named few', () => {
    const libvirt = new Set(domainGrammarItems(LIBVIRT_SCHEMAS).map((i) => i.key));
    const listed = new Set([...libvirt].filter((k) => k.includes('=')).map((k) => k.slice(0, k.lastIndexOf('='))));
    const accepted = (key: string): boolean => {
      if (libvirt.has(key)) return true;
      const { tail } = splitKey(key);
      if (!tail.startsWith('/@') || !tail.includes('=')) return false;
      const attr = key.slice(0, key.length - tail.length) + tail.slice(0, tail.indexOf('='));
      return libvirt.has(attr) && !listed.has(attr);
    };
    // Newer than 9.0 but not dated by the release notes read so far, and values libvirt 9.0
    // accepts through a data pattern rather than a list.
    const UNDATED = new Set([
      ...['vepa', 'bridge', 'private', 'passthrough'].map((m) => `domain/devices/interface/source/@mode=${m}`),
      ...['/@type=tdx', '/mrConfigId', '/mrOwner', '/mrOwnerConfig', '/quoteGenerationService', '/quoteGenerationService/@path'].map((k) => `domain/launchSecurity${k}`),
      // <nvram> takes every disk source type in libvirt's schema, the disk's later ones too, but
      // its documentation names only file, block and network: undated there (the ladder bounds them).
      ...['vhostvdpa', 'ctl'].map((t) => `domain/os/nvram/@type=${t}`),
      // Undated in libvirt 12.8's documentation and release notes (the ladder bounds them).
      'domain/devices/disk/blockio/@discard_granularity',
      'domain/devices/interface/backend/@type=default',
      ...['hostdev', 'interface'].map((d) => `domain/devices/${d}/source/address/@port`),
    ]);
    const after9 = (e: { sinceParts?: readonly number[] } | undefined): boolean => e?.sinceParts !== undefined && compareVersions(e.sinceParts, V9) > 0;
    const undated: string[] = [];
    let newer = 0;
    for (const item of domainGrammarItems()) {
      if (accepted(item.key)) continue;
      newer++;
      const { steps } = splitKey(item.key);
      const dated = after9(table.entry(item.key)) || steps.some((_, i) => after9(table.entry(steps.slice(0, i + 1).join('/'))));
      if (!dated && !UNDATED.has(item.key)) undated.push(item.key);
      if (dated && UNDATED.has(item.key)) undated.push(`${item.key} is dated now: remove it from UNDATED`);
    }
    expect(newer).to.be.greaterThan(50);
    expect(undated).to.deep.equal([]);
  });

  it('document level: the corpus documents libvirt 9.0 accepts get no finding with --target libvirt@9.0.0', async () => {
    const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.xml')).map((f) => path.join(CORPUS, f));
    const domains = files.filter((f) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<domain[\s>]/.test(fs.readFileSync(f, 'utf8')));
    const rejected = jingRejects(domains);
    const accepted = domains.filter((f) => !rejected.has(f));
    expect(accepted.length).to.be.greaterThan(100);
    const flagged: string[] = [];
    for (const f of accepted) {
      const r = await lintText(fs.readFileSync(f, 'utf8'), { filePath: f, targets: parseTargets('libvirt@9.0.0') });
      for (const d of r.diagnostics.filter((x) => x.ruleId === TARGET_RULE_ID)) flagged.push(`${path.basename(f)}: ${d.message}`);
    }
    expect(flagged).to.deep.equal([]);
    // And the other way: each document 9.0 rejects is flagged for the target, or rejected by
    // virtlint's own grammar (not valid for any libvirt). The TDX documents, whose items the
    // documentation does not date, are flagged through the ladder (not in 11.3.0's schema).
    const missed: string[] = [];
    let flaggedCount = 0;
    for (const f of domains.filter((d) => rejected.has(d))) {
      const r = await lintText(fs.readFileSync(f, 'utf8'), { filePath: f, targets: parseTargets('libvirt@9.0.0') });
      const target = r.diagnostics.some((d) => d.ruleId === TARGET_RULE_ID);
      if (target) flaggedCount++;
      if (!target && !r.diagnostics.some((d) => d.ruleId.startsWith('schema/'))) missed.push(`${path.basename(f)}: neither flagged nor invalid`);
    }
    expect(missed).to.deep.equal([]);
    expect(flaggedCount).to.be.greaterThan(10);
  });

  it('document level: a document 9.0 rejects only for one newer item is flagged there at 9.0.0, and not at the item\'s release', async () => {
    const dir = tempDir('virtlint-v9-');
    const base = path.join(dir, 'base.xml');
    fs.writeFileSync(base, domain());
    const files = NEWER.map((n, i) => {
      const f = path.join(dir, `newer-${i}.xml`);
      fs.writeFileSync(f, n.doc);
      return f;
    });
    const rejected = jingRejects([base, ...files]);
    expect(rejected.has(base), 'the base document must be valid for libvirt 9.0').to.equal(false);
    const problems: string[] = [];
    for (const [i, n] of NEWER.entries()) {
      if (!rejected.has(files[i] as string)) problems.push(`${n.item}: libvirt 9.0's schema accepts the document`);
      const at9 = await lintText(n.doc, { targets: parseTargets('libvirt@9.0.0') });
      const found = at9.diagnostics.filter((d) => d.ruleId === TARGET_RULE_ID);
      if (found.length !== 1 || n.doc.slice(found[0]!.range.start.offset, found[0]!.range.end.offset) !== n.at) {
        problems.push(`${n.item}: expected one finding at '${n.at}', got ${JSON.stringify(found.map((d) => [d.message, n.doc.slice(d.range.start.offset, d.range.end.offset)]))}`);
      }
      const since = table.entry(n.item)?.since;
      const atRelease = await lintText(n.doc, { targets: parseTargets(`libvirt@${since}`) });
      if (atRelease.diagnostics.some((d) => d.ruleId === TARGET_RULE_ID)) problems.push(`${n.item}: flagged at its own release ${since}`);
    }
    const base9 = await lintText(domain(), { targets: parseTargets('libvirt@9.0.0') });
    expect(base9.diagnostics.filter((d) => d.ruleId === TARGET_RULE_ID)).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
  });

  it('the grammar accepts what libvirt\'s schema accepts: <auth> in a network <nvram> <source> (libvirt 9.0 and virtlint alike)', async () => {
    const doc = domain().replace(
      "machine='q35'>hvm</type>",
      "machine='q35'>hvm</type><nvram type='network'><source protocol='iscsi' name='iqn.2013-07.com.example:iscsi-nopool/0'><host name='example.com' port='6000'/><auth username='myname'><secret type='iscsi' usage='mycluster_myname'/></auth></source></nvram>",
    );
    const dir = tempDir('virtlint-v9-');
    const file = path.join(dir, 'nvram-auth.xml');
    fs.writeFileSync(file, doc);
    expect(jingRejects([file]).size, 'libvirt 9.0 accepts it').to.equal(0);
    const r = await lintText(doc, { targets: parseTargets('libvirt@9.0.0') });
    expect(r.diagnostics.filter((d) => d.ruleId.startsWith('schema/') || d.ruleId === TARGET_RULE_ID)).to.deep.equal([]);
    const before = await lintText(doc, { targets: parseTargets('libvirt@8.4.0') });
    expect(before.diagnostics.filter((d) => d.ruleId === TARGET_RULE_ID).map((d) => d.message)).to.deep.equal([
      '`<nvram type>` needs libvirt ≥ 8.5.0; the target is 8.4.0',
      '`<source>` needs libvirt ≥ 8.5.0; the target is 8.4.0',
    ]);
  });
});
