import rule from '../../rules/secure-boot-requirements.js';
import { edit, Q35, ruleTester, SEED } from './helpers.js';

const TYPE = '<type arch="x86_64" machine="q35">hvm</type>';
const LOADER = '<loader readonly="yes" secure="yes" type="pflash">/usr/share/OVMF/OVMF_CODE.secboot.fd</loader>';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts q35 with SMM on', code: edit(Q35, [TYPE, TYPE + LOADER], ['<apic/>', '<apic/><smm state="on"/>']) },
  ],
  invalid: [
    {
      name: 'errs on secure boot without SMM',
      code: edit(Q35, [TYPE, TYPE + LOADER]),
      errors: [{ severity: 'error', near: 'secure="|yes"' }],
    },
    {
      name: 'errs twice on i440fx without SMM',
      code: edit(SEED, ["<bootmenu enable='yes'/>", `<bootmenu enable='yes'/>${LOADER}`]),
      errors: [{ severity: 'error', near: 'secure="|yes"' }, { severity: 'error', near: 'secure="|yes"' }],
    },
  ],
});
