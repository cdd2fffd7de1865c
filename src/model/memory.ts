import type { Domain } from './domain.js';
import type { Attr, Span, Text } from './located.js';
import { sizeInKiB } from './numbers.js';
import { AttrRecord, type XmlElement, attrValue, child, mapChildren, textValue } from './read.js';

/** A memory size element (`<memory>`, `<maxMemory>`, `<currentMemory>`, memtune limits). */
export interface MemorySize extends Span {
  /** The number as written (the element's text). */
  readonly value?: Text;
  /** `unit`; libvirt's default is KiB. */
  readonly unit?: Attr;
}

/** `<memoryBacking><hugepages><page>`. */
export interface HugePage extends Span {
  readonly size?: Attr;
  readonly unit?: Attr;
  readonly nodeset?: Attr;
}

/** `<memoryBacking>`: how guest RAM is backed on the host. */
export interface MemoryBacking extends Span {
  /** `<access mode>`: shared or private. */
  readonly accessMode?: Attr;
  /** `<hugepages>`, when present, and its `<page>` children. */
  readonly hugepages?: Span & { readonly pages: readonly HugePage[] };
  readonly source?: Span & { readonly type?: Attr };
}

/** `<memtune>`: host memory limits and guarantees. */
export interface Memtune extends Span {
  readonly hardLimit?: MemorySize;
  readonly softLimit?: MemorySize;
  readonly swapHardLimit?: MemorySize;
  readonly minGuarantee?: MemorySize;
}

export const buildMemorySize = (el: XmlElement | undefined): MemorySize | undefined => (el ? { tag: el.name, nameRange: el.nameRange, range: el.range, value: textValue(el), unit: attrValue(el, 'unit') } : undefined);

const PAGE = new AttrRecord({ size: 'size', unit: 'unit', nodeset: 'nodeset' });
const readPage = (p: XmlElement): HugePage => PAGE.read(p);
const SOURCE = new AttrRecord({ type: 'type' });

export function buildMemoryBacking(el: XmlElement | undefined): MemoryBacking | undefined {
  if (!el) return undefined;
  const hp = child(el, 'hugepages');
  return {
    tag: el.name, nameRange: el.nameRange, range: el.range,
    accessMode: attrValue(child(el, 'access'), 'mode'),
    hugepages: hp ? { tag: hp.name, nameRange: hp.nameRange, range: hp.range, pages: mapChildren(hp, 'page', readPage) } : undefined,
    source: SOURCE.readChild(el, 'source'),
  };
}

export function buildMemtune(el: XmlElement | undefined): Memtune | undefined {
  if (!el) return undefined;
  return {
    tag: el.name, nameRange: el.nameRange, range: el.range,
    hardLimit: buildMemorySize(child(el, 'hard_limit')),
    softLimit: buildMemorySize(child(el, 'soft_limit')),
    swapHardLimit: buildMemorySize(child(el, 'swap_hard_limit')),
    minGuarantee: buildMemorySize(child(el, 'min_guarantee')),
  };
}

/**
 * Whether all guest RAM is shared with other processes (what vhost-user backends need): every NUMA
 * cell has memAccess='shared', or inherits a shared <memoryBacking><access mode>; without NUMA cells,
 * the <memoryBacking> access mode alone decides.
 */
export function guestMemoryIsShared(domain: Domain): boolean {
  const backing = domain.memoryBacking?.accessMode?.value;
  const cells = domain.cpu?.numaCells ?? [];
  if (cells.length === 0) return backing === 'shared';
  return cells.every((c) => (c.memAccess?.value ?? backing) === 'shared');
}

/** The number of guest NUMA cells. */
export const numaCellCount = (domain: Domain): number => domain.cpu?.numaCells.length ?? 0;

/** The sum of the guest NUMA cells' memory in KiB; undefined without cells or when a size does not parse. */
export function numaCellsKiB(domain: Domain): number | undefined {
  const cells = domain.cpu?.numaCells ?? [];
  if (cells.length === 0) return undefined;
  let sum = 0;
  for (let i = 0, list = cells; i < list.length; i++) {
    const c = list[i]!;
    const kib = sizeInKiB(c.memory?.value, c.unit?.value);
    if (kib === undefined) return undefined;
    sum += kib;
  }
  return sum;
}
