/**
 * schema/value-whitespace against libvirt 9.0's `virsh define` / `net-define` / `pool-define`: RelaxNG
 * (virtlint's grammar, jing, xmllint with libvirt's own schemas) compares a `<value>` as a collapsed token,
 * libvirt compares enumerated values exactly. Pinned cases name libvirt's message or, where libvirt
 * defines the document anyway, what `dumpxml` shows it made of the value (the -ignored warnings). Then a
 * seeded sample of the corpus: every domain, network and pool that libvirt defines as it is, with a space
 * after one listed value (one place per document at most for each grammar place), must be refused by
 * libvirt exactly when virtlint reports schema/value-whitespace, and defined with at most a
 * schema/value-whitespace-ignored warning otherwise. Each object is defined under
 * `${VIRTLINT_DEFINE_PREFIX}ws15-vws-<n>` and undefined again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { elementsFor, grammarIndexFor } from '../../src/grammar/index.js';
import { lintText } from '../../src/linter/lint.js';
import { kindOfRoot } from '../../src/schema/kinds.js';
import type { DocumentKind } from '../../src/types.js';
import type { XmlElement } from '../../src/xml/tree.js';
import { parseXml } from '../../src/xml/parse.js';
import { CORPUS } from '../helpers/paths.js';
import { describeOracle, firstError, virsh } from './libvirt.js';

const PREFIX = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}ws15-vws-`;
type Kind = 'domain' | 'network' | 'pool' | 'filter';
const VIRSH: Readonly<Record<Kind, { define: string; dump: string; undefine: readonly string[] }>> = {
  domain: { define: 'define', dump: 'dumpxml', undefine: ['undefine', '--nvram'] },
  network: { define: 'net-define', dump: 'net-dumpxml', undefine: ['net-undefine'] },
  pool: { define: 'pool-define', dump: 'pool-dumpxml', undefine: ['pool-undefine'] },
  filter: { define: 'nwfilter-define', dump: 'nwfilter-dumpxml', undefine: ['nwfilter-undefine'] },
};

interface Defined {
  readonly accepted: boolean;
  readonly message?: string;
  /** What `dumpxml` printed, when defined. */
  readonly xml?: string;
}

let serial = 0;

/** Defines the document (from a file in `dir`) under a fresh name (its <uuid> left out, so libvirt makes one), undefines it again. */
function define(dir: string, kind: Kind, text: string): Defined {
  const name = `${PREFIX}${serial++}`;
  const file = path.join(dir, `${name}.xml`);
  // A network filter's name is its root's attribute; the others' a <name> element.
  const named = kind === 'filter' ? text.replace(/^<filter name='[^']*'/, `<filter name='${name}'`) : text.replace(/<name>[^<]*<\/name>/, `<name>${name}</name>`);
  fs.writeFileSync(file, named.replace(/\s*<uuid>[^<]*<\/uuid>/, ''));
  const v = VIRSH[kind];
  const r = virsh([v.define, file]);
  if (!r.ok) return { accepted: false, message: firstError(r.stderr).trim() };
  const xml = virsh([v.dump, name]).stdout;
  const u = virsh([...v.undefine, name]);
  if (!u.ok) throw new Error(`could not undefine ${name}: ${u.stderr}`);
  return { accepted: true, xml };
}

/** virtlint's value-whitespace findings on the document (those whose range holds `at`, when given). */
async function findings(text: string, schemaDir?: string, at?: number): Promise<string[]> {
  const r = await lintText(text, schemaDir ? { schemaDir } : {});
  return r.diagnostics.filter((d) => d.ruleId.startsWith('schema/value-whitespace') && (at === undefined || (d.range.start.offset <= at && at <= d.range.end.offset))).map((d) => d.ruleId);
}

const domain = (inner: string): string =>
  `<domain type='qemu'>\n  <name>x</name>\n  <memory>262144</memory>\n  <os>\n    <type arch='x86_64' machine='pc'>hvm</type>\n  </os>\n${inner}</domain>\n`;
