import type { Attr, Span, Text } from './located.js';
import { AttrRecord, type XmlElement, attrValue, child, mapChildren, mapChildrenDefined, textValue } from './read.js';

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

/** `<cpu>`: mode, model, vendor, features, topology and guest NUMA cells. */
export interface Cpu extends Span {
  readonly mode?: Attr;
  /** `<model>` and `<vendor>` (their text). */
  readonly model?: Text;
  readonly vendor?: Text;
  /** The `name` of each `<feature>`, in document order. */
  readonly featureNames: readonly Attr[];
  readonly topology?: CpuTopology;
  readonly numaCells: readonly NumaCell[];
}

/** `<vcpu>`: the maximum count (its text) and `current`. */
export interface Vcpu extends Span {
  readonly max?: Text;
  readonly current?: Attr;
  /** The host CPUs every vCPU may run on by default. */
  readonly cpuset?: Attr;
  /** static or auto (numad). */
  readonly placement?: Attr;
}

const TOPOLOGY = new AttrRecord({ sockets: 'sockets', dies: 'dies', clusters: 'clusters', cores: 'cores', threads: 'threads' });
const CELL = new AttrRecord({ id: 'id', cpus: 'cpus', memory: 'memory', unit: 'unit', memAccess: 'memAccess' });
const readCell = (c: XmlElement): NumaCell => CELL.read(c);
const featureName = (f: XmlElement): Attr | undefined => attrValue(f, 'name');

export function buildCpu(el: XmlElement | undefined): Cpu | undefined {
  if (!el) return undefined;
  const topo = child(el, 'topology');
  return {
    tag: el.name,
    nameRange: el.nameRange,
    range: el.range,
    mode: attrValue(el, 'mode'),
    model: textValue(child(el, 'model')),
    vendor: textValue(child(el, 'vendor')),
    featureNames: mapChildrenDefined(el, 'feature', featureName),
    topology: topo ? TOPOLOGY.read(topo) : undefined,
    numaCells: mapChildren(child(el, 'numa'), 'cell', readCell),
  };
}

export const buildVcpu = (el: XmlElement | undefined): Vcpu | undefined => (el ? { tag: el.name, nameRange: el.nameRange, range: el.range, max: textValue(el), current: attrValue(el, 'current'), cpuset: attrValue(el, 'cpuset'), placement: attrValue(el, 'placement') } : undefined);
