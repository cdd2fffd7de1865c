import type { Attr, Span } from '../located.js';
import { type XmlElement, attrValue, attrsOf, child, spanOf } from '../read.js';
import { type DeviceBase, type VirtioOptions, deviceBase, virtioOptions } from './common.js';

/** `<video><model>`: the device type and its memory and head settings. */
export interface VideoModel extends Span {
  readonly type?: Attr;
  readonly vram?: Attr;
  readonly ram?: Attr;
  readonly vram64?: Attr;
  readonly vgamem?: Attr;
  readonly heads?: Attr;
  readonly primary?: Attr;
  /** `<acceleration accel3d>`. */
  readonly accel3d?: Attr;
}

export interface Video extends DeviceBase {
  readonly kind: 'video';
  readonly model?: VideoModel;
  /** `<driver>` under `<model>`, else under `<video>` (libvirt reads the virtio options from either). */
  readonly driver?: Span & VirtioOptions;
}

export function buildVideo(el: XmlElement): Video {
  const m = child(el, 'model');
  const drv = child(m, 'driver') ?? child(el, 'driver');
  return {
    ...deviceBase(el, 'video'),
    model: m
      ? {
          ...spanOf(m),
          ...attrsOf(m, { type: 'type', vram: 'vram', ram: 'ram', vram64: 'vram64', vgamem: 'vgamem', heads: 'heads', primary: 'primary' }),
          accel3d: attrValue(child(m, 'acceleration'), 'accel3d'),
        }
      : undefined,
    driver: drv ? { ...spanOf(drv), ...virtioOptions(drv) } : undefined,
  };
}
