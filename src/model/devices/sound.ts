import type { Attr, Span } from '../located.js';
import { type XmlElement, attrValue, child, childrenNamed, spanOf } from '../read.js';
import { type DeviceBase, deviceBase } from './common.js';

/** A `<sound>` card. */
export interface Sound extends DeviceBase {
  readonly kind: 'sound';
  readonly model?: Attr;
  /** `<codec>` children (Intel HD Audio only). */
  readonly codecs: readonly Span[];
  /** `<audio id>`: the audio backend the card plays through. */
  readonly audioId?: Attr;
}

/** An `<audio>` backend (none, pulseaudio, spice, …). */
export interface Audio extends DeviceBase {
  readonly kind: 'audio';
  readonly id?: Attr;
  readonly type?: Attr;
}

export const buildSound = (el: XmlElement): Sound => ({
  ...deviceBase(el, 'sound'),
  model: attrValue(el, 'model'),
  codecs: childrenNamed(el, 'codec').map(spanOf),
  audioId: attrValue(child(el, 'audio'), 'id'),
});

export const buildAudio = (el: XmlElement): Audio => ({ ...deviceBase(el, 'audio'), id: attrValue(el, 'id'), type: attrValue(el, 'type') });
