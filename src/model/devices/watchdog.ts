import type { Attr } from '../located.js';
import { type XmlElement, attrValue } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A `<watchdog>` (i6300esb, ib700, diag288, itco). */
export interface Watchdog extends DeviceBase {
  readonly kind: 'watchdog';
  readonly model?: Attr;
  readonly action?: Attr;
}

export const buildWatchdog = (el: XmlElement): Watchdog => ({ ...deviceBase(el, 'watchdog'), model: attrValue(el, 'model'), action: attrValue(el, 'action') });
