import rule from '../../rules/max-memory-size.js';
import { edit, ruleTester, SEED } from './helpers.js';

const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a <memory> of 0 when NUMA cells give the size', code: edit(SEED, ["<memory unit='KiB'>1048576</memory>", "<memory unit='KiB'>0</memory><cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu>"]) },
    { name: 'accepts a <memory> of 100 bytes (libvirt rounds it up to 1 KiB)', code: edit(SEED, ["<memory unit='KiB'>1048576</memory>", "<memory unit='b'>100</memory>"]) },
    { name: 'compares sizes across units (2)', code: edit(SEED, [CUR, `<maxMemory slots='4' unit='GiB'>1</maxMemory>${CUR}`]) },
    { name: 'leaves a small maxMemory without slots to max-memory-slots (libvirt stops there)', code: edit(SEED, [CUR, `<maxMemory unit='KiB'>524288</maxMemory>${CUR}`]) },
  ],
  invalid: [
    {
      name: 'errs on maxMemory below memory (1)',
      code: edit(SEED, [CUR, `<maxMemory slots='4' unit='KiB'>524288</maxMemory>${CUR}`]),
      errors: [{ severity: 'error', near: "unit='KiB'>|524288" }],
    },
    {
      name: 'compares sizes across units (1)',
      code: edit(SEED, [CUR, `<maxMemory slots='4' unit='MiB'>512</maxMemory>${CUR}`]),
      errors: [{ severity: 'error', near: "unit='MiB'>|512" }],
    },
    {
      name: 'errs on a <memory> of 0 without NUMA cells',
      code: edit(SEED, ["<memory unit='KiB'>1048576</memory>", "<memory unit='KiB'>0</memory>"]),
      errors: [{ severity: 'error', near: "<memory unit='KiB'>|0<" }],
    },
  ],
});
