import type { Domain } from './domain.js';
import { parseDecimal } from './numbers.js';

/**
 * The IOThread ids a domain ends up with: the ids listed in <iothreadids>, then, while fewer than
 * <iothreads> are listed, the smallest unused positive ids (what libvirt fills in).
 */
export function definedIothreadIds(domain: Domain): ReadonlySet<number> {
  const ids = new Set<number>();
  for (let i = 0, list = domain.iothreadIds; i < list.length; i++) {
    const id = list[i]!;
    const n = parseDecimal(id.value);
    if (n !== undefined && n > 0) ids.add(n);
  }
  const count = parseDecimal(domain.iothreads?.value) ?? 0;
  for (let next = 1; ids.size < count && next <= count + domain.iothreadIds.length; next++) ids.add(next);
  return ids;
}
