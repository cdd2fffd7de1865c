import type { Attr, Span } from './located.js';
import { type XmlElement, attrsOf, childrenNamed, spanOf, withAttrs } from './read.js';

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

export function buildNumatune(el: XmlElement | undefined): Numatune | undefined {
  if (!el) return undefined;
  return {
    ...spanOf(el),
    memory: withAttrs(el, 'memory', { mode: 'mode', nodeset: 'nodeset', placement: 'placement' }),
    memnodes: childrenNamed(el, 'memnode').map((m) => ({ ...spanOf(m), ...attrsOf(m, { cellid: 'cellid', mode: 'mode', nodeset: 'nodeset' }) })),
  };
}
