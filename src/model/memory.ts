import type { Domain } from './domain.js';
import { sizeInKiB } from './numbers.js';
import { attr, child } from '../xml/tree.js';

/**
 * Whether all guest RAM is shared with other processes (what vhost-user backends need): every NUMA
 * cell has memAccess='shared', or inherits a shared <memoryBacking><access mode>; without NUMA cells,
 * the <memoryBacking> access mode alone decides.
 */
export function guestMemoryIsShared(domain: Domain): boolean {
  const backing = attr(child(domain.memoryBacking?.element, 'access'), 'mode')?.value;
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
  for (const c of cells) {
    const kib = sizeInKiB(c.memory?.value, c.unit?.value);
    if (kib === undefined) return undefined;
    sum += kib;
  }
  return sum;
}
