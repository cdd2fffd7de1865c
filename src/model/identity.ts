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

/** The parts of a domain that identify and confine it, and its thread schedulers. */
export interface DomainIdentity {
  /** `<uuid>`. */
  readonly uuid?: Text;
  /** The domain-wide `<seclabel>` elements, in document order. */
  readonly seclabels: readonly Seclabel[];
  /** Every `<sysinfo>` (libvirt accepts one per type). */
  readonly sysinfos: readonly Sysinfo[];
  readonly vcpuScheds: readonly SchedSet[];
  readonly iothreadScheds: readonly SchedSet[];
}

const entry = (el: XmlElement | undefined, name: string): Text | undefined => textValue(childrenNamed(el, 'entry').find((e) => attrValue(e, 'name')?.value === name));

export function buildSeclabel(el: XmlElement): Seclabel {
  return { ...spanOf(el), ...attrsOf(el, { type: 'type', model: 'model', relabel: 'relabel' }), label: textValue(child(el, 'label')), baselabel: textValue(child(el, 'baselabel')) };
}

const sched = (el: XmlElement, ids: string): SchedSet => ({ ...spanOf(el), ids: attrValue(el, ids), scheduler: attrValue(el, 'scheduler') });

/** Reads {@link DomainIdentity} from the `<domain>` element. */
export function buildDomainIdentity(root: XmlElement): DomainIdentity {
  const cputune = child(root, 'cputune');
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
  };
}
