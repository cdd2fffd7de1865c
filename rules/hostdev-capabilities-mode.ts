import { isQemuDomain } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'hostdev-capabilities-mode',
    description: "<hostdev mode='capabilities'> (LXC containers only) in a QEMU domain",
    defaultSeverity: 'error',
    libvirtMessages: ["hostdev mode 'capabilities' is not supported in %s"],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return;
    for (let i = 0, list = domain.devices.hostdevs; i < list.length; i++) {
      const hd = list[i]!;
      if (hd.mode?.value !== 'capabilities') continue;
      context.report({ range: hd.mode.range, message: "mode='capabilities' hands a host block or character device to an LXC container; QEMU guests cannot use it: libvirt refuses this domain. Use <disk type='block'> or mode='subsystem'" });
    }
  },
});
