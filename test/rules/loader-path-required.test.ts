import rule from '../../rules/loader-path-required.js';
import { edit, Q35, ruleTester } from './helpers.js';

const TYPE = '<type arch="x86_64" machine="q35">hvm</type>';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts <nvram> alone under firmware autoselection', code: edit(Q35, ['<os>', "<os firmware='efi'>"], [TYPE, TYPE + '<nvram>/var/lib/libvirt/qemu/nvram/q35_VARS.fd</nvram>']) },
    { name: "accepts a loader path, or an empty loader with firmware='efi' (1)", code: edit(Q35, [TYPE, TYPE + '<loader readonly="yes" type="pflash">/usr/share/OVMF/OVMF_CODE.fd</loader>']) },
    { name: "accepts a loader path, or an empty loader with firmware='efi' (2)", code: edit(Q35, ['<os>', '<os firmware="efi">'], [TYPE, TYPE + '<loader/>']) },
  ],
  invalid: [
    {
      name: 'errs on an empty loader without firmware autoselection',
      code: edit(Q35, [TYPE, TYPE + '<loader readonly="yes" type="pflash"/>']),
      errors: [{ severity: 'error', near: '<|loader' }],
    },
    {
      name: 'errs on <nvram> without a <loader> and without firmware autoselection',
      code: edit(Q35, [TYPE, TYPE + '<nvram>/var/lib/libvirt/qemu/nvram/q35_VARS.fd</nvram>']),
      errors: [{ severity: 'error', near: '<|nvram>' }],
    },
  ],
});
