import type { Attr } from '../located.js';
import { type XmlElement, attrValue, child } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A `<vsock>` (virtio socket) device. */
export interface Vsock extends DeviceBase {
  readonly kind: 'vsock';
  readonly model?: Attr;
  /** `<cid address>` and `<cid auto>`. */
  readonly cid?: Attr;
  readonly cidAuto?: Attr;
}

export const buildVsock = (el: XmlElement): Vsock => ({
  ...deviceBase(el, 'vsock'),
  model: attrValue(el, 'model'),
  cid: attrValue(child(el, 'cid'), 'address'),
  cidAuto: attrValue(child(el, 'cid'), 'auto'),
});
