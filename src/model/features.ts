import type { Attr, Span } from './located.js';
import { type XmlElement, attrsOf, spanOf } from './read.js';

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

export function buildFeatures(el: XmlElement | undefined): Features | undefined {
  if (!el) return undefined;
  return { ...spanOf(el), byName: new Map(el.children.map((f) => [f.name, { ...spanOf(f), ...attrsOf(f, { state: 'state', driver: 'driver' }) }])) };
}
