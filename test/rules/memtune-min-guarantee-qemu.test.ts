import rule from '../../rules/memtune-min-guarantee-qemu.js';
import { edit, ruleTester, SEED } from './helpers.js';

const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts memtune without min_guarantee", code: edit(SEED, [CUR, `${CUR}<memtune><hard_limit unit='GiB'>2</hard_limit></memtune>`]) },
    { name: 'compares sizes across units (2)', code: edit(SEED, [CUR, `<maxMemory slots='4' unit='GiB'>1</maxMemory>${CUR}`]) },
  ],
  invalid: [
    {
      name: 'errs on min_guarantee (currentMemory above memory: current-memory-size)',
      code: edit(SEED, [CUR, "<currentMemory unit='GiB'>2</currentMemory><memtune><min_guarantee>1000</min_guarantee></memtune>"]),
      errors: [{ severity: 'error', near: '<|min_guarantee>' }],
    },
  ],
});
