import type { Attr, Span } from '../located.js';
import { type XmlElement, attrValue, child, spanOf } from '../read.js';

/** The fields an `<address>` may have (libvirt's attribute names), across its types. */
export const ADDRESS_FIELDS = [
  'domain',
  'bus',
  'slot',
  'function',
  'multifunction',
  'controller',
  'target',
  'unit',
  'port',
  'device',
  'uuid',
  'cssid',
  'ssid',
  'devno',
  'iobase',
  'irq',
  'reg',
  'base',
] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

/**
 * A device `<address>` (guest side, or a hostdev's host side): its type and the fields written.
 * pci: domain, bus, slot, function, multifunction; drive: controller, bus, target, unit; usb: bus,
 * port (host side: bus, device); ccw: cssid, ssid, devno; isa: iobase, irq; spapr-vio: reg;
 * dimm: slot, base; virtio-serial/ccid: controller, bus, port; mdev: uuid.
 */
export type Address = Span & { readonly type?: Attr } & { readonly [F in AddressField]?: Attr };

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
  const out: { -readonly [F in AddressField]?: Attr } = {};
  for (const f of ADDRESS_FIELDS) {
    const v = attrValue(el, f);
    if (v) out[f] = v;
  }
  return { ...spanOf(el), type: attrValue(el, 'type'), ...out };
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
