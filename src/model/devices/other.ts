import type { XmlElement } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A device element of a kind the model has no typed view of (lease, memballoon, nvram, crypto, …): location and address only. */
export interface OtherDevice extends DeviceBase {
  readonly kind: string;
}

export const buildOtherDevice = (el: XmlElement): OtherDevice => deviceBase(el, el.name);
