import type { Attr, Span, Text } from '../located.js';
import { AttrRecord, type XmlElement, attrValue, child, mapChildren, spanOf, spanOfChild, textValue } from '../read.js';
import { type DeviceBase, DeviceRecord, type VirtioOptions, driverAttrs } from './common.js';
import { type Seclabel, buildSeclabel } from '../settings.js';

/** `<disk><driver>`: the QEMU block layer and virtio-blk settings. */
export interface DiskDriver extends Span, VirtioOptions {
  readonly name?: Attr;
  /** The image format (raw, qcow2, …). */
  readonly type?: Attr;
  readonly cache?: Attr;
  readonly io?: Attr;
  readonly ioeventfd?: Attr;
  readonly eventIdx?: Attr;
  readonly queues?: Attr;
  readonly queueSize?: Attr;
  readonly iothread?: Attr;
  readonly copyOnRead?: Attr;
  readonly errorPolicy?: Attr;
  readonly rerrorPolicy?: Attr;
  readonly discard?: Attr;
  readonly detectZeroes?: Attr;
}

/** `<disk><target>`. */
export interface DiskTarget extends Span {
  readonly dev?: Attr;
  readonly bus?: Attr;
  readonly tray?: Attr;
  readonly removable?: Attr;
  /** `rotation_rate`: 1 for a solid-state disk, else the RPM (SCSI, IDE and SATA disks). */
  readonly rotationRate?: Attr;
}

/** `<disk><source>` (the first one; network disks keep their hosts in it). */
export interface DiskSource extends Span {
  readonly file?: Attr;
  readonly dev?: Attr;
  readonly dir?: Attr;
  readonly protocol?: Attr;
  readonly name?: Attr;
  readonly pool?: Attr;
  readonly volume?: Attr;
  /** nvme sources: `type='pci'`. */
  readonly type?: Attr;
  /** vhost-user: the socket. */
  readonly path?: Attr;
  readonly startupPolicy?: Attr;
  /** nvme sources: the namespace on the controller (libvirt counts from 1). */
  readonly namespace?: Attr;
}

/** `<iotune>`: the throttle group and every limit written. */
export interface Iotune extends Span {
  readonly groupName?: Text;
  /** Every child other than `<group_name>` (total_bytes_sec, read_iops_sec, …), in document order. */
  readonly limits: readonly Text[];
}

export interface Disk extends DeviceBase {
  readonly kind: 'disk';
  readonly type?: Attr;
  /** `device` attribute as written. */
  readonly device?: Attr;
  /** The device kind libvirt uses: `device`, default "disk". */
  readonly deviceKind: string;
  readonly rawio?: Attr;
  readonly sgio?: Attr;
  /** `<disk model>` (virtio, virtio-transitional, …). */
  readonly model?: Attr;
  readonly driver?: DiskDriver;
  readonly target?: DiskTarget;
  readonly source?: DiskSource;
  /** Whether `<readonly/>` is present (see `readonlyElement` for where). */
  readonly readonly: boolean;
  readonly readonlyElement?: Span;
  readonly shareable?: Span;
  readonly transient?: Span & { readonly shareBacking?: Attr };
  readonly serial?: Text;
  readonly wwn?: Text;
  readonly vendor?: Text;
  readonly product?: Text;
  readonly geometry?: Span & { readonly trans?: Attr };
  readonly iotune?: Iotune;
  readonly blockio?: Span;
  /** `<encryption>` directly under `<disk>`. */
  readonly encryption?: Span;
  /** `<auth>` under `<disk>` or its `<source>`. */
  readonly auth?: Span;
  /** `<auth>` directly under `<disk>` (the older place) and under `<source>`, each when written. */
  readonly diskAuth?: Span;
  readonly sourceAuth?: Span;
  /** `<encryption>` under `<source>` (the newer place; `encryption` is the one under `<disk>`). */
  readonly sourceEncryption?: Span;
  /** `<seclabel>`s under `<source>` (per-disk security label overrides). */
  readonly sourceSeclabels: readonly Seclabel[];
}

const DRIVER = driverAttrs({
  name: 'name',
  type: 'type',
  cache: 'cache',
  io: 'io',
  ioeventfd: 'ioeventfd',
  eventIdx: 'event_idx',
  queues: 'queues',
  queueSize: 'queue_size',
  iothread: 'iothread',
  copyOnRead: 'copy_on_read',
  errorPolicy: 'error_policy',
  rerrorPolicy: 'rerror_policy',
  discard: 'discard',
  detectZeroes: 'detect_zeroes',
});
const TARGET = new AttrRecord({ dev: 'dev', bus: 'bus', tray: 'tray', removable: 'removable', rotationRate: 'rotation_rate' });
const SOURCE = new AttrRecord({ file: 'file', dev: 'dev', dir: 'dir', protocol: 'protocol', name: 'name', pool: 'pool', volume: 'volume', type: 'type', path: 'path', startupPolicy: 'startupPolicy', namespace: 'namespace' });
const TRANSIENT = new AttrRecord({ shareBacking: 'shareBacking' });
const GEOMETRY = new AttrRecord({ trans: 'trans' });

