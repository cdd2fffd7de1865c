import { archOf, isQemuDomain } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'nvram-device-ppc64',
    description: 'an <nvram> device (the pSeries NVRAM) in a guest that is not ppc64',
    defaultSeverity: 'error',
    libvirtMessages: ['nvram device is only supported for PPC64'],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return; // a check of libvirt's QEMU driver
    const others = domain.devices.others;
    for (let i = 0; i < others.length; i++) {
      const d = others[i]!;
      if (d.kind !== 'nvram') continue;
      const arch = archOf(domain);
      if (arch === '' || arch.startsWith('ppc64')) return;
      context.report({ range: d.nameRange, message: `the <nvram> device is the NVRAM of pSeries (ppc64) machines, and this guest is ${arch}: libvirt refuses this domain. Remove it (UEFI variables go in <os><nvram>)` });
    }
  },
});
