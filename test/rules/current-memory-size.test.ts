import rule from '../../rules/current-memory-size.js';
import { edit, ruleTester, SEED } from './helpers.js';

const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";

ruleTester.run(rule, {
  valid: [
    { name: 'compares sizes across units (2)', code: edit(SEED, [CUR, `<maxMemory slots='4' unit='GiB'>1</maxMemory>${CUR}`]) },
  ],
  invalid: [
    {
      name: 'warns on currentMemory above memory (min_guarantee: memtune-min-guarantee-qemu)',
      code: edit(SEED, [CUR, "<currentMemory unit='GiB'>2</currentMemory><memtune><min_guarantee>1000</min_guarantee></memtune>"]),
      errors: [{ severity: 'warning', near: "unit='GiB'>|2" }],
    },
    {
      name: 'warns on currentMemory above memory, alone',
      code: edit(SEED, [CUR, "<currentMemory unit='GiB'>2</currentMemory>"]),
      errors: [{ severity: 'warning', near: "unit='GiB'>|2" }],
    },
  ],
});
