import type { Attr, Span } from './located.js';
import { AttrRecord, type XmlElement } from './read.js';

/** One hypervisor feature under `<features>` (acpi, apic, smm, ioapic, hyperv, …). */
export interface Feature extends Span {
  /** on/off switches (`<smm state='on'/>`). */
  readonly state?: Attr;
  /** `<ioapic driver>`, `<gic version>`-style settings live in their own attributes. */
  readonly driver?: Attr;
}

/** `<features>` and its children by element name. */
export interface Features extends Span {
  readonly byName: ReadonlyMap<string, Feature>;
}

const FEATURE = new AttrRecord({ state: 'state', driver: 'driver' });

export function buildFeatures(el: XmlElement | undefined): Features | undefined {
  if (!el) return undefined;
  const byName = new Map<string, Feature>();
  for (const f of el.children) byName.set(f.name, FEATURE.read(f));
  return { tag: el.name, nameRange: el.nameRange, range: el.range, byName };
}
