import type { Controller } from '../src/model/index.js';
import type { Range } from '../src/rule.js';
import { isQemuDomain, isX86, machineOf } from '../src/model/machine.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

/** The first `<controller type='usb' model='none'>` (a loop, not a find with a closure made per document: most have none). */
function usbNone(controllers: readonly Controller[]): Controller | undefined {
  for (const c of controllers) if (c.type?.value === 'usb' && c.model?.value === 'none') return c;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'usb-disabled',
    description: "USB devices or other USB controllers in a domain whose USB is disabled with <controller type='usb' model='none'>, or on an isapc machine without a USB controller (libvirt adds none there)",
    defaultSeverity: 'error',
    libvirtMessages: ['USB is disabled for this domain, but USB devices are present in the domain XML', "Can't add another USB controller: USB is disabled for this domain", "Can't add USB input device. USB bus is disabled"],
  },
  check(domain, context) {
    const controllers = domain.devices.controllers;
    const none = usbNone(controllers);
    // libvirt gives an isapc guest no default USB controller: without one written, USB is off.
    const isapcWithoutUsb = !none && isQemuDomain(domain) && isX86(domain) && machineOf(domain) === 'isapc' && !controllers.some((c) => c.type?.value === 'usb');
    if (!none && !isapcWithoutUsb) return;
    const why = none ? `USB is disabled by the <controller type='usb' model='none'> on line ${none.range.start.line}` : "USB is off: libvirt adds no USB controller to an isapc machine, and none is written";
    const report = (range: Range, what: string): void => context.report({ range, message: `${what}, but ${why}: libvirt refuses this domain. Remove the device or enable USB` });
    for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
      const c = list[i]!;
      if (c !== none && c.type?.value === 'usb') report(c.nameRange, 'this is another USB controller');
      // A CCID (smartcard) controller is itself a USB device.
      else if (c.type?.value === 'ccid') report(c.nameRange, 'this CCID controller is a USB device');
    }
    for (const d of domain.devices.disks) if (effectiveDiskBus(d) === 'usb') report(d.target?.bus?.range ?? d.nameRange, 'this disk is on the USB bus');
    const { inputs, redirdevs, hostdevs, sounds, hubs, serials } = domain.devices;
    const usbByKind = new Set<object>([
      ...inputs.filter((i) => i.bus?.value === 'usb'),
      ...redirdevs,
      ...hostdevs.filter((h) => h.type?.value === 'usb'),
      ...sounds.filter((s) => s.model?.value === 'usb'),
      ...hubs.filter((h) => h.type?.value === 'usb'),
      ...serials.filter((c) => c.target?.type?.value === 'usb-serial'),
    ]);
    for (let i = 0, list = domain.devices.all; i < list.length; i++) {
      const o = list[i]!;
      // Disks are judged by their bus above; controllers and interfaces are not USB devices by themselves.
      if (o.kind === 'disk' || o.kind === 'controller' || o.kind === 'interface') continue;
      // A smartcard is a CCID device, and the CCID controller is USB.
      if (usbByKind.has(o) || o.kind === 'smartcard' || o.address?.type?.value === 'usb') report(o.nameRange, `this <${o.kind}> is a USB device`);
    }
  },
});
