import rule from '../../rules/numatune-memnode-requires-numa.js';
import { edit, ruleTester, SEED } from './helpers.js';

const VCPU = "<vcpu placement='static'>1</vcpu>";
const TUNE = "<numatune><memnode cellid='0' mode='strict' nodeset='0'/></numatune>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a memnode for an existing cell', code: edit(SEED, [VCPU, VCPU + TUNE], ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu><clock offset='utc'/>"]) },
  ],
  invalid: [
    {
      name: 'errs on a memnode without NUMA cells',
      code: edit(SEED, [VCPU, VCPU + TUNE]),
      errors: [{ severity: 'error', near: '<|memnode' }],
    },
  ],
});
