import type { Attr } from '../located.js';
import { type XmlElement, attrValue } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** An `<input>` device (mouse, keyboard, tablet, passthrough, evdev). */
export interface Input extends DeviceBase {
  readonly kind: 'input';
  readonly type?: Attr;
  /** ps2, usb, virtio, xen. */
  readonly bus?: Attr;
  /** virtio, virtio-transitional, virtio-non-transitional. */
  readonly model?: Attr;
}

export function buildInput(el: XmlElement): Input {
  const base = deviceBase(el, 'input');
  return { tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex, type: attrValue(el, 'type'), bus: attrValue(el, 'bus'), model: attrValue(el, 'model') };
}
