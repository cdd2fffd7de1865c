import type { Address, AddressField } from './devices/common.js';
import type { Attr, Span } from './located.js';
import type { Range } from '../types.js';
import { parseCUnsigned } from './numbers.js';
import { AttrRecord, childOfSpan } from './read.js';

/** A PCI address with its numbers parsed (libvirt: base-0 C integers; missing fields are 0). */
export interface PciAddress {
  readonly address: Address;
  readonly domain: number;
  readonly bus: number;
  readonly slot: number;
  readonly function: number;
  readonly multifunction: boolean;
}

/** A drive address (`controller`, `bus`, `target`, `unit`; missing fields are 0). */
export interface DriveAddress {
  readonly address: Address;
  readonly controller: number;
  readonly bus: number;
  readonly target: number;
  readonly unit: number;
}

const field = (a: Address, name: AddressField): number | undefined => {
  const v = a[name];
  return v === undefined ? 0 : parseCUnsigned(v.value);
};

/**
 * The parsed PCI address, or undefined when it is not type='pci', a number does not parse, or it is
 * all zeros — libvirt reads 0000:00:00.0 (also `<address type='pci'/>`) as "assign one for me".
 */
export function pciAddress(a: Address | undefined): PciAddress | undefined {
  if (!a || a.type?.value !== 'pci') return undefined;
  // Field by field, not a map over the names and a destructuring: the PCI and drive rules read
  // every device's address, and that made an array and ran the iterator protocol for each.
  const domain = field(a, 'domain');
  const bus = field(a, 'bus');
  const slot = field(a, 'slot');
  const fn = field(a, 'function');
  if (domain === undefined || bus === undefined || slot === undefined || fn === undefined) return undefined;
  if (domain + bus + slot + fn === 0) return undefined;
  return { address: a, domain, bus, slot, function: fn, multifunction: a.multifunction?.value === 'on' };
}

export function driveAddress(a: Address | undefined): DriveAddress | undefined {
  if (!a || a.type?.value !== 'drive') return undefined;
  const controller = field(a, 'controller');
  const bus = field(a, 'bus');
  const target = field(a, 'target');
  const unit = field(a, 'unit');
  if (controller === undefined || bus === undefined || target === undefined || unit === undefined) return undefined;
  return { address: a, controller, bus, target, unit };
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** libvirt's way of printing a PCI address: 0000:00:01.1 */
export function formatPci(p: { domain: number; bus: number; slot: number; function: number }): string {
  return `${hex(p.domain, 4)}:${hex(p.bus, 2)}:${hex(p.slot, 2)}.${p.function.toString(16)}`;
}

/** The range to point at for an address: the named attribute if written, else the `<address>` element name. */
export function addressFieldRange(a: Address, name: AddressField): Range {
  return a[name]?.range ?? a.nameRange;
}

/** The `<zpci>` of an s390x PCI address: the zPCI user id (`uid`) and function id (`fid`) as written. */
export type ZpciAddress = Span & { readonly uid?: Attr; readonly fid?: Attr };

const ZPCI = new AttrRecord({ uid: 'uid', fid: 'fid' });

/**
 * The `<zpci>` child of a PCI `<address>`, or undefined (another type, or none). Read from the
 * address's element when a rule asks, not when the model is built: every device has an address and
 * almost none a `<zpci>`, so only the rule that wants it pays for the look (one pass over the
 * address's children, of which it almost never has any).
 */
export function zpciAddress(a: Address): ZpciAddress | undefined {
  if (a.type?.value !== 'pci') return undefined;
  const el = childOfSpan(a, 'zpci');
  return el ? ZPCI.read(el) : undefined;
}
