import type { Attr, Span, Text } from './located.js';
import { type XmlElement, attrValue, attrsOf, child, childrenNamed, spanOf, spanOfChild, textValue, withAttrs } from './read.js';

/** `<os><loader>`: the firmware file and how it is mapped. */
export interface Loader extends Span {
  /** The firmware path (the element's text). */
  readonly path?: Text;
  readonly readonly?: Attr;
  /** rom or pflash. */
  readonly type?: Attr;
  readonly secure?: Attr;
}

/** `<os>`: guest type, architecture, machine, firmware and boot settings. */
export interface Os extends Span {
  /** `<type>` text: hvm, linux, exe, … */
  readonly type?: Text;
  /** `<type arch>`. */
  readonly arch?: Attr;
  /** `<type machine>`. */
  readonly machine?: Attr;
  /** `<os firmware>` (efi, bios): firmware autoselection. */
  readonly firmware?: Attr;
  /** `<boot dev>` of every `<boot>`, in order. */
  readonly bootDevices: readonly Attr[];
  readonly loader?: Loader;
  readonly nvram?: Span;
  readonly bootmenu?: Span & { readonly enable?: Attr; readonly timeout?: Attr };
  readonly bios?: Span & { readonly useserial?: Attr; readonly rebootTimeout?: Attr };
  readonly kernel?: Text;
}

export function buildOs(el: XmlElement | undefined): Os | undefined {
  if (!el) return undefined;
  const typeEl = child(el, 'type');
  const loader = child(el, 'loader');
  return {
    ...spanOf(el),
    type: textValue(typeEl),
    arch: attrValue(typeEl, 'arch'),
    machine: attrValue(typeEl, 'machine'),
    firmware: attrValue(el, 'firmware'),
    bootDevices: childrenNamed(el, 'boot').flatMap((b) => attrValue(b, 'dev') ?? []),
    loader: loader ? { ...spanOf(loader), path: textValue(loader), ...attrsOf(loader, { readonly: 'readonly', type: 'type', secure: 'secure' }) } : undefined,
    nvram: spanOfChild(el, 'nvram'),
    bootmenu: withAttrs(el, 'bootmenu', { enable: 'enable', timeout: 'timeout' }),
    bios: withAttrs(el, 'bios', { useserial: 'useserial', rebootTimeout: 'rebootTimeout' }),
    kernel: textValue(child(el, 'kernel')),
  };
}
