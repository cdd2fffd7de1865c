import { archOf, isQemuDomain } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'acpi-requires-uefi',
    description: "an aarch64 QEMU guest with <features><acpi/> that does not boot UEFI (neither firmware='efi' nor a pflash loader)",
    defaultSeverity: 'error',
    libvirtMessages: ['ACPI requires UEFI on this architecture'],
  },
  check(domain, context) {
    // Asked of libvirtd 9.0: refused on aarch64 (virt and sbsa-ref, no loader, a rom loader, a loader without a type,
    // a direct kernel boot); armv7l, riscv64 and s390x guests with <acpi/> and no firmware are defined.
    if (!isQemuDomain(domain) || archOf(domain) !== 'aarch64') return;
    const acpi = domain.features?.byName.get('acpi');
    const os = domain.os;
    if (!acpi || os?.firmware?.value === 'efi' || os?.loader?.type?.value === 'pflash') return;
    const why = os?.loader ? `its <loader> is not type='pflash'` : 'it has no UEFI loader';
    context.report({ range: acpi.nameRange, message: `an aarch64 guest gets ACPI tables only from UEFI firmware, and ${why}: libvirt refuses this domain. Boot UEFI (<os firmware='efi'> or a pflash <loader>) or remove <acpi/> (the guest then gets a device tree)` });
  },
});
