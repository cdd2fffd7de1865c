import type { Domain } from './domain.js';
import type { Attr, Span, Text } from './located.js';
import { AttrRecord, NONE, type Writable, type XmlElement, attrValue, child, elementOf, mapChildren, mapChildrenDefined, spanOf, textValue } from './read.js';

/** A `<seclabel>` (domain-wide, or inside a device's `<source>`). */
export interface Seclabel extends Span {
  /** dynamic (default), static, none. */
  readonly type?: Attr;
  /** selinux, apparmor, dac, … */
  readonly model?: Attr;
  readonly relabel?: Attr;
  readonly label?: Text;
  readonly baselabel?: Text;
}

/** `<sysinfo type='smbios'>`: the SMBIOS entries that libvirt validates. */
export interface Sysinfo extends Span {
  readonly type?: Attr;
  /** `<system><entry name='uuid'>`. */
  readonly systemUuid?: Text;
  /** `<bios><entry name='date'>`. */
  readonly biosDate?: Text;
  /** type='fwcfg': the `name` of each `<entry>`. */
  readonly fwcfgNames: readonly Attr[];
  /** type='fwcfg': the `<entry>` elements with neither a value (text, white space aside) nor a `file`. */
  readonly fwcfgEmpty: readonly Span[];
}

/** `<cputune><vcpusched>` / `<iothreadsched>`: a scheduler for a set of vCPUs or IOThreads. */
export interface SchedSet extends Span {
  /** `vcpus` or `iothreads`: the id set (e.g. "0-3,^2"). */
  readonly ids?: Attr;
  readonly scheduler?: Attr;
}

/** `<cputune><vcpupin>`, `<emulatorpin>`, `<iothreadpin>`: which host CPUs run a vCPU, the emulator, an IOThread. */
export interface CpuPin extends Span {
  /** `vcpu` (vcpupin) or `iothread` (iothreadpin); undefined for emulatorpin. */
  readonly id?: Attr;
  readonly cpuset?: Attr;
}

/** `<cpu><numa><cell><distances><sibling id value>`, with the cell it is written in. */
export interface NumaDistance extends Span {
  /** The `id` of the enclosing `<cell>`. */
  readonly cell?: Attr;
  readonly sibling?: Attr;
  readonly value?: Attr;
}

/**
 * Domain-wide settings read for the rules that predict libvirt's whole-domain checks: identity
 * (uuid, seclabels, SMBIOS), CPU tuning and scheduling, NUMA distances, the CPU cache.
 */
export interface DomainSettings {
  /** `<uuid>`. */
  readonly uuid?: Text;
  /** The domain-wide `<seclabel>` elements, in document order. */
  readonly seclabels: readonly Seclabel[];
  /** Every `<sysinfo>` (libvirt accepts one per type). */
  readonly sysinfos: readonly Sysinfo[];
  readonly vcpuScheds: readonly SchedSet[];
  readonly iothreadScheds: readonly SchedSet[];
  /** `<cputune>`'s vcpupin, emulatorpin and iothreadpin elements, in document order. */
  readonly cpuPins: readonly CpuPin[];
  /** `<cputune>` values with a cgroup range: shares, period, quota, and the emulator/global/iothread ones. */
  readonly cputuneValues: readonly Text[];
  readonly numaDistances: readonly NumaDistance[];
  /** `<cpu><cache level mode>`. */
  readonly cpuCache?: Span & { readonly level?: Attr; readonly mode?: Attr };
  /** `<cpu><maxphysaddr mode bits>`. */
  readonly cpuMaxphysaddr?: Span & { readonly mode?: Attr; readonly bits?: Attr };
  /** `<vcpus><vcpu id enabled hotpluggable>`: the per-vCPU states, in document order. */
  readonly vcpuStates: readonly VcpuState[];
  /** `<blkiotune><device><path>`: each device's path, in document order. */
  readonly blkioDevicePaths: readonly Text[];
  /** `<keywrap><cipher name>` (s390 key wrapping), in document order. */
  readonly keywrapCiphers: readonly Attr[];
  /** `<perf><event name>`, in document order. */
  readonly perfEvents: readonly Attr[];
  /** `<pm><suspend-to-mem>` then `<pm><suspend-to-disk>` (ACPI S3 and S4), those written. */
  readonly pmSuspends: readonly Span[];
  /** The worker pool bounds of each `<iothreadids><iothread>`, then of `<defaultiothread>`: those that write one. */
  readonly threadPools: readonly ThreadPool[];
}

