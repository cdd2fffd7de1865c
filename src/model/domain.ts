import type { Range } from '../types.js';
import { type XmlAttribute, type XmlElement, attr, child, childrenNamed } from '../xml/tree.js';

/** A value read from the document together with where it was written. */
export interface Located<T = string> {
  readonly value: T;
  readonly range: Range;
}

/** Every model node keeps its element, for ranges and for rules that need a detail the model lacks. */
export interface ModelNode {
  readonly element: XmlElement;
}

const located = (a: XmlAttribute | undefined): Located | undefined => (a ? { value: a.value, range: a.valueRange } : undefined);

/** An attribute of an element as a located value. */
export function attrValue(el: XmlElement | undefined, name: string): Located | undefined {
  return located(attr(el, name));
}

/** The trimmed text of an element, with the range of the text itself. */
export function textValue(el: XmlElement | undefined): Located | undefined {
  if (!el) return undefined;
  const value = el.text.trim();
  return { value, range: el.children.length === 0 && value !== '' ? trimmedContentRange(el) : el.nameRange };
}

function trimmedContentRange(el: XmlElement): Range {
  const { start, end } = el.contentRange;
  const lead = el.text.length - el.text.trimStart().length;
  const trail = el.text.length - el.text.trimEnd().length;
  // Content without markup: offsets map 1:1 unless entities were used; fall back to the whole content then.
  if (end.offset - start.offset !== el.text.length) return el.contentRange;
  return {
    start: { line: start.line, column: start.column + lead, offset: start.offset + lead },
    end: { line: end.line, column: end.column - trail, offset: end.offset - trail },
  } as Range;
}

export interface DiskDriver extends ModelNode {
  readonly name?: Located;
  readonly type?: Located;
  readonly cache?: Located;
  readonly io?: Located;
  readonly ioeventfd?: Located;
  readonly eventIdx?: Located;
  readonly queues?: Located;
  readonly queueSize?: Located;
  readonly iothread?: Located;
  readonly copyOnRead?: Located;
  /** The driver's attributes, in document order, for rules that look at less common ones. */
  readonly attributes: readonly XmlAttribute[];
}

export interface Disk extends ModelNode {
  readonly type?: Located;
  /** `device` attribute; libvirt's default is "disk". */
  readonly device?: Located;
  readonly deviceKind: string;
  readonly driver?: DiskDriver;
  readonly target?: ModelNode & { readonly dev?: Located; readonly bus?: Located };
  readonly readonly: boolean;
  readonly address?: Address;
  readonly bootOrder?: Located;
}

export interface NetDriver extends ModelNode {
  readonly name?: Located;
  readonly txmode?: Located;
  readonly ioeventfd?: Located;
  readonly eventIdx?: Located;
  readonly queues?: Located;
  readonly attributes: readonly XmlAttribute[];
}

export interface Interface extends ModelNode {
  readonly type?: Located;
  readonly mac?: Located;
  readonly model?: Located;
  readonly driver?: NetDriver;
  readonly address?: Address;
  readonly bootOrder?: Located;
}

export interface Controller extends ModelNode {
  readonly type?: Located;
  readonly index?: Located;
  readonly model?: Located;
  readonly address?: Address;
}

export interface Address extends ModelNode {
  readonly type?: Located;
  /** All attributes of `<address>` by name (domain, bus, slot, function, controller, target, unit, …). */
  readonly fields: ReadonlyMap<string, Located>;
}

export interface OsInfo extends ModelNode {
  readonly type?: Located;
  readonly arch?: Located;
  readonly machine?: Located;
  readonly firmware?: Located;
  readonly bootDevices: readonly Located[];
}

/** A device element of a kind the model has no typed view of yet (rules may still read its element). */
export interface OtherDevice extends ModelNode {
  readonly kind: string;
  readonly address?: Address;
}

/** The read-only model of a `<domain>` that rules inspect. */
export interface Domain extends ModelNode {
  readonly type?: Located;
  readonly name?: Located;
  readonly os?: OsInfo;
  readonly emulator?: Located;
  readonly devices?: ModelNode;
  readonly disks: readonly Disk[];
  readonly interfaces: readonly Interface[];
  readonly controllers: readonly Controller[];
  /** Every other element under `<devices>`, in document order. */
  readonly otherDevices: readonly OtherDevice[];
}

