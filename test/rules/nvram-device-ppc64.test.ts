import rule from '../../rules/nvram-device-ppc64.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const PPC64 = edit(SEED, ["<type arch='x86_64' machine='pc'>", "<type arch='ppc64' machine='pseries'>"]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts an nvram device on ppc64', code: addDevices(PPC64, "<nvram><address type='spapr-vio' reg='0x3000'/></nvram>") },
    { name: 'accepts an x86_64 guest with other devices of no typed kind', code: addDevices(SEED, "<memballoon model='none'/>") },
  ],
  invalid: [
    {
      name: 'errs on an nvram device on x86_64, at the element',
      code: addDevices(SEED, "<nvram><address type='spapr-vio' reg='0x3000'/></nvram>"),
      errors: [{ severity: 'error', near: '<|nvram>', message: /x86_64/ }],
    },
  ],
});
