import type { Attr } from '../located.js';
import { type XmlElement, attrValue } from '../read.js';
import { type CharBackend, charSources } from './chardev.js';
import { type DeviceBase, deviceBase } from './common.js';

/** `<redirdev>`: a USB device redirected over a character device. */
export interface Redirdev extends DeviceBase, CharBackend {
  readonly kind: 'redirdev';
  readonly bus?: Attr;
}

/** `<smartcard>`; in passthrough mode it has a character device backend. */
export interface Smartcard extends DeviceBase, CharBackend {
  readonly kind: 'smartcard';
  readonly mode?: Attr;
}

/** `<hub>` (USB hub). */
export interface Hub extends DeviceBase {
  readonly kind: 'hub';
  readonly type?: Attr;
}

export const buildRedirdev = (el: XmlElement): Redirdev => ({ ...deviceBase(el, 'redirdev'), bus: attrValue(el, 'bus'), type: attrValue(el, 'type'), sources: charSources(el) });

export const buildSmartcard = (el: XmlElement): Smartcard => ({ ...deviceBase(el, 'smartcard'), mode: attrValue(el, 'mode'), type: attrValue(el, 'type'), sources: charSources(el) });

export const buildHub = (el: XmlElement): Hub => ({ ...deviceBase(el, 'hub'), type: attrValue(el, 'type') });
