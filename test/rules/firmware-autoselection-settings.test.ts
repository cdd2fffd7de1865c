import rule from '../../rules/firmware-autoselection-settings.js';
import { edit, Q35, ruleTester } from './helpers.js';

/** The q35 base with `attrs` on <os> and `inner` after its <type>. */
const os = (inner: string, attrs = ''): string =>
  edit(Q35, ['<os>\n    <type arch="x86_64" machine="q35">hvm</type>\n  </os>', `<os${attrs}>\n    <type arch="x86_64" machine="q35">hvm</type>\n    ${inner}\n  </os>`]);
const EFI = " firmware='efi'";
const CODE = '/usr/share/OVMF/OVMF_CODE_4M.fd';
const features = (...f: [string, string][]): string => `<firmware>${f.map(([name, on]) => `<feature enabled='${on}' name='${name}'/>`).join('')}</firmware>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts firmware autoselection with an NVRAM path', code: os('<nvram>/var/lib/libvirt/qemu/nvram/fedora28_VARS.fd</nvram>', EFI) },
    { name: "accepts firmware autoselection with <loader secure='yes'>", code: os("<loader secure='yes'/>", EFI) },
    { name: 'accepts enrolled-keys with secure-boot enabled', code: os(features(['enrolled-keys', 'yes'], ['secure-boot', 'yes']), EFI) },
    { name: 'accepts enrolled-keys alone and secure-boot disabled alone (1)', code: os(features(['enrolled-keys', 'yes']), EFI) },
    { name: 'accepts enrolled-keys alone and secure-boot disabled alone (2)', code: os(features(['secure-boot', 'no']), EFI) },
    { name: 'accepts a manual loader with type and readonly and no autoselection', code: os(`<loader readonly='yes' type='pflash'>${CODE}</loader>`) },
  ],
  invalid: [
    {
      name: 'errs on loader readonly with firmware autoselection',
      code: os("<loader readonly='yes'/>", EFI),
      errors: [{ severity: 'error', near: "<loader |readonly='yes'", message: /firmware='efi'.*line \d+/ }],
    },
    {
      name: 'errs on loader type with firmware autoselection',
      code: os("<loader type='rom'/>", EFI),
      errors: [{ severity: 'error', near: "<loader |type='rom'" }],
    },
    {
      name: 'errs on a loader path with firmware autoselection',
      code: os(`<loader>${CODE}</loader>`, EFI),
      errors: [{ severity: 'error', near: `<loader>|${CODE}` }],
    },
    {
      name: "errs on loader secure='no' with firmware autoselection",
      code: os("<loader secure='no'/>", EFI),
      errors: [{ severity: 'error', near: "<loader |secure='no'" }],
    },
    {
      name: 'errs on an NVRAM template with firmware autoselection',
      code: os("<nvram template='/usr/share/OVMF/OVMF_VARS_4M.fd'/>", EFI),
      errors: [{ severity: 'error', near: '<nvram |template=' }],
    },
    {
      name: 'errs on <firmware><feature> without firmware autoselection',
      code: os(features(['enrolled-keys', 'yes'])),
      errors: [{ severity: 'error', near: '<|firmware><feature' }],
    },
    {
      name: 'errs on enrolled-keys enabled with secure-boot disabled',
      code: os(features(['enrolled-keys', 'yes'], ['secure-boot', 'no']), EFI),
      errors: [{ severity: 'error', near: "<feature enabled='|yes' name='enrolled-keys'", message: /secure-boot is disabled on line \d+/ }],
    },
  ],
});
