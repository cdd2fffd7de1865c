import type { Attr, Span, Text } from '../located.js';
import { type XmlElement, attrValue, attrsOf, child, childrenNamed, spanOf, spanOfChild, textValue } from '../read.js';
import { type DeviceBase, type VirtioOptions, deviceBase, virtioOptions } from './common.js';
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

function driver(el: XmlElement | undefined): DiskDriver | undefined {
  if (!el) return undefined;
  return {
    ...spanOf(el),
    ...virtioOptions(el),
    ...attrsOf(el, {
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
    }),
  };
}

function iotune(el: XmlElement | undefined): Iotune | undefined {
  if (!el) return undefined;
  return {
    ...spanOf(el),
    groupName: textValue(child(el, 'group_name')),
    limits: el.children.filter((c) => c.name !== 'group_name').flatMap((c) => textValue(c) ?? []),
  };
}

export function buildDisk(el: XmlElement): Disk {
  const target = child(el, 'target');
  const source = child(el, 'source');
  const device = attrValue(el, 'device');
  const transient = child(el, 'transient');
  const geometry = child(el, 'geometry');
  const readonlyEl = child(el, 'readonly');
  const auth = child(el, 'auth') ?? child(source, 'auth');
  return {
    ...deviceBase(el, 'disk'),
    type: attrValue(el, 'type'),
    device,
    deviceKind: device?.value ?? 'disk',
    rawio: attrValue(el, 'rawio'),
    sgio: attrValue(el, 'sgio'),
    model: attrValue(el, 'model'),
    driver: driver(child(el, 'driver')),
    target: target ? { ...spanOf(target), ...attrsOf(target, { dev: 'dev', bus: 'bus', tray: 'tray', removable: 'removable' }) } : undefined,
    source: source
      ? {
          ...spanOf(source),
          ...attrsOf(source, { file: 'file', dev: 'dev', dir: 'dir', protocol: 'protocol', name: 'name', pool: 'pool', volume: 'volume', type: 'type', path: 'path', startupPolicy: 'startupPolicy' }),
        }
      : undefined,
    readonly: readonlyEl !== undefined,
    readonlyElement: readonlyEl ? spanOf(readonlyEl) : undefined,
    shareable: spanOfChild(el, 'shareable'),
    transient: transient ? { ...spanOf(transient), shareBacking: attrValue(transient, 'shareBacking') } : undefined,
    serial: textValue(child(el, 'serial')),
    wwn: textValue(child(el, 'wwn')),
    vendor: textValue(child(el, 'vendor')),
    product: textValue(child(el, 'product')),
    geometry: geometry ? { ...spanOf(geometry), trans: attrValue(geometry, 'trans') } : undefined,
    iotune: iotune(child(el, 'iotune')),
    blockio: spanOfChild(el, 'blockio'),
    encryption: spanOfChild(el, 'encryption'),
    auth: auth ? spanOf(auth) : undefined,
    diskAuth: spanOfChild(el, 'auth'),
    sourceAuth: spanOfChild(source, 'auth'),
    sourceEncryption: spanOfChild(source, 'encryption'),
    sourceSeclabels: childrenNamed(source, 'seclabel').map(buildSeclabel),
  };
}
