import rule from '../../rules/numatune-settings.js';
import { edit, Q35, ruleTester } from './helpers.js';

/** The q35 base (2 vCPUs) with two guest NUMA cells and `numatune` inside <numatune>. */
const numatune = (inner: string, vcpu = '<vcpu>2</vcpu>'): string =>
  edit(Q35, ['<vcpu>2</vcpu>', `${vcpu}<numatune>${inner}</numatune>`], ['</os>', "</os><cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/><cell id='1' cpus='1' memory='1048576' unit='KiB'/></numa></cpu>"]);

ruleTester.run(rule, {
  valid: [
    { name: "accepts a <memnode> with <vcpu placement='auto'> when <memory> names a nodeset (static)", code: numatune("<memory mode='strict' nodeset='0'/><memnode cellid='0' mode='strict' nodeset='0'/>", "<vcpu placement='auto'>2</vcpu>") },
    // Excluded: a nodeset selecting host node 16383 parses, but domxml-to-native then asks this host for the node.
    { name: 'accepts node id 16383, the last libvirt parses (excluded, one id after ^)', code: numatune("<memory mode='strict' nodeset='0,^16383'/>") },
    { name: 'accepts a nodeset, automatic placement, and one memnode per cell (1)', code: numatune("<memory mode='strict' nodeset='0'/><memnode cellid='0' mode='strict' nodeset='0'/><memnode cellid='1' mode='preferred' nodeset='0'/>") },
    { name: 'accepts a nodeset, automatic placement, and one memnode per cell (2)', code: numatune("<memory mode='strict' placement='auto'/>") },
    { name: 'accepts a nodeset, automatic placement, and one memnode per cell (3)', code: numatune("<memory mode='restrictive' nodeset='0'/><memnode cellid='0' mode='restrictive' nodeset='0'/>") },
  ],
  invalid: [
    {
      name: 'errs on a nodeset excluding a range (^1-1)',
      code: numatune("<memory mode='strict' nodeset='0-1,^1-1'/>"),
      errors: [{ severity: 'error', near: "nodeset='|0-1,^1-1'", message: /'\^1-1' excludes a range/ }],
    },
    {
      name: 'errs on nodesets naming node 16384 or more, on <memory> and on a <memnode>',
      code: numatune("<memory mode='strict' nodeset='0,16384'/><memnode cellid='0' mode='strict' nodeset='0-16400'/>"),
      errors: [
        { severity: 'error', near: "<memory mode='strict' nodeset='|0,16384'", message: /'16384' names an id of 16384 or more/ },
        { severity: 'error', near: "nodeset='|0-16400'", message: /'0-16400' names an id of 16384 or more/ },
      ],
    },
    {
      name: 'errs on nodesets with a range written high to low, on <memory> and on a <memnode>',
      code: numatune("<memory mode='strict' nodeset='1-0'/><memnode cellid='0' mode='strict' nodeset='0,3-2'/>"),
      errors: [
        { severity: 'error', near: "<memory mode='strict' nodeset='|1-0'", message: /'1-0' is a range written high to low/ },
        { severity: 'error', near: "nodeset='|0,3-2'", message: /'3-2' is a range written high to low/ },
      ],
    },
    {
      name: "errs on a <memnode> with placement='auto', written or from <vcpu placement='auto'>, at the first <memnode>",
      code: numatune("<memory mode='strict' placement='auto'/><memnode cellid='0' mode='strict' nodeset='0'/><memnode cellid='1' mode='strict' nodeset='0'/>"),
      errors: [{ severity: 'error', near: "<|memnode cellid='0'", message: /with <memory placement='auto'>, numad picks/ }],
    },
    {
      name: "errs on a <memnode> without <memory> under <vcpu placement='auto'>",
      code: numatune("<memnode cellid='0' mode='strict' nodeset='0'/>", "<vcpu placement='auto'>2</vcpu>"),
      errors: [{ severity: 'error', near: "<|memnode cellid='0'", message: /with <vcpu placement='auto'>/ }],
    },
    {
      name: 'errs on a nodeset that selects no host node',
      code: numatune("<memory mode='strict' nodeset='0,^0'/>"),
      errors: [{ severity: 'error', near: "nodeset='|0,^0'" }],
    },
    {
      name: 'errs on static placement without a nodeset (written, or by default)',
      code: numatune("<memory mode='strict'/>"),
      errors: [{ severity: 'error', near: "<|memory mode='strict'/>" }],
    },
    {
      name: 'errs on a second memnode for one cell',
      code: numatune("<memnode cellid='1' mode='strict' nodeset='0'/><memnode cellid='1' mode='preferred' nodeset='0'/>"),
      errors: [{ severity: 'error', near: "<memnode cellid='|1' mode='preferred'", message: /line \d+/ }],
    },
    {
      name: "errs on a memnode that is not 'restrictive' under a 'restrictive' <memory>",
      code: numatune("<memory mode='restrictive' nodeset='0'/><memnode cellid='0' nodeset='0'/>"),
      errors: [{ severity: 'error', near: "<|memnode cellid='0'" }],
    },
  ],
});
