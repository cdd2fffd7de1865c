import rule from '../../rules/pm-suspend-x86-only.js';
import { edit, otherArch, Q35, ruleTester } from './helpers.js';

const PM = "<pm><suspend-to-mem enabled='no'/><suspend-to-disk enabled='yes'/></pm>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts S3 and S4 settings on x86 (q35)', code: edit(Q35, ['</features>', `</features>${PM}`]) },
    { name: 'accepts an aarch64 guest without <pm>', code: otherArch('aarch64', 'virt') },
  ],
  invalid: [
    {
      name: 'errs on suspend-to-mem and suspend-to-disk off x86, enabled or not, at each element',
      code: otherArch('aarch64', 'virt', '', PM),
      errors: [
        { severity: 'error', near: '<|suspend-to-mem', message: /ACPI S3 \(suspend to RAM\) can only be set for x86 guests/ },
        { severity: 'error', near: '<|suspend-to-disk', message: /ACPI S4 \(suspend to disk\)/ },
      ],
    },
    { name: 'errs on suspend-to-mem on s390x', code: otherArch('s390x', 's390-ccw-virtio', '', "<pm><suspend-to-mem enabled='yes'/></pm>"), errors: [{ near: '<|suspend-to-mem' }] },
  ],
});
