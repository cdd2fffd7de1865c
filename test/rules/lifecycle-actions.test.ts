import rule from '../../rules/lifecycle-actions.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts preserve on crash', code: edit(SEED, ['<on_crash>restart</on_crash>', '<on_crash>preserve</on_crash>']) },
    { name: 'accepts restart on power-off while reboot restarts (also by default)', code: edit(SEED, ['<on_poweroff>destroy</on_poweroff>', '<on_poweroff>restart</on_poweroff>'], ['<on_reboot>restart</on_reboot>', '']) },
    { name: 'accepts destroy on reboot with destroy on power-off', code: edit(SEED, ['<on_reboot>restart</on_reboot>', '<on_reboot>destroy</on_reboot>']) },
  ],
  invalid: [
    {
      name: 'errs on restart on power-off while reboot destroys',
      code: edit(SEED, ['<on_poweroff>destroy</on_poweroff>', '<on_poweroff>restart</on_poweroff>'], ['<on_reboot>restart</on_reboot>', '<on_reboot>destroy</on_reboot>']),
      errors: [{ severity: 'error', near: '<on_poweroff>|restart', message: /line \d+/ }],
    },
    {
      name: 'errs on rename-restart and on preserve for reboot',
      code: edit(SEED, ['<on_crash>restart</on_crash>', '<on_crash>rename-restart</on_crash>'], ['<on_reboot>restart</on_reboot>', '<on_reboot>preserve</on_reboot>']),
      errors: [{ severity: 'error', near: '<on_reboot>|preserve' }, { severity: 'error', near: '<on_crash>|rename-restart' }],
    },
  ],
});
