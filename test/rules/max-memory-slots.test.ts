import rule from '../../rules/max-memory-slots.js';
import { edit, ruleTester, SEED } from './helpers.js';

const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts maxMemory with slots", code: edit(SEED, [CUR, `<maxMemory slots='16' unit='GiB'>2</maxMemory>${CUR}`]) },
    { name: 'compares sizes across units (2)', code: edit(SEED, [CUR, `<maxMemory slots='4' unit='GiB'>1</maxMemory>${CUR}`]) },
  ],
  invalid: [
    {
      name: 'errs on maxMemory without slots (2)',
      code: edit(SEED, [CUR, `<maxMemory unit='KiB'>4194304</maxMemory>${CUR}`]),
      errors: [{ severity: 'error', near: '<|maxMemory' }],
    },
  ],
});
