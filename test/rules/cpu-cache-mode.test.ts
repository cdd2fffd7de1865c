import rule from '../../rules/cpu-cache-mode.js';
import { edit, Q35, ruleTester } from './helpers.js';

const cpu = (xml: string): string => edit(Q35, ['</features>', `</features>\n  ${xml}`]);

ruleTester.run(rule, {
  valid: [{ name: 'accepts an emulated level 3 cache', code: cpu("<cpu><cache level='3' mode='emulate'/></cpu>") }],
  invalid: [
    { name: 'errs on an emulated level 2 cache', code: cpu("<cpu><cache level='2' mode='emulate'/></cpu>"), errors: [{ severity: 'error', near: "level='|2'" }] },
    { name: 'errs on a passed-through cache on a custom CPU', code: cpu("<cpu mode='custom'><cache mode='passthrough'/></cpu>"), errors: [{ severity: 'error', near: "<cache mode='|passthrough'", message: /'custom'/ }] },
  ],
});