const devices = (d: string): string => domain(`  <devices>\n    <emulator>/usr/bin/qemu-system-x86_64</emulator>\n${d}  </devices>\n`);
const USB_HOSTDEV = (managed: string): string => `    <hostdev mode='subsystem' type='usb' managed='${managed}'>\n      <source>\n        <vendor id='0x1234'/>\n        <product id='0xbeef'/>\n      </source>\n    </hostdev>\n`;
const VIDEOS = (primary: string): string => `    <video>\n      <model type='virtio' heads='1'/>\n    </video>\n    <video>\n      <model type='virtio' heads='2' primary='${primary}'/>\n    </video>\n`;
const SYSINFO = (name: string, block = 'system'): string => domain(`  <sysinfo type='smbios'>\n    <${block}>\n      <entry name='${name}'>ws15-serial</entry>\n    </${block}>\n  </sysinfo>\n`);
const HOSTDEV_INTERFACE = (managed: string): string => devices(`    <interface type='hostdev' managed='${managed}'>\n      <source>\n        <address type='pci' domain='0x0000' bus='0x06' slot='0x02' function='0x0'/>\n      </source>\n    </interface>\n`);
const network = (inner: string): string => `<network>\n  <name>x</name>\n${inner}</network>\n`;
const HOSTDEV_FORWARD = (managed: string): string => network(`  <forward mode='hostdev' managed='${managed}'>\n    <pf dev='eth9'/>\n  </forward>\n`);
const PORTGROUPS = (def: string): string => network(`  <bridge name='virbr915'/>\n  <portgroup name='a' default='${def}'/>\n  <portgroup name='b'/>\n`);
const filterRule = (attrs: string, protocol: string): string => `<filter name='x' chain='root'>\n  <rule ${attrs}>\n    ${protocol}\n  </rule>\n</filter>\n`;
const pool = (type: string): string => `<pool type='${type}'>\n  <name>x</name>\n  <target>\n    <path>/var/lib/ws15-vws</path>\n  </target>\n</pool>\n`;

interface Case {
  readonly name: string;
  readonly kind: Kind;
  readonly text: string;
  /** A piece of libvirt's refusal; undefined when it defines the document. */
  readonly refuses?: string;
  /** When defined: a piece of dumpxml that shows what libvirt made of the value, and one it must not show. */
  readonly shows?: string;
  readonly hides?: string;
  /** virtlint's finding: 'error', 'warning' (-ignored) or none. */
  readonly finding?: 'error' | 'warning';
}

