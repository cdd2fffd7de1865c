import type { Attr, Span } from '../located.js';
import { type XmlElement, attrValue, child } from '../read.js';
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
  const base = deviceBase(el, 'rng');
  return {
    tag: base.tag, nameRange: base.nameRange, range: base.range, kind: base.kind, address: base.address, alias: base.alias, bootOrder: base.bootOrder, acpiIndex: base.acpiIndex,
    model: attrValue(el, 'model'),
    backend: b ? { tag: b.name, nameRange: b.nameRange, range: b.range, model: attrValue(b, 'model'), type: attrValue(b, 'type'), sources: charSources(b) } : undefined,
  };
}
