import type { Attr } from '../located.js';
import { type XmlElement, attrValue } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A device element of a kind the model has no typed view of (lease, memballoon, nvram, crypto, …): location, address and `model`. */
export interface OtherDevice extends DeviceBase {
  readonly kind: string;
  /** The element's `model` attribute (a `<memballoon model>`, a `<crypto model>`). */
  readonly model?: Attr;
}

export const buildOtherDevice = (el: XmlElement): OtherDevice => {
  const base = deviceBase(el, el.name);
  return { tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex, model: attrValue(el, 'model') };
};
