import type { Attr } from '../located.js';
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
}

export function buildTpm(el: XmlElement): Tpm {
  const base = deviceBase(el, 'tpm');
  return { tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, model: attrValue(el, 'model'), backendType: attrValue(child(el, 'backend'), 'type'), backendVersion: attrValue(child(el, 'backend'), 'version') };
}
