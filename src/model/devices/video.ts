import type { Attr, Span } from '../located.js';
import { AttrRecord, type Writable, type XmlElement, attrValue, child } from '../read.js';
import { type DeviceBase, type VirtioOptions, deviceBase, driverAttrs } from './common.js';

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
  /** `<acceleration accel2d>`. */
  readonly accel2d?: Attr;
  /** `<resolution>` (the element; its x and y). */
  readonly resolution?: Span & { readonly x?: Attr; readonly y?: Attr };
}

export interface Video extends DeviceBase {
  readonly kind: 'video';
  readonly model?: VideoModel;
  /** `<driver>` under `<model>`, else under `<video>` (libvirt reads the virtio options from either). */
  readonly driver?: Span & VirtioOptions;
}

const MODEL = new AttrRecord({ type: 'type', vram: 'vram', ram: 'ram', vram64: 'vram64', vgamem: 'vgamem', heads: 'heads', primary: 'primary' });
const RESOLUTION = new AttrRecord({ x: 'x', y: 'y' });
const DRIVER = driverAttrs({});

function model(el: XmlElement): VideoModel {
  const out: Writable<VideoModel> = MODEL.read(el);
  out.accel3d = attrValue(child(el, 'acceleration'), 'accel3d');
  out.accel2d = attrValue(child(el, 'acceleration'), 'accel2d');
  out.resolution = RESOLUTION.readChild(el, 'resolution');
  return out;
}

export function buildVideo(el: XmlElement): Video {
  const m = child(el, 'model');
  const drv = child(m, 'driver') ?? child(el, 'driver');
  const base = deviceBase(el, 'video');
  return {
    tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex,
    model: m ? model(m) : undefined,
    driver: drv ? DRIVER.read(drv) : undefined,
  };
}
