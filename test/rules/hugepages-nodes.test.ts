import rule from '../../rules/hugepages-nodes.js';
import { edit, ruleTester, SEED } from './helpers.js';

const VCPU = "<vcpu placement='static'>1</vcpu>";
const hp = (pages: string): string => `${VCPU}<memoryBacking><hugepages>${pages}</hugepages></memoryBacking>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts node 0 without NUMA cells and nodes that exist (1)', code: edit(SEED, [VCPU, hp("<page size='2048' nodeset='0'/>")]) },
    { name: 'accepts node 0 without NUMA cells and nodes that exist (2)', code: edit(SEED, [VCPU, hp("<page size='2048' nodeset='0-1'/>")], ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='524288' unit='KiB'/><cell id='1' cpus='1' memory='524288' unit='KiB'/></numa></cpu><clock offset='utc'/>"], ["<vcpu placement='static'>1</vcpu><memoryBacking>", "<vcpu placement='static'>2</vcpu><memoryBacking>"]) },
    { name: 'accepts pages of two sizes on disjoint nodes, and a default page beside a node page', code: edit(SEED, [VCPU, hp("<page size='2048'/><page size='2048' nodeset='0'/><page size='1048576' nodeset='1'/>")], ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='524288' unit='KiB'/><cell id='1' cpus='1' memory='524288' unit='KiB'/></numa></cpu><clock offset='utc'/>"], ["<vcpu placement='static'>1</vcpu><memoryBacking>", "<vcpu placement='static'>2</vcpu><memoryBacking>"]) },
  ],
  invalid: [
    {
      name: 'errs on a page nodeset excluding a range (^0-1), not as one that selects no node',
      code: edit(SEED, [VCPU, hp("<page size='2048' nodeset='0-1,^0-1'/>")]),
      errors: [{ severity: 'error', near: "nodeset='|0-1,^0-1'", message: /'\^0-1' excludes a range/ }],
    },
    {
      name: 'errs on a page nodeset written high to low, and on one that selects no node',
      code: edit(SEED, [VCPU, hp("<page size='2048' nodeset='1-0'/><page size='1048576' nodeset='0,^0'/>")]),
      errors: [
        { severity: 'error', near: "nodeset='|1-0'", message: /'1-0' is a range written high to low/ },
        { severity: 'error', near: "nodeset='|0,^0'", message: /selects no guest NUMA node/ },
      ],
    },
    {
      name: 'errs on two pages naming one node, of two sizes and of one size, at the later nodeset',
      code: edit(SEED, [VCPU, hp("<page size='2048' nodeset='0-1'/><page size='1048576' nodeset='1'/><page size='2048' nodeset='0'/>")], ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='524288' unit='KiB'/><cell id='1' cpus='1' memory='524288' unit='KiB'/></numa></cpu><clock offset='utc'/>"], ["<vcpu placement='static'>1</vcpu><memoryBacking>", "<vcpu placement='static'>2</vcpu><memoryBacking>"]),
      errors: [
        { severity: 'error', near: "<page size='1048576' nodeset='|1'", message: /node 1 already has its page size from the <page> on line/ },
        { severity: 'error', near: "<page size='2048' nodeset='|0'/>", message: /node 0 already has/ },
      ],
    },
    {
      name: 'errs on a nodeset naming a missing NUMA node',
      code: edit(SEED, [VCPU, hp("<page size='2048' nodeset='1'/>")]),
      errors: [{ severity: 'error', near: "nodeset='|1'" }],
    },
    {
      name: 'errs on two pages without nodeset',
      code: edit(SEED, [VCPU, hp("<page size='2048'/><page size='1048576'/>")]),
      errors: [{ severity: 'error', near: "<|page size='1048576'" }],
    },
  ],
});
