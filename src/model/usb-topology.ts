import type { Address } from './devices/common.js';
import type { Controller } from './devices/controller.js';
import type { Device, Domain } from './domain.js';
import { controllerIndexes, isUsbCompanion } from './controllers.js';
import { devicesWithoutAliases } from './console-alias.js';
import { isI440fx, isQ35, isX86 } from './machine.js';
import { parseDecimal } from './numbers.js';
import { ownEntry } from '../own-entry.js';

/** A written `<address type='usb' bus port>`: the bus and the port path (port='1.2' → [1, 2]). */
export interface UsbAddress {
  readonly address: Address;
  readonly bus: number;
  readonly path: readonly number[];
  /** The port as written ("1.2"). */
  readonly port: string;
}

/**
 * The USB address of a device, or undefined when it is not type='usb' or leaves the port to libvirt
 * (no port, or port 0: libvirt picks a free one). A port that does not parse is left to the schema.
 */
export function usbAddress(a: Address | undefined): UsbAddress | undefined {
  if (!a || a.type?.value !== 'usb') return undefined;
  const bus = a.bus === undefined ? 0 : parseDecimal(a.bus.value);
  const port = a.port?.value;
  if (bus === undefined || port === undefined) return undefined;
  // Parsed in a loop, so every path is an array of numbers only (a map() with undefined among them
  // made arrays of other element kinds, and deoptimised this function and its callers).
  const path: number[] = [];
  for (let i = 0, list = port.split('.'); i < list.length; i++) {
    const part = list[i]!;
    const n = parseDecimal(part);
    if (n === undefined) return undefined;
    path.push(n);
  }
  if (path[0] === 0) return undefined;
  return { address: a, bus, path, port };
}

/** Root-hub ports per USB controller model, as libvirt counts them (verified with libvirt 9.0). */
const MODEL_PORTS: Readonly<Record<string, number>> = {
  'piix3-uhci': 2,
  'piix4-uhci': 2,
  'vt82c686b-uhci': 2,
  'ich9-uhci1': 2,
  'ich9-uhci2': 2,
  'ich9-uhci3': 2,
  'pci-ohci': 3,
  'ich9-ehci1': 6,
  'nec-xhci': 4,
  'qemu-xhci': 4,
};

/** Ports of a `<hub>` (usb-hub in QEMU). */
export const HUB_PORTS = 8;

/** A USB bus: the controller(s) with that index and how many root ports libvirt gives it (undefined: unknown). */
export interface UsbBus {
  readonly index: number;
  /** The written controller, or undefined for the default controller libvirt adds. */
  readonly controller?: Controller;
  readonly ports?: number;
  /** How the port count was found, for messages. */
  readonly portsFrom: string;
}

/**
 * The USB buses of the domain by index: one per written USB controller index (a USB2 master and its
 * companions share one; the count is then left unknown unless one is EHCI), and bus 0 of the default
 * controller libvirt adds to x86 pc/q35 guests that write none (piix3-uhci, 2 ports, on i440fx;
 * qemu-xhci, 4 ports, on q35). A written controller without a model is piix3-uhci on x86.
 */
export function usbBuses(domain: Domain): ReadonlyMap<number, UsbBus> {
  const out = new Map<number, UsbBus>();
  const byIndex = new Map<number, Controller[]>();
  for (const [c, i] of controllerIndexes(domain)) {
    if (c.type?.value !== 'usb') continue;
    // ICH9 companions written without an index share their master's bus (libvirt accepts virt-install's output so).
    if (!c.index && isUsbCompanion(c)) continue;
    byIndex.set(i, [...(byIndex.get(i) ?? []), c]);
  }
  for (const [index, cs] of byIndex) {
    if (cs.some((c) => c.model?.value === 'none')) continue;
    const master = cs.length === 1 ? cs[0] : cs.find((c) => c.model?.value === 'ich9-ehci1');
    const model = master ? (master.model?.value ?? (isX86(domain) ? 'piix3-uhci' : undefined)) : undefined;
    const written = master?.ports ? parseDecimal(master.ports.value) : undefined;
    const ports = model === 'qemu-xhci' || model === 'nec-xhci' ? (written ?? ownEntry(MODEL_PORTS, model)) : model ? ownEntry(MODEL_PORTS, model) : undefined;
    const portsFrom = model ? `the ${model} controller${written !== undefined ? ` with ports='${written}'` : ''}${master?.model ? '' : ' (the model libvirt uses when none is given)'} on line ${master!.range.start.line}` : 'its model';
    out.set(index, { index, controller: master ?? cs[0], ports, portsFrom });
  }
  if (byIndex.size === 0 && isX86(domain)) {
    if (isQ35(domain)) out.set(0, { index: 0, ports: 4, portsFrom: 'the default qemu-xhci controller libvirt adds to q35 guests' });
    else if (isI440fx(domain)) {
      out.set(0, { index: 0, ports: 2, portsFrom: 'the default piix3-uhci controller libvirt adds to i440fx guests' });
    }
  }
  return out;
}

/** Every device with a written USB port, hubs first (libvirt attaches hubs before the other devices). */
export function usbAddressedDevices(domain: Domain): { device: Device; usb: UsbAddress }[] {
  const all: { device: Device; usb: UsbAddress }[] = [];
  for (let i = 0, list = devicesWithoutAliases(domain); i < list.length; i++) {
    const device = list[i]!;
    const usb = device.kind === 'controller' ? undefined : usbAddress(device.address);
    if (usb) all.push({ device, usb });
  }
  if (all.length === 0) return all; // most domains: no written USB port
  const hubs = all.filter((d) => d.device.kind === 'hub').sort((a, b) => a.usb.path.length - b.usb.path.length);
  return [...hubs, ...all.filter((d) => d.device.kind !== 'hub')];
}
