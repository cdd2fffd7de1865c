import rule from '../../rules/lifecycle-actions.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts preserve on crash', code: edit(SEED, ['<on_crash>restart</on_crash>', '<on_crash>preserve</on_crash>']) },
  ],
  invalid: [
    {
      name: 'errs on rename-restart and on preserve for reboot',
      code: edit(SEED, ['<on_crash>restart</on_crash>', '<on_crash>rename-restart</on_crash>'], ['<on_reboot>restart</on_reboot>', '<on_reboot>preserve</on_reboot>']),
      errors: [{ severity: 'error', near: '<on_reboot>|preserve' }, { severity: 'error', near: '<on_crash>|rename-restart' }],
    },
  ],
});
