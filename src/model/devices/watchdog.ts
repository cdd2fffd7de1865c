import type { Attr } from '../located.js';
import { type XmlElement, attrValue } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A `<watchdog>` (i6300esb, ib700, diag288, itco). */
export interface Watchdog extends DeviceBase {
  readonly kind: 'watchdog';
  readonly model?: Attr;
  readonly action?: Attr;
}

export function buildWatchdog(el: XmlElement): Watchdog {
  const base = deviceBase(el, 'watchdog');
  return { tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex, model: attrValue(el, 'model'), action: attrValue(el, 'action') };
}
