import type { Attr, Span, Text } from '../located.js';
import { sizeInBytes } from '../numbers.js';
import { type XmlElement, attrValue, child, spanOf, textValue } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A `<shmem>` (ivshmem) region. */
export interface Shmem extends DeviceBase {
  readonly kind: 'shmem';
  /** The region's name: a file name under /dev/shm. */
  readonly name?: Attr;
  /** `<model type>`. */
  readonly model?: Attr;
  /** `<server path>` (ivshmem-doorbell: the ivshmem server's socket) and `<msi>` (its interrupts). */
  readonly server?: Span;
  readonly msi?: Span;
  /** `<size>` (bytes without a unit), with its size in bytes when it parses. */
  readonly size?: Span & { readonly text?: Text; readonly bytes?: number };
}

function size(el: XmlElement | undefined): Shmem['size'] {
  if (!el) return undefined;
  const text = textValue(el);
  return { tag: el.name, nameRange: el.nameRange, range: el.range, text, bytes: sizeInBytes(text?.value, attrValue(el, 'unit')?.value) };
}

export function buildShmem(el: XmlElement): Shmem {
  const base = deviceBase(el, 'shmem');
  const server = child(el, 'server');
  const msi = child(el, 'msi');
  return { tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex, name: attrValue(el, 'name'), model: attrValue(child(el, 'model'), 'type'), server: server ? spanOf(server) : undefined, msi: msi ? spanOf(msi) : undefined, size: size(child(el, 'size')) };
}
