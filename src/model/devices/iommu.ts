import type { Attr } from '../located.js';
import { NONE, type XmlElement, attrOf, attrValue, child } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** An `<iommu>` (intel, smmuv3, virtio). */
export interface Iommu extends DeviceBase {
  readonly kind: 'iommu';
  readonly model?: Attr;
  /** `<driver intremap>`. */
  readonly intremap?: Attr;
  /** `<driver eim>` (extended interrupt mode). */
  readonly eim?: Attr;
  /** Every attribute written on `<driver>` (intremap, caching_mode, eim, iotlb, aw_bits, …), in order. */
  readonly driverSettings: readonly Attr[];
}

export function buildIommu(el: XmlElement): Iommu {
  const base = deviceBase(el, 'iommu');
  const driver = child(el, 'driver');
  const written = driver?.attributes;
  return { tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex, model: attrValue(el, 'model'), intremap: attrValue(driver, 'intremap'), eim: attrValue(driver, 'eim'), driverSettings: written?.length ? written.map(attrOf) : NONE };
}
