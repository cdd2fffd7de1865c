import rule from '../../rules/panic-model-arch.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts isa and hyperv on x86', code: addDevices(SEED, "<panic model='isa'/><panic model='hyperv'/>") },
  ],
  invalid: [
    {
      name: 'errs on s390 and pseries panic devices in an x86 guest',
      code: addDevices(SEED, "<panic model='s390'/><panic model='pseries'/>"),
      errors: [{ severity: 'error', near: "model='|s390'" }, { severity: 'error', near: "model='|pseries'" }],
    },
  ],
});
