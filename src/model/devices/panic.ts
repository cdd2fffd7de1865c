import type { Attr } from '../located.js';
import { type XmlElement, attrValue } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A `<panic>` notifier (isa, pseries, hyperv, s390). */
export interface Panic extends DeviceBase {
  readonly kind: 'panic';
  readonly model?: Attr;
}

export const buildPanic = (el: XmlElement): Panic => ({ ...deviceBase(el, 'panic'), model: attrValue(el, 'model') });
