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

export const buildTpm = (el: XmlElement): Tpm => ({ ...deviceBase(el, 'tpm'), model: attrValue(el, 'model'), backendType: attrValue(child(el, 'backend'), 'type'), backendVersion: attrValue(child(el, 'backend'), 'version') });
