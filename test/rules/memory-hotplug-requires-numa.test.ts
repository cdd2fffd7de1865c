import rule from '../../rules/memory-hotplug-requires-numa.js';
import { edit, ruleTester, SEED } from './helpers.js';

const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";
const MAX = "<maxMemory slots='4' unit='KiB'>4194304</maxMemory>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts maxMemory with a NUMA cell', code: edit(SEED, [CUR, MAX + CUR], ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu><clock offset='utc'/>"]) },
  ],
  invalid: [
    {
      name: 'errs on maxMemory without NUMA cells',
      code: edit(SEED, [CUR, MAX + CUR]),
      errors: [{ severity: 'error', near: '<|maxMemory' }],
    },
  ],
});
