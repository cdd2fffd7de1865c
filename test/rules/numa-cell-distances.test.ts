import rule from '../../rules/numa-cell-distances.js';
import { edit, Q35, ruleTester } from './helpers.js';

/** The q35 base with two NUMA cells and the given distances (cell 0 → 0, 0 → 1, 1 → 0, 1 → 1). */
const numa = (d00: number, d01: number, d10 = 21, d11 = 10): string =>
  edit(Q35, [
    '</features>',
    `</features>
  <cpu><numa>
    <cell id='0' cpus='0' memory='32768' unit='KiB'><distances><sibling id='0' value='${d00}'/><sibling id='1' value='${d01}'/></distances></cell>
    <cell id='1' cpus='1' memory='32768' unit='KiB'><distances><sibling id='0' value='${d10}'/><sibling id='1' value='${d11}'/></distances></cell>
  </numa></cpu>`,
  ]);

ruleTester.run(rule, {
  valid: [{ name: 'accepts 10 to itself and 21 between cells', code: numa(10, 21) }],
  invalid: [
    { name: 'errs on a distance to itself other than 10', code: numa(20, 21), errors: [{ severity: 'error', near: "<sibling id='0' value='|20'", message: /to itself is 10/ }] },
    { name: 'errs on a distance above 255', code: numa(10, 300), errors: [{ severity: 'error', near: "value='|300'" }] },
    { name: 'errs on 10 between different cells', code: numa(10, 10), errors: [{ severity: 'error', near: "<sibling id='1' value='|10'", message: /local distance/ }] },
  ],
});
