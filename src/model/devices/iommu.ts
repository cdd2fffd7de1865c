import type { Attr } from '../located.js';
import { type XmlElement, attrValue, child } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** An `<iommu>` (intel, smmuv3, virtio). */
export interface Iommu extends DeviceBase {
  readonly kind: 'iommu';
  readonly model?: Attr;
  /** `<driver intremap>`. */
  readonly intremap?: Attr;
}

export const buildIommu = (el: XmlElement): Iommu => ({ ...deviceBase(el, 'iommu'), model: attrValue(el, 'model'), intremap: attrValue(child(el, 'driver'), 'intremap') });
