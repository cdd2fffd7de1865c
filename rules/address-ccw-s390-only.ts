import { deviceAddresses } from '../src/model/controllers.js';
import { archOf, isQemuDomain, isS390, isX86, machineShown } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'address-ccw-s390-only',
    description: "<address type='ccw'> (s390 channel I/O) on a device of a QEMU guest that is not s390x (x86, aarch64, riscv64, …)",
    defaultSeverity: 'error',
    libvirtMessages: ["cannot use CCW address type for device '%s' using machine type '%s'"],
  },
  check(domain, context) {
    // Asked of libvirtd 9.0 on x86 (q35, i440fx), aarch64 virt and riscv64 virt: refused on all of them.
    if (!isQemuDomain(domain) || isS390(domain)) return;
    const machine = `${isX86(domain) ? 'x86' : archOf(domain)} machine '${machineShown(domain)}'`;
    for (let i = 0, list = deviceAddresses(domain); i < list.length; i++) {
      const { kind, address } = list[i]!;
      if (address.type?.value !== 'ccw') continue;
      context.report({ range: address.type.range, message: `a CCW address puts <${kind}> on s390's channel subsystem, which ${machine} does not have: libvirt refuses this domain. ${kind === 'hostdev' ? `Remove the <address> (a vfio-ccw device is s390 hardware, and ${isX86(domain) ? 'an x86' : `an ${archOf(domain)}`} QEMU cannot assign it either)` : "Remove the <address> (libvirt assigns a PCI one) or use type='pci'"}` });
    }
  },
});