const CASES: readonly Case[] = [
  { name: "<disk type='file '>", kind: 'domain', text: devices("    <disk type='file ' device='disk'>\n      <source file='/var/lib/ws15.img'/>\n      <target dev='vda' bus='virtio'/>\n    </disk>\n"), refuses: "Invalid value for attribute 'type' in element 'disk': 'file '", finding: 'error' },
  { name: "<target bus=' virtio'>", kind: 'domain', text: devices("    <disk type='file' device='disk'>\n      <source file='/var/lib/ws15.img'/>\n      <target dev='vda' bus=' virtio'/>\n    </disk>\n"), refuses: 'virtio', finding: 'error' },
  { name: '<on_poweroff>destroy </on_poweroff>', kind: 'domain', text: domain('  <on_poweroff>destroy </on_poweroff>\n'), refuses: 'unknown on_poweroff action: destroy', finding: 'error' },
  { name: '<on_reboot>&#9;restart</on_reboot> (a tab before)', kind: 'domain', text: domain('  <on_reboot>&#9;restart</on_reboot>\n'), refuses: 'unknown on_reboot action', finding: 'error' },
  { name: "<clock offset=' utc'>", kind: 'domain', text: domain("  <clock offset=' utc'/>\n"), refuses: 'unknown clock offset', finding: 'error' },
  { name: "<os><type arch='x86_64 '>", kind: 'domain', text: domain('').replace("arch='x86_64'", "arch='x86_64 '"), refuses: 'Unknown architecture', finding: 'error' },
  { name: "near miss: <disk type='file'>", kind: 'domain', text: devices("    <disk type='file' device='disk'>\n      <source file='/var/lib/ws15.img'/>\n      <target dev='vda' bus='virtio'/>\n    </disk>\n") },
  { name: "near miss: white space in a name is the name (<description>, <serial>)", kind: 'domain', text: domain('  <description> a guest </description>\n') },
  { name: "<hostdev managed='yes '>: defined, read as managed='no'", kind: 'domain', text: devices(USB_HOSTDEV('yes ')), shows: "managed='no'", finding: 'warning' },
  { name: "near miss: <hostdev managed='yes'>", kind: 'domain', text: devices(USB_HOSTDEV('yes')), shows: "managed='yes'" },
  { name: "a second video's primary='yes ': defined, the first video is the primary one", kind: 'domain', text: devices(VIDEOS('yes ')), shows: "heads='1' primary='yes'", finding: 'warning' },
  { name: "near miss: a second video's primary='yes'", kind: 'domain', text: devices(VIDEOS('yes')), shows: "heads='2' primary='yes'" },
  { name: "<sysinfo> <entry name='serial '>: defined, the entry dropped", kind: 'domain', text: SYSINFO('serial '), hides: 'ws15-serial', finding: 'warning' },
  { name: "near miss: <entry name='serial'>", kind: 'domain', text: SYSINFO('serial'), shows: 'ws15-serial' },
  { name: "<sysinfo> <bios> <entry name='vendor '>: defined, the entry dropped", kind: 'domain', text: SYSINFO('vendor ', 'bios'), hides: 'ws15-serial', finding: 'warning' },
  { name: "<sysinfo> <chassis> <entry name='serial '>: defined, the entry dropped", kind: 'domain', text: SYSINFO('serial ', 'chassis'), hides: 'ws15-serial', finding: 'warning' },
  { name: "<interface type='hostdev' managed='yes '>: defined, managed dropped", kind: 'domain', text: HOSTDEV_INTERFACE('yes '), hides: "managed='yes'", finding: 'warning' },
  { name: "near miss: <interface type='hostdev' managed='yes'>", kind: 'domain', text: HOSTDEV_INTERFACE('yes'), shows: "managed='yes'" },
  { name: "<memoryBacking><source type='memfd '>", kind: 'domain', text: domain("  <memoryBacking>\n    <source type='memfd '/>\n  </memoryBacking>\n"), refuses: "unknown memoryBacking/source/type 'memfd '", finding: 'error' },
  { name: "<features><apic eoi='on '>", kind: 'domain', text: domain("  <features>\n    <apic eoi='on '/>\n  </features>\n"), refuses: "Invalid value for attribute 'eoi' in element 'apic': 'on '", finding: 'error' },
  { name: "network <dns enable='no '>", kind: 'network', text: network("  <bridge name='virbr915'/>\n  <dns enable='no '/>\n"), refuses: "Invalid value for attribute 'enable' in element 'dns': 'no '", finding: 'error' },
  { name: "network <forward mode='nat '>", kind: 'network', text: network("  <forward mode='nat '/>\n  <bridge name='virbr915'/>\n"), refuses: 'unknown forwarding type', finding: 'error' },
  { name: "network <forward managed='yes '>: defined, read as managed='no'", kind: 'network', text: HOSTDEV_FORWARD('yes '), shows: "managed='no'", finding: 'warning' },
  { name: "near miss: network <forward managed='yes'>", kind: 'network', text: HOSTDEV_FORWARD('yes'), shows: "managed='yes'" },
  { name: "network <bridge stp='off '>: defined, read as stp='on'", kind: 'network', text: network("  <bridge name='virbr915' stp='off '/>\n"), shows: "stp='on'", finding: 'warning' },
  { name: "near miss: network <bridge stp='off'>", kind: 'network', text: network("  <bridge name='virbr915' stp='off'/>\n"), shows: "stp='off'" },
  { name: "network <portgroup default='yes '>: defined, not the default", kind: 'network', text: PORTGROUPS('yes '), hides: "default='yes'", finding: 'warning' },
  { name: "near miss: network <portgroup default='yes'>", kind: 'network', text: PORTGROUPS('yes'), shows: "default='yes'" },
  { name: "filter <rule action=' accept'>", kind: 'filter', text: filterRule("action=' accept' direction='in'", '<tcp/>'), refuses: 'unknown rule action attribute value', finding: 'error' },
  { name: "filter <rule direction='in '>", kind: 'filter', text: filterRule("action='accept' direction='in '", '<tcp/>'), refuses: 'unknown rule direction attribute value', finding: 'error' },
  { name: "filter <tcp match='no '>: defined, read as match='yes'", kind: 'filter', text: filterRule("action='drop' direction='out'", "<tcp match='no ' srcportstart='22'/>"), hides: "match='no'", finding: 'warning' },
  { name: "near miss: filter <tcp match='no'>", kind: 'filter', text: filterRule("action='drop' direction='out'", "<tcp match='no' srcportstart='22'/>"), shows: "match='no'" },
  { name: "filter <arp gratuitous=' yes'>: defined, read as gratuitous='false'", kind: 'filter', text: filterRule("action='accept' direction='in'", "<arp gratuitous=' yes'/>"), shows: "gratuitous='false'", finding: 'warning' },
  { name: "near miss: filter <arp gratuitous='yes'>", kind: 'filter', text: filterRule("action='accept' direction='in'", "<arp gratuitous='yes'/>"), shows: "gratuitous='true'" },
  { name: "<pool type='dir '>", kind: 'pool', text: pool('dir '), refuses: "Invalid value for attribute 'type' in element 'pool': 'dir '", finding: 'error' },
  { name: "near miss: <pool type='dir'>", kind: 'pool', text: pool('dir') },
];

