import type { Range } from '../../types.js';
import type { Attr, Located, Span } from '../located.js';
import { AttrRecord, type XmlElement, attrValue } from '../read.js';

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

/** `<rom>` of a PCI device (interface, hostdev): whether the guest sees its option ROM, and from where. */
export type RomSettings = Span & { readonly enabled?: Attr; readonly bar?: Attr; readonly file?: Attr };
export const ROM = new AttrRecord({ enabled: 'enabled', bar: 'bar', file: 'file' });

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
  /** `<acpi index>` directly under the device: see {@link AcpiIndex}. Undefined without `<acpi index>`. */
  readonly acpiIndex?: AcpiIndex;
}

/**
 * A device's `<acpi index>`: `value` is the number libvirt 9.0 reads from it (base 10; leading white
 * space and a `+` allowed, as C's strtoul takes them), undefined when libvirt reads none and refuses
 * the domain: trailing white space, another sign, a non-digit, a number past 4294967295. `range` is the
 * attribute's value, `text` the value as written.
 */
export interface AcpiIndex extends Located<number | undefined> {
  readonly text: string;
}

/** A device's `<acpi index>`: the range and text are read from the attribute when a rule asks. */
class AcpiIndexValue implements AcpiIndex {
  readonly value: number | undefined;
  readonly #attr: Attr;

  constructor(value: number | undefined, attr: Attr) {
    this.value = value;
    this.#attr = attr;
  }

  get range(): Range {
    return this.#attr.range;
  }

  get text(): string {
    return this.#attr.value;
  }
}

/**
 * libvirt 9.0's unsigned int parser (virStrToLong_uip, base 10): strtoul skips leading C white space
 * (of which an attribute value can hold space, tab, newline and carriage return: libvirt refuses a
 * no-break space) and a `+`; then the digits must run to the end (libvirt refuses '3 ').
 */
const LIBVIRT_UINT = /^[ \t\n\r]*\+?([0-9]+)$/;

/** The `<acpi index>` of a device: see {@link AcpiIndex}. */
function acpiIndexOf(acpi: XmlElement | undefined): AcpiIndex | undefined {
  const a = attrValue(acpi, 'index');
  if (!a) return undefined;
  const digits = LIBVIRT_UINT.exec(a.value)?.[1];
  const n = digits === undefined ? undefined : Number(digits);
  return new AcpiIndexValue(n !== undefined && n <= 0xffffffff ? n : undefined, a);
}

const ADDRESS = new AttrRecord({ type: 'type', ...(Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, f])) as Record<AddressField, AddressField>) });

export function buildAddress(el: XmlElement | undefined): Address | undefined {
  return el ? ADDRESS.read(el) : undefined;
}

const VIRTIO = { iommu: 'iommu', ats: 'ats', packed: 'packed', pagePerVq: 'page_per_vq' } as const;

/** The attributes of a `<driver>` record: its own and the generic virtio ones (which come first). */
export const driverAttrs = <K extends string>(own: Readonly<Record<K, string>>): AttrRecord<K | keyof VirtioOptions> => new AttrRecord({ ...VIRTIO, ...own });

/**
 * The fields of {@link DeviceBase} for a device element: where it is, its address, alias, boot
 * order and ACPI index (one pass over its children). Builders copy the fields into their literal one by one: a
 * spread followed by a device's many fields made V8 grow each record's property store field by
 * field, which cost more than everything else in building the model.
 */
export function deviceBase<K extends string>(el: XmlElement, kind: K): DeviceBase & { readonly kind: K } {
  let address: XmlElement | undefined;
  let alias: XmlElement | undefined;
  let boot: XmlElement | undefined;
  let acpi: XmlElement | undefined;
  for (let i = 0, list = el.children; i < list.length; i++) {
    const c = list[i]!;
    if (c.name === 'address') address ??= c;
    else if (c.name === 'alias') alias ??= c;
    else if (c.name === 'boot') boot ??= c;
    else if (c.name === 'acpi') acpi ??= c;
  }
  return { tag: el.name, nameRange: el.nameRange, range: el.range, kind, address: buildAddress(address), alias: attrValue(alias, 'name'), bootOrder: attrValue(boot, 'order'), acpiIndex: acpiIndexOf(acpi) };
}

/**
 * A device record whose ranges are read from its element when a rule asks, like the model's other
 * spans (read.ts): made eagerly, the two ranges of each device were ~60,000 of the ~71,000 objects
 * the model of a 10,000-device domain held. Each kind is a subclass whose constructor sets every
 * field (absent ones undefined), so all records of a kind share one shape, built as cheaply as a literal.
 * Only the kinds a domain has by the hundred or by the dozen (disks, interfaces, controllers) are
 * records; the others stay literals from {@link deviceBase}: with all 26 kinds as subclasses the
 * lint cost ~5% more CPU per document (the stores of this one constructor then see too many shapes
 * to stay fast; three stay within V8's polymorphic limit of four).
 */
export class DeviceRecord<K extends string> implements DeviceBase {
  readonly tag: string;
  readonly kind: K;
  readonly address: Address | undefined;
  readonly alias: Attr | undefined;
  readonly bootOrder: Attr | undefined;
  readonly acpiIndex: AcpiIndex | undefined;
  readonly #element: XmlElement;

  constructor(el: XmlElement, kind: K) {
    // The first <address>, <alias>, <boot> and <acpi> (one pass over the children), as in deviceBase. Written
    // out twice on purpose: a shared helper returning the three fields (one more object per device)
    // measured ~5% more CPU per corpus document (medians of 7 alternating profile-lint runs).
    let address: XmlElement | undefined;
    let alias: XmlElement | undefined;
    let boot: XmlElement | undefined;
    let acpi: XmlElement | undefined;
    for (let i = 0, list = el.children; i < list.length; i++) {
      const c = list[i]!;
      if (c.name === 'address') address ??= c;
      else if (c.name === 'alias') alias ??= c;
      else if (c.name === 'boot') boot ??= c;
      else if (c.name === 'acpi') acpi ??= c;
    }
    this.tag = el.name;
    this.kind = kind;
    this.address = buildAddress(address);
    this.alias = attrValue(alias, 'name');
    this.bootOrder = attrValue(boot, 'order');
    this.acpiIndex = acpiIndexOf(acpi);
    this.#element = el;
  }

  get nameRange(): Range {
    return this.#element.nameRange;
  }

  get range(): Range {
    return this.#element.range;
  }
}
