import rule from '../../rules/sysinfo-smbios-values.js';
import { edit, Q35, ruleTester } from './helpers.js';

/** The q35 base (uuid 00000000-1111-2222-3333-444444444444) with a <sysinfo> after <vcpu>. */
const sysinfo = (inner: string): string => edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>2</vcpu>\n  <sysinfo type='smbios'>${inner}</sysinfo>`]);
const systemUuid = (u: string): string => `<system><entry name='uuid'>${u}</entry></system>`;
const biosDate = (d: string): string => `<bios><entry name='date'>${d}</entry></bios>`;
const Q35_TYPE = '<type arch="x86_64" machine="q35">hvm</type>';
/** An <os> with <smbios mode=…>. */
const smbios = (text: string, mode: string): string => edit(text, [Q35_TYPE, `${Q35_TYPE}<smbios mode='${mode}'/>`]);

ruleTester.run(rule, {
  valid: [
    { name: "accepts the domain's UUID, also written without dashes (1)", code: sysinfo(systemUuid('00000000-1111-2222-3333-444444444444')) },
    { name: "accepts the domain's UUID, also written without dashes (2)", code: sysinfo(systemUuid('00000000111122223333444444444444')) },
    { name: 'accepts BIOS dates mm/dd/yyyy and m/d/yy (1)', code: sysinfo(biosDate('01/01/2020')) },
    { name: 'accepts BIOS dates mm/dd/yyyy and m/d/yy (2)', code: sysinfo(biosDate('1/1/99')) },
    { name: "leaves <smbios mode='sysinfo'> without a <sysinfo> to smbios-sysinfo-required", code: smbios(Q35, 'sysinfo') },
  ],
  invalid: [
    {
      name: "errs on a system UUID different from the domain's",
      code: sysinfo(systemUuid('00000000-1111-2222-3333-444444444445')),
      errors: [{ severity: 'error', near: "<entry name='uuid'>|00000000", message: /differs from the domain's <uuid>.*line \d+/ }],
    },
    {
      name: 'errs on an ISO BIOS date and on a 4-digit year before 1900 (1)',
      code: sysinfo(biosDate('2020-01-01')),
      errors: [{ severity: 'error', near: "<entry name='date'>|2020" }],
    },
    {
      name: 'errs on an ISO BIOS date and on a 4-digit year before 1900 (2)',
      code: sysinfo(biosDate('01/01/1899')),
      errors: [{ severity: 'error', near: "<entry name='date'>|01/01/1899" }],
    },
  ],
});
