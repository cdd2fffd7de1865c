import rule from '../../rules/watchdog-single.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts one watchdog', code: addDevices(SEED, "<watchdog model='i6300esb' action='reset'/>") },
  ],
  invalid: [
    {
      name: 'errs on a second watchdog',
      code: addDevices(SEED, "<watchdog model='i6300esb' action='reset'/><watchdog model='ib700' action='reset'/>"),
      errors: [{ severity: 'error', near: "<|watchdog model='ib700'" }],
    },
  ],
});
