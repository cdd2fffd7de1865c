import rule from '../../rules/loader-stateless-nvram.js';
import { edit, Q35, ruleTester } from './helpers.js';

const os = (inner: string): string =>
  edit(Q35, ['<os>\n    <type arch="x86_64" machine="q35">hvm</type>\n  </os>', `<os>\n    <type arch="x86_64" machine="q35">hvm</type>\n    ${inner}\n  </os>`]);
const STATELESS = "<loader readonly='yes' type='pflash' stateless='yes'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a stateless loader without NVRAM', code: os(STATELESS) },
    { name: 'accepts a stateless loader with an empty <nvram/>', code: os(`${STATELESS}<nvram/>`) },
    { name: 'accepts NVRAM with a loader that is not stateless', code: os("<loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader><nvram>/var/lib/libvirt/qemu/nvram/fedora28_VARS.fd</nvram>") },
  ],
  invalid: [
    {
      name: 'errs on an NVRAM store with a stateless loader',
      code: os(`${STATELESS}<nvram>/var/lib/libvirt/qemu/nvram/fedora28_VARS.fd</nvram>`),
      errors: [{ severity: 'error', near: '<|nvram>', message: /stateless='yes'/ }],
    },
    {
      name: 'errs on an NVRAM template with a stateless loader',
      code: os(`${STATELESS}<nvram template='/usr/share/OVMF/OVMF_VARS_4M.fd'/>`),
      errors: [{ severity: 'error', near: '<nvram |template=' }],
    },
  ],
});
