import { deviceAddresses } from '../src/model/controllers.js';
import { isQemuDomain, isX86, machineShown } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'address-ccw-s390-only',
    description: "<address type='ccw'> (s390 channel I/O) on a device of an x86 guest",
    defaultSeverity: 'error',
    libvirtMessages: ["cannot use CCW address type for device '%s' using machine type '%s'"],
  },
  check(domain, context) {
    if (!isQemuDomain(domain) || !isX86(domain)) return;
    for (let i = 0, list = deviceAddresses(domain); i < list.length; i++) {
      const { kind, address } = list[i]!;
      if (address.type?.value !== 'ccw') continue;
      context.report({ range: address.type.range, message: `a CCW address puts <${kind}> on s390's channel subsystem, which x86 machine '${machineShown(domain)}' does not have: libvirt refuses this domain. ${kind === 'hostdev' ? 'Remove the <address> (a vfio-ccw device is s390 hardware, and an x86 QEMU cannot assign it either)' : "Remove the <address> (libvirt assigns a PCI one) or use type='pci'"}` });
    }
  },
});
