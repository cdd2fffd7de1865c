import type { Attr, Span } from './located.js';
import { AttrRecord, type XmlElement, mapChildren } from './read.js';

/** `<numatune><memnode>`: host placement of one guest NUMA cell's memory. */
export interface Memnode extends Span {
  readonly cellid?: Attr;
  readonly mode?: Attr;
  readonly nodeset?: Attr;
}

/** `<numatune>`: host NUMA placement of the guest's memory. */
export interface Numatune extends Span {
  readonly memory?: Span & { readonly mode?: Attr; readonly nodeset?: Attr; readonly placement?: Attr };
  readonly memnodes: readonly Memnode[];
}

const MEMORY = new AttrRecord({ mode: 'mode', nodeset: 'nodeset', placement: 'placement' });
const MEMNODE = new AttrRecord({ cellid: 'cellid', mode: 'mode', nodeset: 'nodeset' });
const readMemnode = (m: XmlElement): Memnode => MEMNODE.read(m);

export function buildNumatune(el: XmlElement | undefined): Numatune | undefined {
  if (!el) return undefined;
  return {
    tag: el.name, nameRange: el.nameRange, range: el.range,
    memory: MEMORY.readChild(el, 'memory'),
    memnodes: mapChildren(el, 'memnode', readMemnode),
  };
}
