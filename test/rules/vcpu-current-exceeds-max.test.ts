import rule from '../../rules/vcpu-current-exceeds-max.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts current below the maximum', code: edit(SEED, ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static' current='2'>4</vcpu>"]) },
  ],
  invalid: [
    {
      name: 'errs on current above the maximum',
      code: edit(SEED, ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static' current='2'>1</vcpu>"]),
      errors: [{ severity: 'error', near: "current='|2'" }],
    },
    {
      name: 'errs on current 0',
      code: edit(SEED, ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static' current='0'>1</vcpu>"]),
      errors: [{ severity: 'error', near: "current='|0'" }],
    },
  ],
});
