import type { Attr } from '../located.js';
import { type XmlElement, attrValue, child } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** An `<iommu>` (intel, smmuv3, virtio). */
export interface Iommu extends DeviceBase {
  readonly kind: 'iommu';
  readonly model?: Attr;
  /** `<driver intremap>`. */
  readonly intremap?: Attr;
  /** `<driver eim>` (extended interrupt mode). */
  readonly eim?: Attr;
}

export function buildIommu(el: XmlElement): Iommu {
  const base = deviceBase(el, 'iommu');
  return { tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex, model: attrValue(el, 'model'), intremap: attrValue(child(el, 'driver'), 'intremap'), eim: attrValue(child(el, 'driver'), 'eim') };
}
