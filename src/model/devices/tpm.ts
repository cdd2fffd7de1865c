import type { Attr, Span } from '../located.js';
import { type XmlElement, attrValue, child } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A `<tpm>` (tpm-tis, tpm-crb, tpm-spapr, spapr-tpm-proxy). */
export interface Tpm extends DeviceBase {
  readonly kind: 'tpm';
  readonly model?: Attr;
  /** `<backend type>`: passthrough, emulator, external. */
  readonly backendType?: Attr;
  /** `<backend version>`: 1.2 or 2.0. */
  readonly backendVersion?: Attr;
  /** `<backend><active_pcr_banks>` and how many banks it lists. */
  readonly activePcrBanks?: Span & { readonly count: number };
}

export function buildTpm(el: XmlElement): Tpm {
  const base = deviceBase(el, 'tpm');
  const backend = child(el, 'backend');
  const banks = child(backend, 'active_pcr_banks');
  return { tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex, model: attrValue(el, 'model'), backendType: attrValue(backend, 'type'), backendVersion: attrValue(backend, 'version'), activePcrBanks: banks ? { tag: banks.name, nameRange: banks.nameRange, range: banks.range, count: banks.children.length } : undefined };
}
