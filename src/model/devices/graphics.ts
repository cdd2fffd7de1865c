import type { Attr, Span } from '../located.js';
import { AttrRecord, type XmlElement, attrValue, child, mapChildren } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

export interface GraphicsListen extends Span {
  readonly type?: Attr;
  readonly address?: Attr;
  readonly network?: Attr;
}

/** A `<graphics>` display (vnc, spice, sdl, egl-headless, dbus, …). */
export interface Graphics extends DeviceBase {
  readonly kind: 'graphics';
  readonly type?: Attr;
  readonly port?: Attr;
  readonly autoport?: Attr;
  readonly passwd?: Attr;
  readonly listens: readonly GraphicsListen[];
  /** `<audio id>`: the audio backend the display carries. */
  readonly audioId?: Attr;
  /** `<gl enable>`: OpenGL rendering (spice, sdl, dbus). */
  readonly glEnable?: Attr;
}

const LISTEN = new AttrRecord({ type: 'type', address: 'address', network: 'network' });
const readListen = (l: XmlElement): GraphicsListen => LISTEN.read(l);

export function buildGraphics(el: XmlElement): Graphics {
  const base = deviceBase(el, 'graphics');
  return {
    tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex,
    type: attrValue(el, 'type'),
    port: attrValue(el, 'port'),
    autoport: attrValue(el, 'autoport'),
    passwd: attrValue(el, 'passwd'),
    listens: mapChildren(el, 'listen', readListen),
    audioId: attrValue(child(el, 'audio'), 'id'),
    glEnable: attrValue(child(el, 'gl'), 'enable'),
  };
}
