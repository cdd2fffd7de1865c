import { childrenNamed } from '../xml/tree.js';
import { type Domain, type Located, type ModelNode, attrValue } from './domain.js';

/** A `<sound>` card: its model and its `<codec>` children. */
export interface Sound extends ModelNode {
  readonly model?: Located;
  readonly codecs: readonly ModelNode[];
}

export function soundCards(domain: Domain): Sound[] {
  return domain.otherDevices
    .filter((d) => d.kind === 'sound')
    .map((d) => ({ element: d.element, model: attrValue(d.element, 'model'), codecs: childrenNamed(d.element, 'codec').map((e) => ({ element: e })) }));
}
