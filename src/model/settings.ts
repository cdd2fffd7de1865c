import type { Attr, Span, Text } from './located.js';
import { type XmlElement, attrValue, attrsOf, child, childrenNamed, spanOf, textValue } from './read.js';

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
}

/** `<cputune><vcpusched>` / `<iothreadsched>`: a scheduler for a set of vCPUs or IOThreads. */
export interface SchedSet extends Span {
  /** `vcpus` or `iothreads`: the id set (e.g. "0-3,^2"). */
  readonly ids?: Attr;
  readonly scheduler?: Attr;
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
  /** `<cputune>` values with a cgroup range: shares, period, quota, and the emulator/global/iothread ones. */
  readonly cputuneValues: readonly Text[];
  readonly numaDistances: readonly NumaDistance[];
  /** `<cpu><cache level mode>`. */
  readonly cpuCache?: Span & { readonly level?: Attr; readonly mode?: Attr };
}

const entry = (el: XmlElement | undefined, name: string): Text | undefined => textValue(childrenNamed(el, 'entry').find((e) => attrValue(e, 'name')?.value === name));

export function buildSeclabel(el: XmlElement): Seclabel {
  return { ...spanOf(el), ...attrsOf(el, { type: 'type', model: 'model', relabel: 'relabel' }), label: textValue(child(el, 'label')), baselabel: textValue(child(el, 'baselabel')) };
}

const CPUTUNE_VALUES = ['shares', 'period', 'quota', 'global_period', 'global_quota', 'emulator_period', 'emulator_quota', 'iothread_period', 'iothread_quota'];

const sched = (el: XmlElement, ids: string): SchedSet => ({ ...spanOf(el), ids: attrValue(el, ids), scheduler: attrValue(el, 'scheduler') });

/** Reads {@link DomainSettings} from the `<domain>` element. */
export function buildDomainSettings(root: XmlElement): DomainSettings {
  const cputune = child(root, 'cputune');
  const cpu = child(root, 'cpu');
  const cache = child(cpu, 'cache');
  return {
    uuid: textValue(child(root, 'uuid')),
    seclabels: childrenNamed(root, 'seclabel').map(buildSeclabel),
    sysinfos: childrenNamed(root, 'sysinfo').map((s) => ({
      ...spanOf(s),
      type: attrValue(s, 'type'),
      systemUuid: entry(child(s, 'system'), 'uuid'),
      biosDate: entry(child(s, 'bios'), 'date'),
    })),
    vcpuScheds: childrenNamed(cputune, 'vcpusched').map((e) => sched(e, 'vcpus')),
    iothreadScheds: childrenNamed(cputune, 'iothreadsched').map((e) => sched(e, 'iothreads')),
    cputuneValues: CPUTUNE_VALUES.flatMap((n) => textValue(child(cputune, n)) ?? []),
    numaDistances: childrenNamed(child(cpu, 'numa'), 'cell').flatMap((cell) =>
      childrenNamed(child(cell, 'distances'), 'sibling').map((sib) => ({ ...spanOf(sib), cell: attrValue(cell, 'id'), sibling: attrValue(sib, 'id'), value: attrValue(sib, 'value') })),
    ),
    cpuCache: cache ? { ...spanOf(cache), ...attrsOf(cache, { level: 'level', mode: 'mode' }) } : undefined,
  };
}
