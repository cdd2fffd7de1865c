import rule from '../../rules/numa-cell-cpus.js';
import { edit, ruleTester, SEED } from './helpers.js';

const cells = (xml: string, vcpus = 2): string =>
  edit(SEED, ["<clock offset='utc'/>", `<cpu><numa>${xml}</numa></cpu><clock offset='utc'/>`], ["<vcpu placement='static'>1</vcpu>", `<vcpu placement='static'>${vcpus}</vcpu>`]);

ruleTester.run(rule, {
  valid: [
    { name: "accepts a cell's cpus excluding a single id", code: cells("<cell id='0' cpus='0-2,^1' memory='524288' unit='KiB'/><cell id='1' cpus='3' memory='524288' unit='KiB'/>", 4) },
    { name: 'accepts vCPU 0 when <vcpu> is absent', code: edit(cells("<cell id='0' cpus='0' memory='1048576' unit='KiB'/>"), ["<vcpu placement='static'>2</vcpu>", '']) },
    { name: 'accepts disjoint cells within the count', code: cells("<cell id='0' cpus='0' memory='524288' unit='KiB'/><cell id='1' cpus='1' memory='524288' unit='KiB'/>") },
  ],
  invalid: [
    {
      name: "errs on a cell's cpus excluding a range (^1-2)",
      code: cells("<cell id='0' cpus='0-2,^1-2' memory='524288' unit='KiB'/><cell id='1' cpus='3' memory='524288' unit='KiB'/>", 4),
      errors: [{ severity: 'error', near: "cpus='|0-2,^1-2'", message: /'\^1-2' excludes a range/ }],
    },
    {
      name: "errs on a cell's cpus written high to low",
      code: cells("<cell id='0' cpus='1-0' memory='1048576' unit='KiB'/>"),
      errors: [{ severity: 'error', near: "cpus='|1-0'", message: /'1-0' is a range written high to low/ }],
    },
    {
      name: 'errs on two cells sharing vCPU 0',
      code: cells("<cell id='0' cpus='0' memory='524288' unit='KiB'/><cell id='1' cpus='0-1' memory='524288' unit='KiB'/>"),
      errors: [{ severity: 'error', near: "cpus='|0-1'" }],
    },
    {
      name: 'errs on vCPUs beyond the <vcpu> count',
      code: cells("<cell id='0' cpus='0-3' memory='1048576' unit='KiB'/>"),
      errors: [{ severity: 'error', near: "cpus='|0-3'" }],
    },
    {
      name: 'errs on vCPU 1 when <vcpu> is absent (libvirt counts one vCPU)',
      code: edit(cells("<cell id='0' cpus='0-1' memory='1048576' unit='KiB'/>"), ["<vcpu placement='static'>2</vcpu>", '']),
      errors: [{ severity: 'error', near: "cpus='|0-1'", message: /1 vCPU/ }],
    },
  ],
});
