import type { Attr, Span } from '../located.js';
import { AttrRecord, type XmlElement, attrValue, child, mapChildren, spanOf } from '../read.js';
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
  /** `<input>` and `<output>`: the settings of each direction. */
  readonly input?: AudioStream;
  readonly output?: AudioStream;
}

/** An `<audio>`'s `<input>` or `<output>`. */
export type AudioStream = Span & { readonly mixingEngine?: Attr; readonly fixedSettings?: Attr };

const STREAM = new AttrRecord({ mixingEngine: 'mixingEngine', fixedSettings: 'fixedSettings' });

export function buildSound(el: XmlElement): Sound {
  const base = deviceBase(el, 'sound');
  return {
    tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex,
    model: attrValue(el, 'model'),
    codecs: mapChildren(el, 'codec', spanOf),
    audioId: attrValue(child(el, 'audio'), 'id'),
  };
}

export function buildAudio(el: XmlElement): Audio {
  const base = deviceBase(el, 'audio');
  return { tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex, id: attrValue(el, 'id'), type: attrValue(el, 'type'), input: STREAM.readChild(el, 'input'), output: STREAM.readChild(el, 'output') };
}
