import type { Device } from '../src/model/index.js';
import { HUB_PORTS, type UsbAddress, usbAddressedDevices, usbBuses } from '../src/model/usb-topology.js';
import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

const XHCI_MAX_PORTS = 15;

export default defineRule({
  meta: {
    id: 'usb-address-valid',
    description: "USB addresses libvirt cannot place: a bus without a USB controller, a port behind a missing <hub>, a port beyond what the controller or hub has, two devices on one port; qemu-xhci with more than 15 ports",
    defaultSeverity: 'error',
    libvirtMessages: [
      'Missing USB bus %u',
      'there is no hub at port %u in USB address bus: %u port: %s',
      'requested USB port %s not present on USB bus %u',
      'Duplicate USB address bus %u port %s',
      "'qemu-xhci' controller only supports up to '%u' ports",
    ],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
      const c = list[i]!;
      const n = c.type?.value === 'usb' && c.model?.value === 'qemu-xhci' && c.ports ? parseDecimal(c.ports.value) : undefined;
      if (n !== undefined && n > XHCI_MAX_PORTS) {
        context.report({ range: c.ports!.range, message: `a qemu-xhci controller has at most ${XHCI_MAX_PORTS} ports, not ${n}: libvirt refuses this domain. Use ports='${XHCI_MAX_PORTS}' or less (add a <hub> for more devices)` });
      }
    }
    const addressed = usbAddressedDevices(domain);
    if (addressed.length === 0) return; // most domains: nothing to place, so no buses to work out
    const buses = usbBuses(domain);
    const name = (d: Device): string => `<${d.kind}> on line ${d.range.start.line}`;
    // Which device holds each port ("bus:1.2"), hubs included; hubs also open ports below them.
    const taken = new Map<string, Device>();
    const hubs = new Set<string>();
    for (let i = 0, list = addressed; i < list.length; i++) {
      const { device, usb } = list[i]!;
      const bad = (what: string, fix: string): void =>
        context.report({ range: usb.address.nameRange, message: `this <${device.kind}> is at USB bus ${usb.bus} port ${usb.port}, but ${what}: libvirt refuses this domain. ${fix}` });
      const bus = buses.get(usb.bus);
      if (!bus) {
        // Bus 0 may be a default controller this model does not know about; only higher buses are surely missing.
        if (usb.bus > 0) bad(`no USB controller has index='${usb.bus}'`, `Add <controller type='usb' index='${usb.bus}'> or use bus 0`);
        continue;
      }
      const parent = usb.path.slice(0, -1);
      if (parent.length > 0 && !hubs.has(`${usb.bus}:${parent.join('.')}`)) {
        bad(`no <hub> is at port ${parent.join('.')} of that bus`, `Add a <hub type='usb'> at port ${parent.join('.')} or use a root port`);
        continue;
      }
      const last = usb.path[usb.path.length - 1]!;
      const limit = parent.length > 0 ? { n: HUB_PORTS, from: 'a USB hub' } : bus.ports !== undefined ? { n: bus.ports, from: bus.portsFrom } : undefined;
      if (limit && last > limit.n) {
        bad(`that port does not exist: ${limit.from} has ${limit.n} port${limit.n === 1 ? '' : 's'}`, parent.length > 0 ? 'Use a port from 1 to 8 of the hub' : `Use a port from 1 to ${limit.n}, or more ports on an xHCI controller (ports='…'), or a <hub>`);
        continue;
      }
      const key = portKey(usb);
      const holder = taken.get(key);
      if (holder) {
        bad(`the ${name(holder)} already uses that port`, 'Give each device its own port (or remove the <address> to let libvirt choose)');
        continue;
      }
      taken.set(key, device);
      if (device.kind === 'hub') hubs.add(key);
    }
  },
});

const portKey = (u: UsbAddress): string => `${u.bus}:${u.path.join('.')}`;
