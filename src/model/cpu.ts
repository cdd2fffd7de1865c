import type { Attr, Span, Text } from './located.js';
import { type XmlElement, attrValue, attrsOf, child, childrenNamed, spanOf, textValue } from './read.js';

/** `<cpu><topology>`: each level's count as written. */
export interface CpuTopology extends Span {
  readonly sockets?: Attr;
  readonly dies?: Attr;
  readonly clusters?: Attr;
  readonly cores?: Attr;
  readonly threads?: Attr;
}

/** A guest NUMA cell (`<cpu><numa><cell>`). */
export interface NumaCell extends Span {
  readonly id?: Attr;
  readonly cpus?: Attr;
  readonly memory?: Attr;
  readonly unit?: Attr;
  readonly memAccess?: Attr;
}

/** `<cpu>`: mode, topology and guest NUMA cells. */
export interface Cpu extends Span {
  readonly mode?: Attr;
  readonly topology?: CpuTopology;
  readonly numaCells: readonly NumaCell[];
}

/** `<vcpu>`: the maximum count (its text) and `current`. */
export interface Vcpu extends Span {
  readonly max?: Text;
  readonly current?: Attr;
}

export function buildCpu(el: XmlElement | undefined): Cpu | undefined {
  if (!el) return undefined;
  const topo = child(el, 'topology');
  return {
    ...spanOf(el),
    mode: attrValue(el, 'mode'),
    topology: topo ? { ...spanOf(topo), ...attrsOf(topo, { sockets: 'sockets', dies: 'dies', clusters: 'clusters', cores: 'cores', threads: 'threads' }) } : undefined,
    numaCells: childrenNamed(child(el, 'numa'), 'cell').map((c) => ({
      ...spanOf(c),
      ...attrsOf(c, { id: 'id', cpus: 'cpus', memory: 'memory', unit: 'unit', memAccess: 'memAccess' }),
    })),
  };
}

export const buildVcpu = (el: XmlElement | undefined): Vcpu | undefined => (el ? { ...spanOf(el), max: textValue(el), current: attrValue(el, 'current') } : undefined);