/** The path of names from the root and `@attribute`, for the sample's places. */
const pathKey = (el: XmlElement): string => {
  const names: string[] = [];
  for (let e: XmlElement | undefined = el; e; e = e.parent) names.push(e.name);
  return names.reverse().join('/');
};

interface Place {
  readonly file: string;
  /** The document as defined (definable()). */
  readonly text: string;
  readonly kind: Kind;
  readonly key: string;
  /** Where the space goes (the end of the value). */
  readonly at: number;
}

/** Every attribute value and leaf text of the corpus's domains, networks and pools that the bundled grammar lists alone there. */
function listedPlaces(): Place[] {
  const out: Place[] = [];
  for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.xml')).sort()) {
    const original = fs.readFileSync(path.join(CORPUS, file), 'utf8');
    const first = parseXml(original);
    const kind: DocumentKind | undefined = first.ok ? kindOfRoot(first.document.root.name) : undefined;
    if (kind !== 'domain' && kind !== 'network' && kind !== 'pool') continue;
    const text = definable(kind, original);
    const p = parseXml(text);
    if (!p.ok) continue;
    const index = grammarIndexFor(undefined, kind)!;
    const closed = (specs: readonly { values: readonly string[]; forms: readonly string[] }[], v: string): boolean => specs.length > 0 && specs.every((s) => s.forms.length === 0) && specs.some((s) => s.values.includes(v));
    const walk = (el: XmlElement): void => {
      const infos = elementsFor(index, el);
      if (infos.length > 0) {
        for (const a of el.attributes) {
          if (a.name.includes(':') || a.name === 'xmlns') continue;
          if (closed(infos.flatMap((i) => i.attributes.filter((x) => x.name === a.name).map((x) => x.value)), a.value)) out.push({ file, text, kind, key: `${pathKey(el)}@${a.name}`, at: a.range.end.offset });
        }
        const texts = infos.map((i) => i.text);
        if (el.children.length === 0 && el.text !== '' && texts.every((t) => t !== undefined) && closed(texts as { values: string[]; forms: string[] }[], el.text)) out.push({ file, text, kind, key: `${pathKey(el)}#text`, at: el.contentRange.end.offset });
      }
      for (const c of el.children) walk(c);
    };
    walk(p.document.root);
  }
  return out;
}

