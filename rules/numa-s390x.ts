import { isQemuDomain, isS390 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'numa-s390x',
    description: 'guest NUMA cells (<cpu><numa>) on an s390x guest, whose QEMU machine has no NUMA (libvirt defines it, QEMU refuses to start it)',
    // A warning, as the README's policy for refusals that only a later step makes: libvirt defines the
    // domain and builds its command line (domxml-to-native); QEMU refuses it when it starts.
    defaultSeverity: 'warning',
    libvirtMessages: ['NUMA is not supported by this machine-type'],
  },
  check(domain, context) {
    // Asked of libvirtd 9.0 with QEMU 7.2's s390-ccw-virtio (virsh start, TCG): '-numa node,…: NUMA is not supported by this machine-type'.
    const cell = domain.cpu?.numaCells[0];
    if (!cell || !isQemuDomain(domain) || !isS390(domain)) return;
    context.report({ range: cell.nameRange, message: "QEMU's s390x machine has no NUMA: libvirt defines this domain, QEMU refuses to start it. Remove <numa> (and with it memory hotplug, which needs a NUMA cell: s390x guests cannot hotplug memory)" });
  },
});
