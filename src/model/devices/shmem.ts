import type { Attr } from '../located.js';
import { type XmlElement, attrValue, child } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A `<shmem>` (ivshmem) region. */
export interface Shmem extends DeviceBase {
  readonly kind: 'shmem';
  /** The region's name: a file name under /dev/shm. */
  readonly name?: Attr;
  /** `<model type>`. */
  readonly model?: Attr;
}

export const buildShmem = (el: XmlElement): Shmem => ({ ...deviceBase(el, 'shmem'), name: attrValue(el, 'name'), model: attrValue(child(el, 'model'), 'type') });
