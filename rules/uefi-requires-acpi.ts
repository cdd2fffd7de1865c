import { isX86 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'uefi-requires-acpi',
    description: "an x86 guest booting UEFI (firmware='efi' or a pflash loader) without <features><acpi/>",
    defaultSeverity: 'error',
    libvirtMessages: ['UEFI requires ACPI on this architecture'],
  },
  check(domain, context) {
    const os = domain.os;
    if (!os || !isX86(domain)) return;
    const efi = os.firmware?.value === 'efi' ? os.firmware : os.loader?.type?.value === 'pflash' ? os.loader.type : undefined;
    if (!efi || domain.features?.byName.has('acpi')) return;
    context.report({ range: efi.range, message: `UEFI on x86 needs ACPI, but <features> has no <acpi/>: libvirt refuses this domain. Add <acpi/> to <features>` });
  },
});
