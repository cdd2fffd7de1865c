import rule from '../../rules/memory-size-rules.js';
import { edit, ruleTester, SEED } from './helpers.js';

const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";

ruleTester.run(rule, {
  valid: [
    { name: 'compares sizes across units (2)', code: edit(SEED, [CUR, `<maxMemory slots='4' unit='GiB'>1</maxMemory>${CUR}`]) },
  ],
  invalid: [
    {
      name: 'errs on maxMemory below memory, and on maxMemory without slots (1)',
      code: edit(SEED, [CUR, `<maxMemory slots='4' unit='KiB'>524288</maxMemory>${CUR}`]),
      errors: [{ severity: 'error', near: "unit='KiB'>|524288" }],
    },
    {
      name: 'errs on maxMemory below memory, and on maxMemory without slots (2)',
      code: edit(SEED, [CUR, `<maxMemory unit='KiB'>4194304</maxMemory>${CUR}`]),
      errors: [{ severity: 'error', near: '<|maxMemory' }],
    },
    {
      name: 'compares sizes across units (1)',
      code: edit(SEED, [CUR, `<maxMemory slots='4' unit='MiB'>512</maxMemory>${CUR}`]),
      errors: [{ severity: 'error', near: "unit='MiB'>|512" }],
    },
    {
      name: 'warns on currentMemory above memory and errs on min_guarantee',
      code: edit(SEED, [CUR, "<currentMemory unit='GiB'>2</currentMemory><memtune><min_guarantee>1000</min_guarantee></memtune>"]),
      errors: [{ severity: 'warning', near: "unit='GiB'>|2" }, { severity: 'error', near: '<|min_guarantee>' }],
    },
  ],
});
