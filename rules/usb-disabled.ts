import type { Controller } from '../src/model/index.js';
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
    description: "USB devices or other USB controllers in a domain whose USB is disabled with <controller type='usb' model='none'>",
    defaultSeverity: 'error',
    libvirtMessages: ['USB is disabled for this domain, but USB devices are present in the domain XML', "Can't add another USB controller: USB is disabled for this domain", "Can't add USB input device. USB bus is disabled"],
  },
  check(domain, context) {
    const none = usbNone(domain.devices.controllers);
    if (!none) return;
    const report = (range: typeof none.range, what: string): void =>
      context.report({ range, message: `${what}, but USB is disabled by the <controller type='usb' model='none'> on line ${none.range.start.line}: libvirt refuses this domain. Remove the device or enable USB` });
    for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
      const c = list[i]!;
      if (c !== none && c.type?.value === 'usb') report(c.nameRange, 'this is another USB controller');
    }
    for (const d of domain.devices.disks) if (effectiveDiskBus(d) === 'usb') report(d.target?.bus?.range ?? d.nameRange, 'this disk is on the USB bus');
    const { inputs, redirdevs, hostdevs, sounds, hubs } = domain.devices;
    const usbByKind = new Set<object>([
      ...inputs.filter((i) => i.bus?.value === 'usb'),
      ...redirdevs,
      ...hostdevs.filter((h) => h.type?.value === 'usb'),
      ...sounds.filter((s) => s.model?.value === 'usb'),
      ...hubs.filter((h) => h.type?.value === 'usb'),
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