function address(el: XmlElement | undefined): Address | undefined {
  const a = child(el, 'address');
  if (!a) return undefined;
  return {
    element: a,
    type: attrValue(a, 'type'),
    fields: new Map(a.attributes.map((x) => [x.name, { value: x.value, range: x.valueRange }])),
  };
}

function diskDriver(el: XmlElement | undefined): DiskDriver | undefined {
  if (!el) return undefined;
  return {
    element: el,
    name: attrValue(el, 'name'),
    type: attrValue(el, 'type'),
    cache: attrValue(el, 'cache'),
    io: attrValue(el, 'io'),
    ioeventfd: attrValue(el, 'ioeventfd'),
    eventIdx: attrValue(el, 'event_idx'),
    queues: attrValue(el, 'queues'),
    queueSize: attrValue(el, 'queue_size'),
    iothread: attrValue(el, 'iothread'),
    copyOnRead: attrValue(el, 'copy_on_read'),
    attributes: el.attributes,
  };
}

function disk(el: XmlElement): Disk {
  const target = child(el, 'target');
  const device = attrValue(el, 'device');
  return {
    element: el,
    type: attrValue(el, 'type'),
    device,
    deviceKind: device?.value ?? 'disk',
    driver: diskDriver(child(el, 'driver')),
    target: target ? { element: target, dev: attrValue(target, 'dev'), bus: attrValue(target, 'bus') } : undefined,
    readonly: child(el, 'readonly') !== undefined,
    address: address(el),
    bootOrder: attrValue(child(el, 'boot'), 'order'),
  };
}

function netInterface(el: XmlElement): Interface {
  const drv = child(el, 'driver');
  return {
    element: el,
    type: attrValue(el, 'type'),
    mac: attrValue(child(el, 'mac'), 'address'),
    model: attrValue(child(el, 'model'), 'type'),
    driver: drv
      ? {
          element: drv,
          name: attrValue(drv, 'name'),
          txmode: attrValue(drv, 'txmode'),
          ioeventfd: attrValue(drv, 'ioeventfd'),
          eventIdx: attrValue(drv, 'event_idx'),
          queues: attrValue(drv, 'queues'),
          attributes: drv.attributes,
        }
      : undefined,
    address: address(el),
    bootOrder: attrValue(child(el, 'boot'), 'order'),
  };
}

/** Builds the domain model from a parsed `<domain>` element. Never throws on unexpected shapes. */
export function buildDomain(root: XmlElement): Domain {
  const osEl = child(root, 'os');
  const typeEl = child(osEl, 'type');
  const devices = child(root, 'devices');
  const disks: Disk[] = [];
  const interfaces: Interface[] = [];
  const controllers: Controller[] = [];
  const otherDevices: OtherDevice[] = [];
  for (const d of devices?.children ?? []) {
    switch (d.name) {
      case 'disk':
        disks.push(disk(d));
        break;
      case 'interface':
        interfaces.push(netInterface(d));
        break;
      case 'controller':
        controllers.push({ element: d, type: attrValue(d, 'type'), index: attrValue(d, 'index'), model: attrValue(d, 'model'), address: address(d) });
        break;
      case 'emulator':
        break;
      default:
        otherDevices.push({ element: d, kind: d.name, address: address(d) });
    }
  }
  return {
    element: root,
    type: attrValue(root, 'type'),
    name: textValue(child(root, 'name')),
    os: osEl
      ? {
          element: osEl,
          type: textValue(typeEl),
          arch: attrValue(typeEl, 'arch'),
          machine: attrValue(typeEl, 'machine'),
          firmware: attrValue(osEl, 'firmware'),
          bootDevices: childrenNamed(osEl, 'boot').flatMap((b) => attrValue(b, 'dev') ?? []),
        }
      : undefined,
    emulator: textValue(child(devices, 'emulator')),
    devices: devices ? { element: devices } : undefined,
    disks,
    interfaces,
    controllers,
    otherDevices,
  };
}
