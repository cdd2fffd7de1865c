import rule from '../../rules/acpi-requires-uefi.js';
import { AAVMF, otherArch, Q35, ruleTester } from './helpers.js';

const ACPI = '<features><acpi/></features>';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts ACPI on aarch64 with a pflash UEFI loader', code: otherArch('aarch64', 'virt', '', ACPI, AAVMF) },
    { name: "accepts ACPI on aarch64 with firmware='efi'", code: otherArch('aarch64', 'virt', '', ACPI).replace('<os>', "<os firmware='efi'>") },
    { name: 'accepts an aarch64 guest without ACPI or UEFI', code: otherArch('aarch64', 'virt') },
    { name: 'accepts ACPI without UEFI on armv7l, riscv64 and s390x (libvirt 9.0 defines them) (1)', code: otherArch('armv7l', 'virt', '', ACPI) },
    { name: 'accepts ACPI without UEFI on armv7l, riscv64 and s390x (libvirt 9.0 defines them) (2)', code: otherArch('riscv64', 'virt', '', ACPI) },
    { name: 'accepts ACPI without UEFI on armv7l, riscv64 and s390x (libvirt 9.0 defines them) (3)', code: otherArch('s390x', 's390-ccw-virtio', '', ACPI) },
    { name: 'leaves x86 alone (ACPI with BIOS)', code: Q35 },
  ],
  invalid: [
    {
      name: 'errs on ACPI on aarch64 virt without a loader, at <acpi>',
      code: otherArch('aarch64', 'virt', '', ACPI),
      errors: [{ severity: 'error', near: '<|acpi/>', message: /it has no UEFI loader: libvirt refuses this domain/ }],
    },
    {
      name: 'errs on ACPI on aarch64 sbsa-ref with a direct kernel boot',
      code: otherArch('aarch64', 'sbsa-ref', '', ACPI, '<kernel>/boot/vmlinuz</kernel>'),
      errors: [{ severity: 'error', near: '<|acpi/>' }],
    },
    {
      name: "errs on ACPI on aarch64 with a loader that is not type='pflash' (rom, or no type)",
      code: otherArch('aarch64', 'virt', '', ACPI, "<loader type='rom'>/usr/share/AAVMF/AAVMF_CODE.fd</loader>"),
      errors: [{ severity: 'error', near: '<|acpi/>', message: /its <loader> is not type='pflash'/ }],
    },
  ],
});
