import { archOf, isQemuDomain, isS390, isX86 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

const NAMES: Readonly<Record<string, string>> = { 'vfio-ap': 'an s390 crypto adapter (AP)', 'vfio-ccw': 'an s390 channel I/O device (CCW)' };

export default defineRule({
  meta: {
    id: 'hostdev-mdev-s390-only',
    description: "a mediated device of s390 hardware (<hostdev type='mdev' model='vfio-ap'> or 'vfio-ccw') on a guest that is not s390x",
    defaultSeverity: 'error',
    libvirtMessages: ['VFIO AP device assignment is not supported by this version of QEMU', 'VFIO CCW device assignment is not supported by this version of QEMU'],
  },
  check(domain, context) {
    // Asked of libvirtd 9.0 with x86 q35 and aarch64 virt guests: refused when the domain is defined
    // (QEMU's vfio-ap and vfio-ccw devices exist in its s390x emulator only).
    const list = domain.devices.hostdevs;
    if (list.length === 0 || !isQemuDomain(domain) || isS390(domain)) return;
    for (let i = 0; i < list.length; i++) {
      const h = list[i]!;
      const model = h.model;
      if (h.type?.value !== 'mdev' || !model || !Object.hasOwn(NAMES, model.value)) continue;
      // A CCW address is refused first, and is address-ccw-s390-only's.
      if (h.address?.type?.value === 'ccw') continue;
      const guest = isX86(domain) ? 'an x86' : `an ${archOf(domain)}`;
      context.report({ range: model.range, message: `a ${model.value} mediated device is ${NAMES[model.value]}, which only an s390x guest can be given, not ${guest} one: libvirt refuses this domain. Remove the <hostdev>` });
    }
  },
});
