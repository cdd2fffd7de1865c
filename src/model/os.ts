import type { Attr, Span, Text } from './located.js';
import { AttrRecord, type XmlElement, attrValue, child, mapChildren, mapChildrenDefined, spanOf, spanOfChild, textValue } from './read.js';

/** `<os><loader>`: the firmware file and how it is mapped. */
export interface Loader extends Span {
  /** The firmware path (the element's text). */
  readonly path?: Text;
  readonly readonly?: Attr;
  /** rom or pflash. */
  readonly type?: Attr;
  readonly secure?: Attr;
  /** `stateless='yes'`: no NVRAM at all. */
  readonly stateless?: Attr;
  /** The firmware image format (raw, qcow2). */
  readonly format?: Attr;
}

/** `<os><nvram>`: the guest's UEFI variable store. */
export interface Nvram extends Span {
  /** The store's path (the element's text), when written. */
  readonly path?: Text;
  /** The variable-store template it is created from. */
  readonly template?: Attr;
  readonly templateFormat?: Attr;
  /** file, block, network (a `<source>` then names it); libvirt's schema takes every disk source type. */
  readonly type?: Attr;
  readonly format?: Attr;
  /** `<source><slices>` and `<source><reservations>`: disk source settings libvirt refuses for an NVRAM. */
  readonly sourceSlices?: Span;
  readonly sourceReservations?: Span;
}

/** `<os><firmware><feature enabled name>`: a requirement for firmware autoselection (secure-boot, enrolled-keys). */
export interface FirmwareFeature extends Span {
  readonly enabled?: Attr;
  readonly name?: Attr;
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
  readonly nvram?: Nvram;
  /** `<firmware><feature>` children, in document order (empty without `<firmware>`). */
  readonly firmwareFeatures: readonly FirmwareFeature[];
  /** The `<firmware>` element inside `<os>`. */
  readonly firmwareElement?: Span;
  readonly bootmenu?: Span & { readonly enable?: Attr; readonly timeout?: Attr };
  readonly bios?: Span & { readonly useserial?: Attr; readonly rebootTimeout?: Attr };
  readonly kernel?: Text;
  /** `<smbios mode>`: emulate, host or sysinfo (the domain's `<sysinfo type='smbios'>`). */
  readonly smbiosMode?: Attr;
}

const FEATURE = new AttrRecord({ enabled: 'enabled', name: 'name' });
const readFeature = (f: XmlElement): FirmwareFeature => FEATURE.read(f);
const BOOTMENU = new AttrRecord({ enable: 'enable', timeout: 'timeout' });
const BIOS = new AttrRecord({ useserial: 'useserial', rebootTimeout: 'rebootTimeout' });
const bootDev = (b: XmlElement): Attr | undefined => attrValue(b, 'dev');

export function buildOs(el: XmlElement | undefined): Os | undefined {
  if (!el) return undefined;
  const typeEl = child(el, 'type');
  const loader = child(el, 'loader');
  const nvram = child(el, 'nvram');
  const nvramSource = child(nvram, 'source');
  const firmware = child(el, 'firmware');
  return {
    tag: el.name,
    nameRange: el.nameRange,
    range: el.range,
    type: textValue(typeEl),
    arch: attrValue(typeEl, 'arch'),
    machine: attrValue(typeEl, 'machine'),
    firmware: attrValue(el, 'firmware'),
    bootDevices: mapChildrenDefined(el, 'boot', bootDev),
    smbiosMode: attrValue(child(el, 'smbios'), 'mode'),
    loader: loader
      ? {
          tag: loader.name,
          nameRange: loader.nameRange,
          range: loader.range,
          path: textValue(loader),
          readonly: attrValue(loader, 'readonly'),
          type: attrValue(loader, 'type'),
          secure: attrValue(loader, 'secure'),
          stateless: attrValue(loader, 'stateless'),
          format: attrValue(loader, 'format'),
        }
      : undefined,
    nvram: nvram
      ? {
          tag: nvram.name,
          nameRange: nvram.nameRange,
          range: nvram.range,
          path: textValue(nvram),
          template: attrValue(nvram, 'template'),
          templateFormat: attrValue(nvram, 'templateFormat'),
          type: attrValue(nvram, 'type'),
          format: attrValue(nvram, 'format'),
          sourceSlices: spanOfChild(nvramSource, 'slices'),
          sourceReservations: spanOfChild(nvramSource, 'reservations'),
        }
      : undefined,
    firmwareFeatures: mapChildren(firmware, 'feature', readFeature),
    firmwareElement: firmware ? spanOf(firmware) : undefined,
    bootmenu: BOOTMENU.readChild(el, 'bootmenu'),
    bios: BIOS.readChild(el, 'bios'),
    kernel: textValue(child(el, 'kernel')),
  };
}
