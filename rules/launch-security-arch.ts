import { archOf, isQemuDomain, isS390, isX86 } from '../src/model/machine.js';
import { launchSecurityType } from '../src/model/settings.js';
import { defineRule } from '../src/rule.js';

/** The architecture each kind of confidential guest exists on: AMD SEV (and SEV-SNP) and Intel TDX on x86, IBM Protected Virtualization on s390x. */
const S390 = 's390-pv';
const NAMES: Readonly<Record<string, string>> = { sev: 'AMD SEV', 'sev-snp': 'AMD SEV-SNP', tdx: 'Intel TDX', [S390]: 'IBM Secure Execution (s390 Protected Virtualization)' };

export default defineRule({
  meta: {
    id: 'launch-security-arch',
    description: "<launchSecurity> of another architecture's confidential guests: type='s390-pv' on a guest that is not s390x, type='sev' (also sev-snp, tdx) on a guest that is not x86",
    defaultSeverity: 'error',
    libvirtMessages: ['S390 PV launch security is not supported with this QEMU binary', 'SEV launch security is not supported with this QEMU binary'],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return;
    const type = launchSecurityType(domain);
    const name = type && Object.hasOwn(NAMES, type.value) ? NAMES[type.value]! : undefined;
    if (!type || !name) return;
    // Asked of libvirtd 9.0 with x86 q35, aarch64 virt and s390x guests: refused when the domain is defined.
    const s390 = isS390(domain);
    if (type.value === S390 ? s390 : isX86(domain)) return;
    const guest = isX86(domain) ? 'an x86' : `an ${archOf(domain)}`;
    const home = type.value === S390 ? 's390x' : 'x86';
    context.report({ range: type.range, message: `launchSecurity type='${type.value}' (${name}) exists only on ${home} guests, not in ${guest} guest: libvirt refuses this domain. Remove <launchSecurity>` });
  },
});
