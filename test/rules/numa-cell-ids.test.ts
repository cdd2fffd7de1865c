import rule from '../../rules/numa-cell-ids.js';
import { edit, ruleTester, SEED } from './helpers.js';

const cells = (xml: string): string => edit(SEED, ["<clock offset='utc'/>", `<cpu><numa>${xml}</numa></cpu><clock offset='utc'/>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts 0..n-1 in any order', code: edit(cells("<cell id='1' cpus='1' memory='524288' unit='KiB'/><cell id='0' cpus='0' memory='524288' unit='KiB'/>"), ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static'>2</vcpu>"]) },
  ],
  invalid: [
    {
      name: 'errs on a single cell numbered 1',
      code: cells("<cell id='1' cpus='0' memory='1048576' unit='KiB'/>"),
      errors: [{ severity: 'error', near: "id='|1'" }],
    },
    {
      name: 'errs on a repeated id',
      code: cells("<cell id='0' cpus='0' memory='524288' unit='KiB'/><cell id='0' cpus='0' memory='524288' unit='KiB'/>"),
      errors: [{ severity: 'error', near: "<cell id='|0'", nth: 2 }],
    },
  ],
});
