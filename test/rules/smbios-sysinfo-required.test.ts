import rule from '../../rules/smbios-sysinfo-required.js';
import { edit, Q35, ruleTester } from './helpers.js';

/** The q35 base with a <sysinfo> after <vcpu>. */
const sysinfo = (inner: string): string => edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>2</vcpu>\n  <sysinfo type='smbios'>${inner}</sysinfo>`]);
const biosDate = (d: string): string => `<bios><entry name='date'>${d}</entry></bios>`;
const Q35_TYPE = '<type arch="x86_64" machine="q35">hvm</type>';
/** An <os> with <smbios mode=…>. */
const smbios = (text: string, mode: string): string => edit(text, [Q35_TYPE, `${Q35_TYPE}<smbios mode='${mode}'/>`]);

ruleTester.run(rule, {
  valid: [
    { name: "accepts <smbios mode='sysinfo'> with a <sysinfo type='smbios'>", code: smbios(sysinfo(biosDate('01/01/2020')), 'sysinfo') },
    { name: "accepts <smbios mode='emulate'> without a <sysinfo>", code: smbios(Q35, 'emulate') },
  ],
  invalid: [
    {
      name: "errs on <smbios mode='sysinfo'> without a <sysinfo>",
      code: smbios(Q35, 'sysinfo'),
      errors: [{ severity: 'error', near: "<smbios mode='|sysinfo'", message: /and there is none/ }],
    },
    {
      name: "errs on <smbios mode='sysinfo'> with only a <sysinfo type='fwcfg'>",
      code: smbios(edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <sysinfo type='fwcfg'><entry name='opt/com.example/a'>x</entry></sysinfo>"]), 'sysinfo'),
      errors: [{ severity: 'error', near: "<smbios mode='|sysinfo'", message: /refuses to start it/ }],
    },
  ],
});
