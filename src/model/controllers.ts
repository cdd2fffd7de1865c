import type { Address } from './devices/common.js';
import type { Controller } from './devices/controller.js';
import type { Domain } from './domain.js';
import { memoOf } from './memo.js';
import { parseDecimal } from './numbers.js';

/**
 * An ICH9 UHCI companion (ich9-uhci1/2/3): the USB 1 side of an ICH9 EHCI controller, which shares
 * its master's index (and bus) by design.
 */
export const isUsbCompanion = (c: Controller): boolean => c.type?.value === 'usb' && /^ich9-uhci[123]$/.test(c.model?.value ?? '');

/**
 * The index of every controller as libvirt resolves it: the written `index`, or for controllers
 * without one the lowest index not yet used by a controller of the same type (in document order).
 */
export function controllerIndexes(domain: Domain): ReadonlyMap<Controller, number> {
  const memo = memoOf(domain);
  return (memo.indexes ??= resolveIndexes(domain));
}

function resolveIndexes(domain: Domain): ReadonlyMap<Controller, number> {
  const out = new Map<Controller, number>();
  let unnumbered = false;
  for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
    const c = list[i]!;
    const n = parseDecimal(c.index?.value);
    if (n !== undefined && n >= 0) out.set(c, n);
    else unnumbered = true;
  }
  // Controllers without an index (virt-install writes most PCI controllers so) are numbered apart.
  if (unnumbered) numberTheRest(domain.devices.controllers, out);
  return out;
}

/** Per controller type: the indexes written, and where the search for a free one resumes. */
interface TypeIndexes {
  readonly written: Set<number>;
  next: number;
}

function typeIndexes(types: Map<string, TypeIndexes>, c: Controller): TypeIndexes {
  const type = c.type?.value ?? '';
  let t = types.get(type);
  if (!t) types.set(type, (t = { written: new Set(), next: 0 }));
  return t;
}

/**
 * Gives each controller without a usable index the lowest index its type has free, in document
 * order. Every index below a type's `next` is taken (written, or given to an earlier controller),
 * so each search resumes there: linear in the controllers, however many share a type.
 */
function numberTheRest(controllers: readonly Controller[], out: Map<Controller, number>): void {
  const types = new Map<string, TypeIndexes>();
  for (let i = 0; i < controllers.length; i++) {
    const c = controllers[i]!;
    const n = out.get(c);
    if (n !== undefined) typeIndexes(types, c).written.add(n);
  }
  for (let i = 0; i < controllers.length; i++) {
    const c = controllers[i]!;
    if (out.has(c)) continue;
    const t = typeIndexes(types, c);
    let n = t.next;
    while (t.written.has(n)) n++;
    out.set(c, n);
    t.next = n + 1;
  }
}

/** Controllers by "type:index" (the first one of each, in document order), for constant-time lookups. */
export function controllersByTypeAndIndex(domain: Domain): ReadonlyMap<string, Controller> {
  const out = new Map<string, Controller>();
  const indexes = controllerIndexes(domain);
  // Over the array, not the map's entries: no iterator and entry array per controller.
  for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
    const c = list[i]!;
    const key = `${c.type?.value ?? ''}:${indexes.get(c)!}`;
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
    for (let i = 0, all = domain.devices.all; i < all.length; i++) {
      const d = all[i]!;
      if (d.address) found.push({ kind: d.kind, address: d.address });
    }
    memo.addresses = found;
  }
  return memo.addresses;
}
