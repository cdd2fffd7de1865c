import type { Controller } from '../src/model/index.js';
import type { Range } from '../src/rule.js';
import { addsDefaultUsb, archOf, defaultInputBus, isQemuDomain, isS390, isX86, machineShown } from '../src/model/machine.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

/**
 * The first `<controller type='usb' model='none'>` (a loop, not a find with a closure made per document: most have none).
 * On s390 libvirt 9.0 makes a USB controller written without a model 'none' too.
 */
function usbNone(controllers: readonly Controller[], s390: boolean): Controller | undefined {
  for (const c of controllers) if (c.type?.value === 'usb' && (c.model?.value === 'none' || (s390 && !c.model?.value))) return c;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'usb-disabled',
    description: "USB devices or other USB controllers in a domain whose USB is disabled with <controller type='usb' model='none'>, or without a USB controller on an isapc machine or an ARM, RISC-V or s390 guest (libvirt adds none there)",
    defaultSeverity: 'error',
    libvirtMessages: ['USB is disabled for this domain, but USB devices are present in the domain XML', "Can't add another USB controller: USB is disabled for this domain", "Can't add USB input device. USB bus is disabled"],
  },
  check(domain, context) {
    const controllers = domain.devices.controllers;
    const qemu = isQemuDomain(domain);
    const s390 = qemu && isS390(domain);
    const none = usbNone(controllers, s390);
    // libvirt gives an isapc guest, and ARM, RISC-V and s390 guests, no default USB controller: without one written, USB is off.
    const withoutUsb = !none && qemu && addsDefaultUsb(domain) === false && !controllers.some((c) => c.type?.value === 'usb');
    if (!none && !withoutUsb) return;
    const why = none
      ? `USB is disabled by the <controller type='usb'${none.model ? " model='none'" : ''}> on line ${none.range.start.line}${none.model ? '' : " (on s390 libvirt makes a USB controller without a model 'none')"}`
      : isX86(domain)
        ? 'USB is off: libvirt adds no USB controller to an isapc machine, and none is written'
        : `USB is off: libvirt adds no USB controller to ${archOf(domain)} guests ('${machineShown(domain)}' here), and none is written (add e.g. <controller type='usb' model='qemu-xhci'/>)`;
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
      // Without a bus, libvirt puts an input on USB except an x86 mouse or keyboard (PS/2) and s390 or passthrough input (virtio).
      ...inputs.filter((i) => (i.bus ? i.bus.value : qemu ? defaultInputBus(domain, i.type?.value) : undefined) === 'usb'),
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
