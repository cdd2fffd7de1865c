import type { Attr, Span } from '../located.js';
import { type XmlElement, attrValue, child } from '../read.js';
import { type Address, type DeviceBase, ROM, type RomSettings, buildAddress, deviceBase } from './common.js';

/** `<hostdev><source>`: which host device is passed through. */
export interface HostdevSource extends Span {
  /** The host-side `<address>` (PCI domain/bus/slot/function, USB bus with device or port, SCSI bus/target/unit, mdev uuid). */
  readonly address?: Address;
  /** USB: `<vendor id>` and `<product id>`. */
  readonly vendorId?: Attr;
  readonly productId?: Attr;
  /** SCSI: `<adapter name>`. */
  readonly adapterName?: Attr;
  /** `startupPolicy` (USB: what to do when the device is missing). */
  readonly startupPolicy?: Attr;
}

/** A `<hostdev>` (the one inside `<interface type='hostdev'>` is part of the interface). */
export interface Hostdev extends DeviceBase {
  readonly kind: 'hostdev';
  readonly mode?: Attr;
  /** pci, usb, scsi, scsi_host, mdev. */
  readonly type?: Attr;
  /** SCSI: whether unprivileged SG_IO commands are filtered (filtered, unfiltered). */
  readonly sgio?: Attr;
  /** mdev: the vfio model and whether it drives a display. */
  readonly model?: Attr;
  readonly display?: Attr;
  readonly rom?: RomSettings;
  readonly source?: HostdevSource;
}

export function buildHostdev(el: XmlElement): Hostdev {
  const src = child(el, 'source');
  const rom = child(el, 'rom');
  const base = deviceBase(el, 'hostdev');
  return {
    tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex,
    mode: attrValue(el, 'mode'),
    type: attrValue(el, 'type'),
    sgio: attrValue(el, 'sgio'),
    model: attrValue(el, 'model'),
    display: attrValue(el, 'display'),
    rom: rom ? ROM.read(rom) : undefined,
    source: src
      ? {
          tag: src.name, nameRange: src.nameRange, range: src.range,
          address: buildAddress(child(src, 'address')),
          vendorId: attrValue(child(src, 'vendor'), 'id'),
          productId: attrValue(child(src, 'product'), 'id'),
          adapterName: attrValue(child(src, 'adapter'), 'name'),
          startupPolicy: attrValue(src, 'startupPolicy'),
        }
      : undefined,
  };
}
