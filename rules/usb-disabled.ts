import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';
import { attr } from '../src/xml/tree.js';

export default defineRule({
  meta: {
    id: 'usb-disabled',
    description: "USB devices or other USB controllers in a domain whose USB is disabled with <controller type='usb' model='none'>",
    defaultSeverity: 'error',
    libvirtMessages: ['USB is disabled for this domain, but USB devices are present in the domain XML', "Can't add another USB controller: USB is disabled for this domain", "Can't add USB input device. USB bus is disabled"],
  },
  check(domain, context) {
    const none = domain.controllers.find((c) => c.type?.value === 'usb' && c.model?.value === 'none');
    if (!none) return;
    const report = (range: typeof none.element.range, what: string): void =>
      context.report({ range, message: `${what}, but USB is disabled by the <controller type='usb' model='none'> on line ${none.element.range.start.line}: libvirt refuses this domain. Remove the device or enable USB` });
    for (const c of domain.controllers) {
      if (c !== none && c.type?.value === 'usb') report(c.element.nameRange, 'this is another USB controller');
    }
    for (const d of domain.disks) if (effectiveDiskBus(d) === 'usb') report(d.target?.bus?.range ?? d.element.nameRange, 'this disk is on the USB bus');
    for (const o of domain.otherDevices) {
      const usb =
        (o.kind === 'input' && attr(o.element, 'bus')?.value === 'usb') ||
        o.kind === 'redirdev' ||
        (o.kind === 'hostdev' && attr(o.element, 'type')?.value === 'usb') ||
        (o.kind === 'sound' && attr(o.element, 'model')?.value === 'usb') ||
        (o.kind === 'hub' && attr(o.element, 'type')?.value === 'usb') ||
        o.address?.type?.value === 'usb';
      if (usb) report(o.element.nameRange, `this <${o.kind}> is a USB device`);
    }
  },
});
