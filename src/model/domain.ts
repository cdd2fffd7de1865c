import type { Range } from '../types.js';
import { type XmlAttribute, type XmlElement, attr, child, childrenNamed, walk } from '../xml/tree.js';

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
  /** `<source>` (the first one; network disks keep `<host>` children in it). */
  readonly source?: ModelNode;
  /** `<disk model>` (virtio, virtio-transitional, …). */
  readonly model?: Located;
  readonly serial?: Located;
  readonly wwn?: Located;
  readonly vendor?: Located;
  readonly product?: Located;
  readonly geometry?: ModelNode;
  readonly iotune?: ModelNode;
  readonly blockio?: ModelNode;
  /** `<shareable/>`, `<transient/>` when present. */
  readonly shareable?: ModelNode;
  readonly transient?: ModelNode;
  readonly readonlyElement?: ModelNode;
  /** `<encryption>` directly under `<disk>`, and `<auth>` under `<disk>` or its `<source>`. */
  readonly encryption?: ModelNode;
  readonly auth?: ModelNode;
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
  readonly source?: ModelNode;
  readonly target?: ModelNode;
  readonly mtu?: Located;
  readonly vlan?: ModelNode;
  readonly bandwidth?: ModelNode;
  readonly teaming?: ModelNode;
  readonly coalesce?: ModelNode;
  readonly port?: ModelNode;
  readonly virtualport?: ModelNode;
  readonly backend?: ModelNode;
  /** `<ip>` and `<route>` children (guest side on type user; host side on type ethernet). */
  readonly ips: readonly ModelNode[];
  readonly routes: readonly ModelNode[];
}

export interface Controller extends ModelNode {
  readonly type?: Located;
  readonly index?: Located;
  readonly model?: Located;
  readonly address?: Address;
  readonly driver?: ModelNode;
  /** `<target>` of PCI controllers (chassisNr, chassis, port, busNr, index, …). */
  readonly target?: ModelNode;
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
  readonly loader?: ModelNode & { readonly path?: Located; readonly readonly?: Located; readonly type?: Located; readonly secure?: Located };
  readonly nvram?: ModelNode;
  readonly bootmenu?: ModelNode;
  readonly bios?: ModelNode;
}

/** A device element of a kind the model has no typed view of yet (rules may still read its element). */
export interface OtherDevice extends ModelNode {
  readonly kind: string;
  readonly address?: Address;
}

/** A `<hostdev>` (also the one inside `<interface type='hostdev'>` is not listed here). */
export interface Hostdev extends ModelNode {
  readonly mode?: Located;
  readonly type?: Located;
  readonly source?: ModelNode;
  readonly address?: Address;
  readonly bootOrder?: Located;
}

/** Serial, parallel, console and channel devices, and other devices with a chardev source. */
export interface Chardev extends ModelNode {
  /** The element name: serial, parallel, console, channel, redirdev, smartcard, rng backend… */
  readonly kind: string;
  /** The chardev type (`type` attribute; for `<rng>` the backend's `type`). */
  readonly type?: Located;
  /** Every `<source>` child (libvirt uses the first; tcp/udp may have two). */
  readonly sources: readonly XmlElement[];
  readonly target?: ModelNode;
  /** The element that carries `type` (differs from `element` for smartcard/rng backends). */
  readonly typeHolder: XmlElement;
}

export interface Graphics extends ModelNode {
  readonly type?: Located;
  readonly listens: readonly XmlElement[];
}

export interface Video extends ModelNode {
  /** `<model>` element and its `type`. */
  readonly model?: ModelNode & { readonly type?: Located };
  readonly address?: Address;
}

/** `<cpu>`: mode and topology, NUMA cells. */
export interface Cpu extends ModelNode {
  readonly mode?: Located;
  readonly topology?: ModelNode;
  readonly numaCells: readonly NumaCell[];
}

export interface NumaCell extends ModelNode {
  readonly id?: Located;
  readonly cpus?: Located;
  readonly memory?: Located;
  readonly unit?: Located;
  readonly memAccess?: Located;
}

/** `<vcpu>`: the maximum count as text, and `current`. */
export interface VcpuInfo extends ModelNode {
  readonly max?: Located;
  readonly current?: Located;
}

/** A memory size element (`<memory>`, `<maxMemory>`, `<currentMemory>`). */
export interface MemorySize extends ModelNode {
  readonly value?: Located;
  readonly unit?: Located;
}

