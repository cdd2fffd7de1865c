import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'memtune-min-guarantee-qemu',
    description: '<memtune><min_guarantee> in a QEMU domain',
    defaultSeverity: 'error',
    libvirtMessages: ["Parameter 'min_guarantee' not supported by QEMU."],
  },
  check(domain, context) {
    const minGuarantee = domain.memtune?.minGuarantee;
    const type = domain.type?.value;
    if (minGuarantee && (type === 'qemu' || type === 'kvm')) {
      context.report({ range: minGuarantee.nameRange, message: `<min_guarantee> is a VMware/ESX tunable that QEMU does not have: libvirt refuses this domain. Remove it` });
    }
  },
});
