import rule from '../../rules/max-memory-size.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const DIMM = (kib: string): string => `<memory model='dimm'><target><size unit='KiB'>${kib}</size><node>0</node></target></memory>`;

const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";

ruleTester.run(rule, {
  valid: [
    {
      name: 'compares maxMemory with the NUMA cells, not <memory>, when cells are written (libvirt takes their sum)',
      code: edit(SEED, [CUR, `<maxMemory slots='4' unit='KiB'>2097152</maxMemory>${CUR}`], ["<memory unit='KiB'>1048576</memory>", "<memory unit='KiB'>4194304</memory><cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu>"]),
    },
    {
      name: 'accepts memory devices that fit under maxMemory beside the cells',
      code: addDevices(edit(SEED, [CUR, `<maxMemory slots='4' unit='KiB'>2097152</maxMemory>${CUR}`], ["<memory unit='KiB'>1048576</memory>", "<memory unit='KiB'>1048576</memory><cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu>"]), DIMM('1048576')),
    },
    { name: 'accepts a <memory> of 0 when NUMA cells give the size', code: edit(SEED, ["<memory unit='KiB'>1048576</memory>", "<memory unit='KiB'>0</memory><cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu>"]) },
    { name: 'accepts a <memory> of 100 bytes (libvirt rounds it up to 1 KiB)', code: edit(SEED, ["<memory unit='KiB'>1048576</memory>", "<memory unit='b'>100</memory>"]) },
    { name: 'compares sizes across units (2)', code: edit(SEED, [CUR, `<maxMemory slots='4' unit='GiB'>1</maxMemory>${CUR}`]) },
    { name: 'leaves a small maxMemory without slots to max-memory-slots (libvirt stops there)', code: edit(SEED, [CUR, `<maxMemory unit='KiB'>524288</maxMemory>${CUR}`]) },
  ],
  invalid: [
    {
      name: 'errs on memory devices that take the cells past maxMemory, at the maxMemory value',
      code: addDevices(edit(SEED, [CUR, `<maxMemory slots='4' unit='KiB'>2097152</maxMemory>${CUR}`], ["<memory unit='KiB'>1048576</memory>", "<memory unit='KiB'>1048576</memory><cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu>"]), DIMM('524288') + DIMM('524288') + DIMM('1024')),
      errors: [{ severity: 'error', near: "unit='KiB'>|2097152</maxMemory>", message: /smaller than the guest's memory: 2098176 KiB, the NUMA cells' 1048576 KiB and the memory devices' 1049600 KiB/ }],
    },
    {
      name: 'errs on NUMA cells larger than maxMemory, whatever <memory> says',
      code: edit(SEED, [CUR, `<maxMemory slots='4' unit='KiB'>2097152</maxMemory>${CUR}`], ["<memory unit='KiB'>1048576</memory>", "<memory unit='KiB'>1048576</memory><cpu><numa><cell id='0' cpus='0' memory='4194304' unit='KiB'/></numa></cpu>"]),
      errors: [{ near: "unit='KiB'>|2097152</maxMemory>", message: /the NUMA cells' 4194304 KiB/ }],
    },
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
