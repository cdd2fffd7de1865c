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

export function buildVsock(el: XmlElement): Vsock {
  const base = deviceBase(el, 'vsock');
  return {
    tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex,
    model: attrValue(el, 'model'),
    cid: attrValue(child(el, 'cid'), 'address'),
    cidAuto: attrValue(child(el, 'cid'), 'auto'),
  };
}
