import type { Attr, Span } from '../located.js';
import { type XmlElement, attrsOf, spanOfChild, withAttrs } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A `<filesystem>` shared with the guest (9p or virtiofs). */
export interface Filesystem extends DeviceBase {
  readonly kind: 'filesystem';
  /** mount, block, file, template, ram, bind. */
  readonly type?: Attr;
  readonly accessmode?: Attr;
  readonly fmode?: Attr;
  readonly dmode?: Attr;
  /** `<driver type>`: path, handle, loop, nbd, ploop, virtiofs. */
  readonly driver?: Span & { readonly type?: Attr };
  readonly readonly?: Span;
}

export const buildFilesystem = (el: XmlElement): Filesystem => ({
  ...deviceBase(el, 'filesystem'),
  ...attrsOf(el, { type: 'type', accessmode: 'accessmode', fmode: 'fmode', dmode: 'dmode' }),
  driver: withAttrs(el, 'driver', { type: 'type' }),
  readonly: spanOfChild(el, 'readonly'),
});