/** Every `<boot order>` under `<devices>`, with the device it belongs to. */
export interface DeviceBoot {
  readonly device: XmlElement;
  readonly order: Located;
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
  readonly hostdevs: readonly Hostdev[];
  readonly chardevs: readonly Chardev[];
  readonly graphics: readonly Graphics[];
  readonly videos: readonly Video[];
  /** `<boot order>` of every device (also nested ones, e.g. a hostdev's), in document order. */
  readonly deviceBoots: readonly DeviceBoot[];
  readonly vcpu?: VcpuInfo;
  readonly cpu?: Cpu;
  readonly memory?: MemorySize;
  readonly maxMemory?: MemorySize & { readonly slots?: Located };
  readonly currentMemory?: MemorySize;
  readonly memoryBacking?: ModelNode;
  readonly numatune?: ModelNode;
  /** `<features>` children by name. */
  readonly features: ReadonlyMap<string, XmlElement>;
  readonly featuresElement?: ModelNode;
  /** `<iothreads>` count and the ids of `<iothreadids>`. */
  readonly iothreads?: Located;
  readonly iothreadIds: readonly Located[];
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

const node = (el: XmlElement | undefined): ModelNode | undefined => (el ? { element: el } : undefined);

function disk(el: XmlElement): Disk {
  const target = child(el, 'target');
  const device = attrValue(el, 'device');
  const source = child(el, 'source');
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
    source: node(source),
    model: attrValue(el, 'model'),
    serial: textValue(child(el, 'serial')),
    wwn: textValue(child(el, 'wwn')),
    vendor: textValue(child(el, 'vendor')),
    product: textValue(child(el, 'product')),
    geometry: node(child(el, 'geometry')),
    iotune: node(child(el, 'iotune')),
    blockio: node(child(el, 'blockio')),
    shareable: node(child(el, 'shareable')),
    transient: node(child(el, 'transient')),
    readonlyElement: node(child(el, 'readonly')),
    encryption: node(child(el, 'encryption')),
    auth: node(child(el, 'auth') ?? child(source, 'auth')),
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
    source: node(child(el, 'source')),
    target: node(child(el, 'target')),
    mtu: attrValue(child(el, 'mtu'), 'size'),
    vlan: node(child(el, 'vlan')),
    bandwidth: node(child(el, 'bandwidth')),
    teaming: node(child(el, 'teaming')),
    coalesce: node(child(el, 'coalesce')),
    port: node(child(el, 'port')),
    virtualport: node(child(el, 'virtualport')),
    backend: node(child(el, 'backend')),
    ips: childrenNamed(el, 'ip').map((e) => ({ element: e })),
    routes: childrenNamed(el, 'route').map((e) => ({ element: e })),
  };
}

const CHARDEV_KINDS = new Set(['serial', 'parallel', 'console', 'channel', 'redirdev']);

/** The chardev view of a device, when it has a character-device backend. */
function chardevOf(d: XmlElement): Chardev | undefined {
  if (CHARDEV_KINDS.has(d.name)) {
    return { element: d, kind: d.name, type: attrValue(d, 'type'), sources: childrenNamed(d, 'source'), target: node(child(d, 'target')), typeHolder: d };
  }
  if (d.name === 'smartcard' && attr(d, 'mode')?.value === 'passthrough') {
    return { element: d, kind: d.name, type: attrValue(d, 'type'), sources: childrenNamed(d, 'source'), typeHolder: d };
  }
  const backend = d.name === 'rng' ? child(d, 'backend') : undefined;
  if (backend && attr(backend, 'model')?.value === 'egd') {
    return { element: d, kind: d.name, type: attrValue(backend, 'type'), sources: childrenNamed(backend, 'source'), typeHolder: backend };
  }
  return undefined;
}

function collectBoots(devices: XmlElement | undefined): DeviceBoot[] {
  const boots: DeviceBoot[] = [];
  for (const d of devices?.children ?? []) {
    for (const el of walk(d)) {
      if (el.name !== 'boot' || el === d) continue;
      const order = attrValue(el, 'order');
      if (order) boots.push({ device: d, order });
    }
  }
  return boots;
}

function memorySize(el: XmlElement | undefined): MemorySize | undefined {
  return el ? { element: el, value: textValue(el), unit: attrValue(el, 'unit') } : undefined;
}

function cpuInfo(el: XmlElement | undefined): Cpu | undefined {
  if (!el) return undefined;
  return {
    element: el,
    mode: attrValue(el, 'mode'),
    topology: node(child(el, 'topology')),
    numaCells: childrenNamed(child(el, 'numa'), 'cell').map((c) => ({
      element: c,
      id: attrValue(c, 'id'),
      cpus: attrValue(c, 'cpus'),
      memory: attrValue(c, 'memory'),
      unit: attrValue(c, 'unit'),
      memAccess: attrValue(c, 'memAccess'),
    })),
  };
}

