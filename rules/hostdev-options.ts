import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'hostdev-options',
    description: "host device options libvirt refuses: startupPolicy on a device that is not USB, an mdev with display='on' in a domain without graphics",
    defaultSeverity: 'error',
    libvirtMessages: ['Setting startupPolicy is only allowed for USB devices', "graphics device is needed for attribute value 'display=on' in <hostdev>"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.hostdevs; i < list.length; i++) {
      const h = list[i]!;
      const policy = h.source?.startupPolicy;
      if (policy && h.mode?.value !== 'capabilities' && h.type?.value !== 'usb') {
        context.report({ range: policy.range, message: `startupPolicy applies to USB host devices only (this one is '${h.type?.value ?? 'pci'}'): libvirt refuses this domain. Remove startupPolicy` });
      }
      // Only a mediated device has a display; libvirt 9.0 ignores display= on the other types.
      if (h.display?.value === 'on' && h.type?.value === 'mdev' && domain.devices.graphics.length === 0) {
        context.report({ range: h.display.range, message: `display='on' shows the mediated device's output through a graphics device, and the domain has none: libvirt refuses this domain. Add a <graphics> (e.g. type='vnc' or 'egl-headless') or set display='off'` });
      }
    }
  },
});
