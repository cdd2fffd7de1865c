import { isQemuDomain } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'memory-backing-source',
    description: "<memoryBacking> with <hugepages> and <source type='anonymous'>",
    defaultSeverity: 'error',
    libvirtMessages: ['hugepages are not allowed with anonymous memory source'],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return; // a check of libvirt's QEMU driver
    const mb = domain.memoryBacking;
    const type = mb?.source?.type;
    if (!mb?.hugepages || type?.value !== 'anonymous') return;
    context.report({ range: type.range, message: `hugepages come from a hugetlbfs file (or memfd), not from anonymous memory: libvirt refuses this domain. Use <source type='file'/> or 'memfd', or drop <source>` });
  },
});