/** thread_pool_min/thread_pool_max of an `<iothread>` or of `<defaultiothread>`. */
export interface ThreadPool extends Span {
  readonly min?: Attr;
  readonly max?: Attr;
}

const POOL = new AttrRecord({ min: 'thread_pool_min', max: 'thread_pool_max' });

function threadPools(root: XmlElement): readonly ThreadPool[] {
  let out: ThreadPool[] | undefined;
  const add = (el: XmlElement | undefined): void => {
    if (!el) return;
    const pool = POOL.read(el);
    if (pool.min || pool.max) (out ??= []).push(pool);
  };
  for (const t of child(root, 'iothreadids')?.children ?? NONE) if (t.name === 'iothread') add(t);
  add(child(root, 'defaultiothread'));
  return out ?? NONE;
}

/** One `<vcpus><vcpu>`. */
export interface VcpuState extends Span {
  readonly id?: Attr;
  readonly enabled?: Attr;
  readonly hotpluggable?: Attr;
  /** The order in which vCPUs come online (1-based). */
  readonly order?: Attr;
}

function entry(el: XmlElement | undefined, name: string): Text | undefined {
  for (const e of el?.children ?? NONE) if (e.name === 'entry' && attrValue(e, 'name')?.value === name) return textValue(e);
  return undefined;
}

const SECLABEL = new AttrRecord({ type: 'type', model: 'model', relabel: 'relabel' });

export function buildSeclabel(el: XmlElement): Seclabel {
  const out: Writable<Seclabel> = SECLABEL.read(el);
  out.label = textValue(child(el, 'label'));
  out.baselabel = textValue(child(el, 'baselabel'));
  return out;
}

const CPUTUNE_VALUES = ['shares', 'period', 'quota', 'global_period', 'global_quota', 'emulator_period', 'emulator_quota', 'iothread_period', 'iothread_quota'];

const PIN_TAGS: ReadonlyMap<string, string> = new Map([['vcpupin', 'vcpu'], ['emulatorpin', ''], ['iothreadpin', 'iothread']]);
function cpuPins(cputune: XmlElement): readonly CpuPin[] {
  const out: CpuPin[] = [];
  for (let i = 0, list = cputune.children; i < list.length; i++) {
    const el = list[i]!;
    const idAttr = PIN_TAGS.get(el.name);
    if (idAttr === undefined) continue;
    out.push({ tag: el.name, nameRange: el.nameRange, range: el.range, id: idAttr ? attrValue(el, idAttr) : undefined, cpuset: attrValue(el, 'cpuset') });
  }
  return out.length > 0 ? out : NONE;
}

const sched = (el: XmlElement, ids: string): SchedSet => ({ tag: el.name, nameRange: el.nameRange, range: el.range, ids: attrValue(el, ids), scheduler: attrValue(el, 'scheduler') });

const CACHE = new AttrRecord({ level: 'level', mode: 'mode' });
const MAXPHYSADDR = new AttrRecord({ mode: 'mode', bits: 'bits' });
const VCPU_STATE = new AttrRecord({ id: 'id', enabled: 'enabled', hotpluggable: 'hotpluggable', order: 'order' });
const readVcpuState = (e: XmlElement): VcpuState => VCPU_STATE.read(e);

const sysinfo = (s: XmlElement): Sysinfo => ({
  tag: s.name,
  nameRange: s.nameRange,
  range: s.range,
  type: attrValue(s, 'type'),
  systemUuid: entry(child(s, 'system'), 'uuid'),
  biosDate: entry(child(s, 'bios'), 'date'),
  fwcfgNames: attrValue(s, 'type')?.value === 'fwcfg' ? mapChildrenDefined(s, 'entry', entryName) : NONE,
  fwcfgEmpty: attrValue(s, 'type')?.value === 'fwcfg' ? mapChildrenDefined(s, 'entry', emptyEntry) : NONE,
});
const emptyEntry = (e: XmlElement): Span | undefined => (!textValue(e)?.value && !attrValue(e, 'file') ? spanOf(e) : undefined);
const entryName = (e: XmlElement): Attr | undefined => attrValue(e, 'name');