function iotune(el: XmlElement | undefined): Iotune | undefined {
  if (!el) return undefined;
  let groupName: XmlElement | undefined;
  const limits: Text[] = [];
  for (let i = 0, list = el.children; i < list.length; i++) {
    const c = list[i]!;
    if (c.name !== 'group_name') limits.push(textValue(c) as Text);
    else groupName ??= c;
  }
  return { tag: el.name, nameRange: el.nameRange, range: el.range, groupName: textValue(groupName), limits };
}

type El = XmlElement | undefined;

/** A `<disk>` record (see {@link DeviceRecord}: its ranges are read when asked). */
class DiskRecord extends DeviceRecord<'disk'> implements Disk {
  readonly type: Attr | undefined;
  readonly device: Attr | undefined;
  readonly deviceKind: string;
  readonly rawio: Attr | undefined;
  readonly sgio: Attr | undefined;
  readonly model: Attr | undefined;
  readonly driver: DiskDriver | undefined;
  readonly target: DiskTarget | undefined;
  readonly source: DiskSource | undefined;
  readonly readonly: boolean;
  readonly readonlyElement: Span | undefined;
  readonly shareable: Span | undefined;
  readonly transient: (Span & { readonly shareBacking?: Attr }) | undefined;
  readonly serial: Text | undefined;
  readonly wwn: Text | undefined;
  readonly vendor: Text | undefined;
  readonly product: Text | undefined;
  readonly geometry: (Span & { readonly trans?: Attr }) | undefined;
  readonly iotune: Iotune | undefined;
  readonly blockio: Span | undefined;
  readonly encryption: Span | undefined;
  readonly auth: Span | undefined;
  readonly diskAuth: Span | undefined;
  readonly sourceAuth: Span | undefined;
  readonly sourceEncryption: Span | undefined;
  readonly sourceSeclabels: readonly Seclabel[];

  constructor(el: XmlElement) {
    super(el, 'disk');
    // The children a disk reads, in one pass (the first of each name, as libvirt reads them).
    let target: El, source: El, driver: El, transient: El, geometry: El, readonlyEl: El, shareable: El, serial: El, wwn: El, vendor: El, product: El, iotuneEl: El, blockio: El, encryption: El, auth: El;
    for (let i = 0, list = el.children; i < list.length; i++) {
      const c = list[i]!;
      switch (c.name) {
        case 'target': target ??= c; break;
        case 'source': source ??= c; break;
        case 'driver': driver ??= c; break;
        case 'transient': transient ??= c; break;
        case 'geometry': geometry ??= c; break;
        case 'readonly': readonlyEl ??= c; break;
        case 'shareable': shareable ??= c; break;
        case 'serial': serial ??= c; break;
        case 'wwn': wwn ??= c; break;
        case 'vendor': vendor ??= c; break;
        case 'product': product ??= c; break;
        case 'iotune': iotuneEl ??= c; break;
        case 'blockio': blockio ??= c; break;
        case 'encryption': encryption ??= c; break;
        case 'auth': auth ??= c; break;
      }
    }
    const device = attrValue(el, 'device');
    const sourceAuth = child(source, 'auth');
    this.type = attrValue(el, 'type');
    this.device = device;
    this.deviceKind = device?.value ?? 'disk';
    this.rawio = attrValue(el, 'rawio');
    this.sgio = attrValue(el, 'sgio');
    this.model = attrValue(el, 'model');
    this.driver = driver ? DRIVER.read(driver) : undefined;
    this.target = target ? TARGET.read(target) : undefined;
    this.source = source ? SOURCE.read(source) : undefined;
    this.readonly = readonlyEl !== undefined;
    this.readonlyElement = readonlyEl ? spanOf(readonlyEl) : undefined;
    this.shareable = shareable ? spanOf(shareable) : undefined;
    this.transient = transient ? TRANSIENT.read(transient) : undefined;
    this.serial = textValue(serial);
    this.wwn = textValue(wwn);
    this.vendor = textValue(vendor);
    this.product = textValue(product);
    this.geometry = geometry ? GEOMETRY.read(geometry) : undefined;
    this.iotune = iotune(iotuneEl);
    this.blockio = blockio ? spanOf(blockio) : undefined;
    this.encryption = encryption ? spanOf(encryption) : undefined;
    this.auth = auth ? spanOf(auth) : sourceAuth ? spanOf(sourceAuth) : undefined;
    this.diskAuth = auth ? spanOf(auth) : undefined;
    this.sourceAuth = sourceAuth ? spanOf(sourceAuth) : undefined;
    this.sourceEncryption = spanOfChild(source, 'encryption');
    this.sourceSeclabels = mapChildren(source, 'seclabel', buildSeclabel);
  }
}

export const buildDisk = (el: XmlElement): Disk => new DiskRecord(el);