/** A fixed-seed shuffle (a linear congruential generator: the same sample on every run). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = Math.floor((s / 2147483648) * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The corpus's domains name emulators and KVM this host may not have: QEMU without KVM, this host's emulator for the arch. */
function definable(kind: Kind, text: string): string {
  if (kind !== 'domain') return text;
  const arch = /<type[^>]*arch=['"]([^'"]+)/.exec(text)?.[1] ?? 'x86_64';
  const emulator = { x86_64: 'x86_64', i686: 'x86_64', aarch64: 'aarch64', s390x: 's390x', riscv64: 'riscv64' }[arch];
  const t = text.replace(/<domain([^>]*)type=(['"])kvm\2/, '<domain$1type=$2qemu$2');
  return emulator ? t.replace(/<emulator>[^<]*<\/emulator>/, `<emulator>/usr/bin/qemu-system-${emulator}</emulator>`) : t;
}

const LIBVIRT_SCHEMAS = '/usr/share/libvirt/schemas';

describeOracle("schema/value-whitespace: libvirt 9.0's define verdicts (oracle: virsh define, net-define, pool-define)", { needs: ['libvirtd'], tmp: 'virtlint-vws-' }, function (dir) {
  this.timeout(600000);

  for (const c of CASES) {
    it(c.name, async () => {
      const v = define(dir(), c.kind, c.text);
      if (c.refuses) {
        expect(v.accepted, 'libvirt defines it').to.equal(false);
        expect(v.message).to.include(c.refuses);
      } else {
        expect(v.accepted, `libvirt refuses it: ${v.message}`).to.equal(true);
        if (c.shows) expect(v.xml).to.include(c.shows);
        if (c.hides) expect(v.xml).not.to.include(c.hides);
      }
      const found = await findings(c.text);
      const id = c.finding === 'error' ? 'schema/value-whitespace' : c.finding === 'warning' ? 'schema/value-whitespace-ignored' : undefined;
      expect(found).to.deep.equal(id ? [id] : []);
    });
  }

  it('a space after a listed value of the corpus: refused exactly where virtlint errs, defined at most with a warning (both grammars)', async () => {
    const places = listedPlaces();
    const bases = new Map<string, boolean>();
    const sample: Place[] = [];
    const perKey = new Map<string, number>();
    for (const p of shuffled(places, 15)) {
      if ((perKey.get(p.key) ?? 0) >= 1) continue;
      if (!bases.has(p.file)) bases.set(p.file, define(dir(), p.kind, p.text).accepted);
      if (!bases.get(p.file)) continue;
      perKey.set(p.key, 1);
      sample.push(p);
    }
    const disagree: string[] = [];
    let refused = 0;
    for (const p of sample) {
      const at = p.at;
      const mutated = `${p.text.slice(0, at)} ${p.text.slice(at)}`;
      const v = define(dir(), p.kind, mutated);
      if (!v.accepted) refused++;
      for (const schemaDir of [undefined, ...(fs.existsSync(LIBVIRT_SCHEMAS) ? [LIBVIRT_SCHEMAS] : [])]) {
        const ids = await findings(mutated, schemaDir, at);
        const ok = v.accepted ? !ids.includes('schema/value-whitespace') : ids.includes('schema/value-whitespace');
        if (!ok) disagree.push(`${p.key} in ${p.file} (${schemaDir ?? 'bundled'}): libvirt ${v.accepted ? 'defines it' : `refuses it (${v.message})`}, virtlint: ${ids.join(', ') || 'nothing'}`);
      }
    }
    expect(disagree).to.deep.equal([]);
    // The sample is the test's: as many places as the corpus's definable documents hold, most refused.
    expect(sample.length).to.be.greaterThan(100);
    expect(refused).to.be.greaterThan(sample.length * 0.9);
  });
});
