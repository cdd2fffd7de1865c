import type { Attr, Span } from '../located.js';
import { AttrRecord, type XmlElement, attrValue, child, spanOfChild } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A `<filesystem>` shared with the guest (9p or virtiofs). */
export interface Filesystem extends DeviceBase {
  readonly kind: 'filesystem';
  /** mount, block, file, template, ram, bind. */
  readonly type?: Attr;
  readonly accessmode?: Attr;
  readonly fmode?: Attr;
  readonly dmode?: Attr;
  /** virtio, virtio-transitional, virtio-non-transitional (9p's device). */
  readonly model?: Attr;
  /** 9p's handling of several host devices under the shared directory: default, remap, forbid, warn. */
  readonly multidevs?: Attr;
  /** `<target dir>`: the mount tag the guest sees. */
  readonly targetDir?: Attr;
  /** `<driver type>`: path, handle, loop, nbd, ploop, virtiofs. */
  readonly driver?: Span & { readonly type?: Attr };
  readonly readonly?: Span;
}

const DRIVER = new AttrRecord({ type: 'type' });

export function buildFilesystem(el: XmlElement): Filesystem {
  const base = deviceBase(el, 'filesystem');
  return {
    tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex,
    type: attrValue(el, 'type'),
    accessmode: attrValue(el, 'accessmode'),
    fmode: attrValue(el, 'fmode'),
    dmode: attrValue(el, 'dmode'),
    model: attrValue(el, 'model'),
    multidevs: attrValue(el, 'multidevs'),
    targetDir: attrValue(child(el, 'target'), 'dir'),
    driver: DRIVER.readChild(el, 'driver'),
    readonly: spanOfChild(el, 'readonly'),
  };
}
