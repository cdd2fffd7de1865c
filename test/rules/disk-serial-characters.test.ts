import rule from '../../rules/disk-serial-characters.js';
import { edit, ruleTester, SEED } from './helpers.js';

const T = "<target dev='vda' bus='virtio'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts letters, digits, space and _ . + -', code: edit(SEED, [T, `${T}<serial>WD-WX1 2_3.4+5</serial>`]) },
  ],
  invalid: [
    {
      name: 'errs on a slash in a serial',
      code: edit(SEED, [T, `${T}<serial>ab/cd</serial>`]),
      errors: [{ severity: 'error', near: '<serial>|ab/cd' }],
    },
  ],
});
