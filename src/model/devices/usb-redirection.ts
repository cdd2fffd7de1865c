import type { Domain } from '../domain.js';
import type { Attr, Span } from '../located.js';
import { type XmlElement, attrValue, child, elementOf, spanOf } from '../read.js';
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

export function buildRedirdev(el: XmlElement): Redirdev {
  const base = deviceBase(el, 'redirdev');
  return { tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex, bus: attrValue(el, 'bus'), type: attrValue(el, 'type'), sources: charSources(el) };
}

export function buildSmartcard(el: XmlElement): Smartcard {
  const base = deviceBase(el, 'smartcard');
  return { tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex, mode: attrValue(el, 'mode'), type: attrValue(el, 'type'), sources: charSources(el) };
}

export function buildHub(el: XmlElement): Hub {
  const base = deviceBase(el, 'hub');
  return { tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex, type: attrValue(el, 'type') };
}

/**
 * The domain's `<redirfilter>` when it has `<usbdev>` rules (those QEMU's usb-redir gets as its
 * `filter` property), else undefined. Looked up in the document's tree when a rule asks: few
 * documents have one, and only documents with a `<redirdev>` ask.
 */
export function redirfilterWithRules(domain: Domain): Span | undefined {
  const filter = child(child(elementOf(domain), 'devices'), 'redirfilter');
  return filter && child(filter, 'usbdev') ? spanOf(filter) : undefined;
}
