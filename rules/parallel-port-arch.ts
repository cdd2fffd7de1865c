import { isQemuDomain, isS390 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'parallel-port-arch',
    description: 'a <parallel> port on an s390x guest (s390 has no parallel ports)',
    defaultSeverity: 'error',
    libvirtMessages: ['parallel ports are not supported'],
  },
  check(domain, context) {
    // Asked of libvirtd 9.0: refused on s390x when the domain is defined. Elsewhere libvirt defines the
    // port as QEMU's isa-parallel, which only some emulators have (emulator-supports-device, with capabilities).
    const first = domain.devices.parallels[0];
    if (!first || !isQemuDomain(domain) || !isS390(domain)) return;
    for (const p of domain.devices.parallels) {
      context.report({ range: p.nameRange, message: 'an s390x guest has no parallel ports: libvirt refuses this domain. Remove <parallel>, or use a <console> (sclp) or a virtio <channel>' });
    }
  },
});
