import { archOf, isQemuDomain, isX86 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'pm-suspend-x86-only',
    description: '<pm><suspend-to-mem> or <suspend-to-disk> (ACPI S3/S4, enabled or not) in a QEMU guest that is not x86',
    defaultSeverity: 'error',
    libvirtMessages: ['setting ACPI S3 not supported', 'setting ACPI S4 not supported'],
  },
  check(domain, context) {
    // QEMU switches S3/S4 with a property of the x86 chipsets' power management (PIIX4, ICH9): asked of libvirtd 9.0,
    // aarch64, armv7l, riscv64 and s390x guests are refused with either state written, enabled='yes' or 'no'.
    const list = domain.pmSuspends;
    if (list.length === 0 || !isQemuDomain(domain) || isX86(domain)) return;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      const state = s.tag === 'suspend-to-mem' ? 'S3 (suspend to RAM)' : 'S4 (suspend to disk)';
      context.report({ range: s.nameRange, message: `ACPI ${state} can only be set for x86 guests, whose chipset QEMU lets switch it; this ${archOf(domain)} guest has none: libvirt refuses this domain, with enabled='yes' or 'no'. Remove <${s.tag}> (and an empty <pm>)` });
    }
  },
});
