import { isQemuDomain } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'smbios-sysinfo-required',
    description: "<smbios mode='sysinfo'> without a <sysinfo type='smbios'> (libvirt defines it, then refuses to start it)",
    defaultSeverity: 'error',
    libvirtMessages: ["Domain '%s' sysinfo are not available"],
  },
  check(domain, context) {
    const mode = domain.os?.smbiosMode;
    if (mode?.value === 'sysinfo' && isQemuDomain(domain) && !domain.sysinfos.some((s) => s.type?.value === 'smbios')) {
      context.report({ range: mode.range, message: `<smbios mode='sysinfo'> gives the guest the SMBIOS tables of the domain's <sysinfo type='smbios'>, and there is none: libvirt defines this domain but refuses to start it. Add <sysinfo type='smbios'> or use mode='emulate'` });
    }
  },
});
