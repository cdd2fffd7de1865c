import type { Attr, Span } from '../located.js';
import { type XmlElement, attrOf, attrValue, child, spanOf } from '../read.js';

/** A device `<address>`: its type and every field written (domain, bus, slot, function, controller, unit, …). */
export interface Address extends Span {
  readonly type?: Attr;
  /** The fields by attribute name (`type` included), for the address parsers in model/address.ts. */
  readonly fields: ReadonlyMap<string, Attr>;
}

/** The generic virtio transport options a device's `<driver>` may carry. */
export interface VirtioOptions {
  readonly iommu?: Attr;
  readonly ats?: Attr;
  readonly packed?: Attr;
  readonly pagePerVq?: Attr;
}

/** What every device under `<devices>` has. */
export interface DeviceBase extends Span {
  /** The device element's name (disk, interface, …): the discriminant of {@link Device}. */
  readonly kind: string;
  /** The guest-side `<address>` directly under the device. */
  readonly address?: Address;
  /** `<alias name>`. */
  readonly alias?: Attr;
  /** `<boot order>` directly under the device. */
  readonly bootOrder?: Attr;
}

export function buildAddress(el: XmlElement | undefined): Address | undefined {
  if (!el) return undefined;
  return { ...spanOf(el), type: attrValue(el, 'type'), fields: new Map(el.attributes.map((a) => [a.name, attrOf(a)])) };
}

export const virtioOptions = (driver: XmlElement | undefined): VirtioOptions => ({
  iommu: attrValue(driver, 'iommu'),
  ats: attrValue(driver, 'ats'),
  packed: attrValue(driver, 'packed'),
  pagePerVq: attrValue(driver, 'page_per_vq'),
});

/** The fields of {@link DeviceBase} for a device element. */
export function deviceBase<K extends string>(el: XmlElement, kind: K): DeviceBase & { readonly kind: K } {
  return {
    ...spanOf(el),
    kind,
    address: buildAddress(child(el, 'address')),
    alias: attrValue(child(el, 'alias'), 'name'),
    bootOrder: attrValue(child(el, 'boot'), 'order'),
  };
}
