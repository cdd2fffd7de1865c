import type { Attr, Span } from '../located.js';
import { type XmlElement, attrValue, attrsOf, child, childrenNamed, spanOf } from '../read.js';
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
}

export function buildGraphics(el: XmlElement): Graphics {
  return {
    ...deviceBase(el, 'graphics'),
    ...attrsOf(el, { type: 'type', port: 'port', autoport: 'autoport', passwd: 'passwd' }),
    listens: childrenNamed(el, 'listen').map((l) => ({ ...spanOf(l), ...attrsOf(l, { type: 'type', address: 'address', network: 'network' }) })),
    audioId: attrValue(child(el, 'audio'), 'id'),
  };
}
