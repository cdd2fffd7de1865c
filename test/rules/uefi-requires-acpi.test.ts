import rule from '../../rules/uefi-requires-acpi.js';
import { edit, Q35, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts UEFI with ACPI, and BIOS without (1)', code: edit(Q35, ['<os>', '<os firmware="efi">']) },
    { name: 'accepts UEFI with ACPI, and BIOS without (2)', code: SEED },
  ],
  invalid: [
    {
      name: "errs on firmware='efi' without <acpi/>",
      code: edit(Q35, ['<os>', '<os firmware="efi">'], ['<acpi/>', '']),
      errors: [{ severity: 'error', near: 'firmware="|efi"' }],
    },
    {
      name: 'errs on a pflash loader without <acpi/> (the seed has no <features>)',
      code: edit(SEED, ["<bootmenu enable='yes'/>", "<bootmenu enable='yes'/><loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader>"]),
      errors: [{ severity: 'error', near: "type='|pflash'" }],
    },
  ],
});
