import { numaCellCount } from '../src/model/memory.js';
import { parseIdSet } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';
import type { HugePage } from '../src/model/index.js';

export default defineRule({
  meta: {
    id: 'hugepages-nodes',
    description: '<hugepages><page nodeset> naming NUMA cells that do not exist, or several <page> without nodeset',
    defaultSeverity: 'error',
    libvirtMessages: ['hugepages: node %zd not found', 'two master hugepages detected: %llu and %llu'],
  },
  check(domain, context) {
    const pages = domain.memoryBacking?.hugepages?.pages ?? [];
    if (pages.length === 0) return;
    const cells = numaCellCount(domain);
    let master: HugePage | undefined;
    for (let i = 0, list = pages; i < list.length; i++) {
      const page = list[i]!;
      const nodeset = page.nodeset;
      if (!nodeset) {
        if (master) context.report({ range: page.nameRange, message: `only one <page> may omit nodeset (the default page size); the <page> on line ${master.range.start.line} already does: libvirt refuses this domain. Add nodeset= to one of them` });
        master ??= page;
        continue;
      }
      const nodes = parseIdSet(nodeset.value);
      const missing = nodes?.find((n) => n >= Math.max(cells, 1));
      if (missing === undefined) continue;
      context.report({
        range: nodeset.range,
        message: `hugepages nodeset names guest NUMA node ${missing}, but the guest has ${cells === 0 ? 'no NUMA cells (only node 0 exists)' : `${cells} NUMA cell(s) (0–${cells - 1})`}: libvirt refuses this domain`,
      });
    }
  },
});