function osInfo(osEl: XmlElement | undefined): OsInfo | undefined {
  if (!osEl) return undefined;
  const typeEl = child(osEl, 'type');
  const loader = child(osEl, 'loader');
  return {
    element: osEl,
    type: textValue(typeEl),
    arch: attrValue(typeEl, 'arch'),
    machine: attrValue(typeEl, 'machine'),
    firmware: attrValue(osEl, 'firmware'),
    bootDevices: childrenNamed(osEl, 'boot').flatMap((b) => attrValue(b, 'dev') ?? []),
    loader: loader
      ? { element: loader, path: textValue(loader), readonly: attrValue(loader, 'readonly'), type: attrValue(loader, 'type'), secure: attrValue(loader, 'secure') }
      : undefined,
    nvram: node(child(osEl, 'nvram')),
    bootmenu: node(child(osEl, 'bootmenu')),
    bios: node(child(osEl, 'bios')),
  };
}

/** Builds the domain model from a parsed `<domain>` element. Never throws on unexpected shapes. */
export function buildDomain(root: XmlElement): Domain {
  const devices = child(root, 'devices');
  const disks: Disk[] = [];
  const interfaces: Interface[] = [];
  const controllers: Controller[] = [];
  const otherDevices: OtherDevice[] = [];
  const hostdevs: Hostdev[] = [];
  const chardevs: Chardev[] = [];
  const graphics: Graphics[] = [];
  const videos: Video[] = [];
  for (const d of devices?.children ?? []) {
    switch (d.name) {
      case 'disk':
        disks.push(disk(d));
        break;
      case 'interface':
        interfaces.push(netInterface(d));
        break;
      case 'controller':
        controllers.push({
          element: d,
          type: attrValue(d, 'type'),
          index: attrValue(d, 'index'),
          model: attrValue(d, 'model'),
          address: address(d),
          driver: node(child(d, 'driver')),
          target: node(child(d, 'target')),
        });
        break;
      case 'emulator':
        break;
      default: {
        otherDevices.push({ element: d, kind: d.name, address: address(d) });
        if (d.name === 'hostdev') {
          hostdevs.push({ element: d, mode: attrValue(d, 'mode'), type: attrValue(d, 'type'), source: node(child(d, 'source')), address: address(d), bootOrder: attrValue(child(d, 'boot'), 'order') });
        } else if (d.name === 'graphics') {
          graphics.push({ element: d, type: attrValue(d, 'type'), listens: childrenNamed(d, 'listen') });
        } else if (d.name === 'video') {
          const m = child(d, 'model');
          videos.push({ element: d, model: m ? { element: m, type: attrValue(m, 'type') } : undefined, address: address(d) });
        }
        const chr = chardevOf(d);
        if (chr) chardevs.push(chr);
      }
    }
  }
  const maxMem = child(root, 'maxMemory');
  const featuresEl = child(root, 'features');
  const vcpuEl = child(root, 'vcpu');
  return {
    element: root,
    type: attrValue(root, 'type'),
    name: textValue(child(root, 'name')),
    os: osInfo(child(root, 'os')),
    emulator: textValue(child(devices, 'emulator')),
    devices: devices ? { element: devices } : undefined,
    disks,
    interfaces,
    controllers,
    otherDevices,
    hostdevs,
    chardevs,
    graphics,
    videos,
    deviceBoots: collectBoots(devices),
    vcpu: vcpuEl ? { element: vcpuEl, max: textValue(vcpuEl), current: attrValue(vcpuEl, 'current') } : undefined,
    cpu: cpuInfo(child(root, 'cpu')),
    memory: memorySize(child(root, 'memory')),
    maxMemory: maxMem ? { ...(memorySize(maxMem) as MemorySize), slots: attrValue(maxMem, 'slots') } : undefined,
    currentMemory: memorySize(child(root, 'currentMemory')),
    memoryBacking: node(child(root, 'memoryBacking')),
    numatune: node(child(root, 'numatune')),
    features: new Map((featuresEl?.children ?? []).map((f) => [f.name, f])),
    featuresElement: node(featuresEl),
    iothreads: textValue(child(root, 'iothreads')),
    iothreadIds: childrenNamed(child(root, 'iothreadids'), 'iothread').flatMap((t) => attrValue(t, 'id') ?? []),
  };
}
