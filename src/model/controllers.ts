import type { Address } from './devices/common.js';
import type { Controller } from './devices/controller.js';
import type { Domain } from './domain.js';
import { memoOf } from './memo.js';
import { parseDecimal } from './numbers.js';

/**
 * The index of every controller as libvirt resolves it: the written `index`, or for controllers
 * without one the lowest index not yet used by a controller of the same type (in document order).
 */
export function controllerIndexes(domain: Domain): ReadonlyMap<Controller, number> {
  const memo = memoOf(domain);
  return (memo.indexes ??= resolveIndexes(domain));
}

function resolveIndexes(domain: Domain): ReadonlyMap<Controller, number> {
  const used = new Map<string, Set<number>>();
  const out = new Map<Controller, number>();
  const usedOf = (type: string): Set<number> => {
    let s = used.get(type);
    if (!s) used.set(type, (s = new Set()));
    return s;
  };
  for (const c of domain.devices.controllers) {
    const n = parseDecimal(c.index?.value);
    if (n !== undefined && n >= 0) {
      usedOf(c.type?.value ?? '').add(n);
      out.set(c, n);
    }
  }
  for (const c of domain.devices.controllers) {
    if (out.has(c)) continue;
    const s = usedOf(c.type?.value ?? '');
    let n = 0;
    while (s.has(n)) n++;
    s.add(n);
    out.set(c, n);
  }
  return out;
}

/** Controllers by "type:index" (the first one of each, in document order), for constant-time lookups. */
export function controllersByTypeAndIndex(domain: Domain): ReadonlyMap<string, Controller> {
  const out = new Map<string, Controller>();
  for (const [c, i] of controllerIndexes(domain)) {
    const key = `${c.type?.value ?? ''}:${i}`;
    if (!out.has(key)) out.set(key, c);
  }
  return out;
}

/** A device's guest-side `<address>`, with the device's element name. */
export interface DeviceAddress {
  readonly kind: string;
  readonly address: Address;
}

/** Every device `<address>` directly under a device element, with the device's element name, in document order. */
export function deviceAddresses(domain: Domain): readonly DeviceAddress[] {
  const memo = memoOf(domain);
  if (!memo.addresses) {
    const found: DeviceAddress[] = [];
    // In document order by construction: the devices are, and each address is inside its device.
    // (A sort by range here made the line and column of every address of every document.)
    for (const d of domain.devices.all) if (d.address) found.push({ kind: d.kind, address: d.address });
    memo.addresses = found;
  }
  return memo.addresses;
}