function numaDistances(cpu: XmlElement): readonly NumaDistance[] {
  const out: NumaDistance[] = [];
  for (let i = 0, list = child(cpu, 'numa')?.children ?? NONE; i < list.length; i++) {
    const cell = list[i]!;
    if (cell.name !== 'cell') continue;
    for (let j = 0, inner = child(cell, 'distances')?.children ?? NONE; j < inner.length; j++) {
      const sib = inner[j]!;
      if (sib.name === 'sibling') out.push({ tag: sib.name, nameRange: sib.nameRange, range: sib.range, cell: attrValue(cell, 'id'), sibling: attrValue(sib, 'id'), value: attrValue(sib, 'value') });
    }
  }
  return out.length > 0 ? out : NONE;
}

/** Reads {@link DomainSettings} from the `<domain>` element. */
export function buildDomainSettings(root: XmlElement): DomainSettings {
  const cputune = child(root, 'cputune');
  const cpu = child(root, 'cpu');
  const cache = child(cpu, 'cache');
  const maxphysaddr = child(cpu, 'maxphysaddr');
  const blkiotune = child(root, 'blkiotune');
  return {
    uuid: textValue(child(root, 'uuid')),
    seclabels: mapChildren(root, 'seclabel', buildSeclabel),
    sysinfos: mapChildren(root, 'sysinfo', sysinfo),
    vcpuScheds: mapChildren(cputune, 'vcpusched', (e) => sched(e, 'vcpus')),
    iothreadScheds: mapChildren(cputune, 'iothreadsched', (e) => sched(e, 'iothreads')),
    cpuPins: cputune ? cpuPins(cputune) : NONE,
    cputuneValues: cputune ? CPUTUNE_VALUES.flatMap((n) => textValue(child(cputune, n)) ?? []) : NONE,
    numaDistances: cpu ? numaDistances(cpu) : NONE,
    cpuCache: cache ? CACHE.read(cache) : undefined,
    cpuMaxphysaddr: maxphysaddr ? MAXPHYSADDR.read(maxphysaddr) : undefined,
    vcpuStates: mapChildren(child(root, 'vcpus'), 'vcpu', readVcpuState),
    blkioDevicePaths: mapChildrenDefined(blkiotune, 'device', (d) => textValue(child(d, 'path'))),
    keywrapCiphers: mapChildrenDefined(child(root, 'keywrap'), 'cipher', (c) => attrValue(c, 'name')),
    perfEvents: mapChildrenDefined(child(root, 'perf'), 'event', (e) => attrValue(e, 'name')),
    pmSuspends: pmSuspends(child(root, 'pm')),
    threadPools: threadPools(root),
  };
}

/** The ACPI sleep states a `<pm>` sets: its `<suspend-to-mem>`, then its `<suspend-to-disk>`. */
function pmSuspends(pm: XmlElement | undefined): readonly Span[] {
  if (!pm) return NONE;
  const mem = child(pm, 'suspend-to-mem');
  const disk = child(pm, 'suspend-to-disk');
  if (!mem && !disk) return NONE;
  return [...(mem ? [spanOf(mem)] : []), ...(disk ? [spanOf(disk)] : [])];
}

/*
 * Top-level elements few documents have and one or two rules read: looked up in the document's root
 * when a rule asks (one pass over the root's children), not when the model is built.
 */

/** `<genid>` (a VM generation id, QEMU's vmgenid device), or undefined. */
export function genidOf(domain: Domain): Span | undefined {
  const el = child(elementOf(domain), 'genid');
  return el ? spanOf(el) : undefined;
}

/** The `type` of `<launchSecurity>` (sev, s390-pv, …), or undefined without one. */
export function launchSecurityType(domain: Domain): Attr | undefined {
  return attrValue(child(elementOf(domain), 'launchSecurity'), 'type');
}
