import type { Attr } from '../located.js';
import { type XmlElement, attrValue } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A `<panic>` notifier (isa, pseries, hyperv, s390). */
export interface Panic extends DeviceBase {
  readonly kind: 'panic';
  readonly model?: Attr;
}

export function buildPanic(el: XmlElement): Panic {
  const base = deviceBase(el, 'panic');
  return { tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex, model: attrValue(el, 'model') };
}
