import type { Attr, Span } from './located.js';
import { AttrRecord, type XmlElement, spanOfChild } from './read.js';

/** One hypervisor feature under `<features>` (acpi, apic, smm, ioapic, hyperv, …). */
export interface Feature extends Span {
  /** on/off switches (`<smm state='on'/>`). */
  readonly state?: Attr;
  /** `<ioapic driver>`, `<gic version>`-style settings live in their own attributes. */
  readonly driver?: Attr;
}

/** One enlightenment under `<features><hyperv>` (`<spinlocks state retries>`, `<vendor_id state value>`, …). */
export interface HypervFeature extends Span {
  readonly state?: Attr;
  readonly retries?: Attr;
  readonly value?: Attr;
}

/** `<features>` and its children by element name. */
export interface Features extends Span {
  readonly byName: ReadonlyMap<string, Feature>;
  /** The children of `<hyperv>` by element name (empty without one). */
  readonly hyperv: ReadonlyMap<string, HypervFeature>;
  /** The children of `<kvm>` by element name (`<dirty-ring state size>`, …; empty without one). */
  readonly kvm: ReadonlyMap<string, KvmFeature>;
  /** `<smm><tseg>`: the size of the SMM memory region. */
  readonly smmTseg?: Span;
}

/** One setting under `<features><kvm>` (`<hidden state>`, `<dirty-ring state size>`, …). */
export interface KvmFeature extends Span {
  readonly state?: Attr;
  readonly size?: Attr;
}

const FEATURE = new AttrRecord({ state: 'state', driver: 'driver' });
const HYPERV = new AttrRecord({ state: 'state', retries: 'retries', value: 'value' });
const KVM = new AttrRecord({ state: 'state', size: 'size' });
const NO_KVM: ReadonlyMap<string, KvmFeature> = new Map();

export function buildFeatures(el: XmlElement | undefined): Features | undefined {
  if (!el) return undefined;
  const byName = new Map<string, Feature>();
  const hyperv = new Map<string, HypervFeature>();
  let kvm: Map<string, KvmFeature> | undefined;
  let smmTseg: Span | undefined;
  for (const f of el.children) {
    byName.set(f.name, FEATURE.read(f));
    if (f.name === 'hyperv') for (const h of f.children) hyperv.set(h.name, HYPERV.read(h));
    else if (f.name === 'kvm') for (const k of f.children) (kvm ??= new Map()).set(k.name, KVM.read(k));
    else if (f.name === 'smm') smmTseg ??= spanOfChild(f, 'tseg');
  }
  return { tag: el.name, nameRange: el.nameRange, range: el.range, byName, hyperv, kvm: kvm ?? NO_KVM, smmTseg };
}
