import type { Attr, Span } from '../located.js';
import { type XmlElement, attrValue, child, spanOf } from '../read.js';
import { type CharBackend, charSources } from './chardev.js';
import { type DeviceBase, deviceBase } from './common.js';

/** `<rng>`: the model and its `<backend>` (random, builtin, or egd with a character device). */
export interface Rng extends DeviceBase {
  readonly kind: 'rng';
  readonly model?: Attr;
  readonly backend?: Span & CharBackend & { readonly model?: Attr };
}

export function buildRng(el: XmlElement): Rng {
  const b = child(el, 'backend');
  return {
    ...deviceBase(el, 'rng'),
    model: attrValue(el, 'model'),
    backend: b ? { ...spanOf(b), model: attrValue(b, 'model'), type: attrValue(b, 'type'), sources: charSources(b) } : undefined,
  };
}
