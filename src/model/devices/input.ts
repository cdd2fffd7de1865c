import type { Attr } from '../located.js';
import { type XmlElement, attrValue } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** An `<input>` device (mouse, keyboard, tablet, passthrough, evdev). */
export interface Input extends DeviceBase {
  readonly kind: 'input';
  readonly type?: Attr;
  /** ps2, usb, virtio, xen. */
  readonly bus?: Attr;
}

export const buildInput = (el: XmlElement): Input => ({ ...deviceBase(el, 'input'), type: attrValue(el, 'type'), bus: attrValue(el, 'bus') });
