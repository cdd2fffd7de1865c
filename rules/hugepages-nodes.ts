import { numaCellCount } from '../src/model/memory.js';
import { parseIdSet } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';
import type { HugePage } from '../src/model/index.js';
import { excluded, reversed } from './cputune-pins.js';

export default defineRule({
  meta: {
    id: 'hugepages-nodes',
    description: '<hugepages><page nodeset> naming NUMA cells that do not exist or a node another <page> names, selecting no node, or with a range written high to low or an excluded range (^1-2); several <page> without nodeset',
    defaultSeverity: 'error',
    libvirtMessages: ['hugepages: node %zd not found', 'two master hugepages detected: %llu and %llu', 'nodeset attribute of hugepages of sizes %llu and %llu intersect', "Invalid value of 'nodeset': %s", "Failed to parse bitmap '%s'"],
  },
  check(domain, context) {
    const pages = domain.memoryBacking?.hugepages?.pages ?? [];
    if (pages.length === 0) return;
    const cells = numaCellCount(domain);
    let master: HugePage | undefined;
    let earlier: { page: HugePage; nodes: readonly number[] }[] | undefined;
    for (let i = 0, list = pages; i < list.length; i++) {
      const page = list[i]!;
      const nodeset = page.nodeset;
      if (!nodeset) {
        if (master) context.report({ range: page.nameRange, message: `only one <page> may omit nodeset (the default page size); the <page> on line ${master.range.start.line} already does: libvirt refuses this domain. Add nodeset= to one of them` });
        master ??= page;
        continue;
      }
      reversed(context, nodeset);
      if (excluded(context, nodeset)) continue;
      const nodes = parseIdSet(nodeset.value);
      if (nodes?.length === 0) {
        context.report({ range: nodeset.range, message: `nodeset '${nodeset.value}' selects no guest NUMA node: libvirt refuses this domain. List at least one node, or drop nodeset for the default page size` });
        continue;
      }
      if (nodes) {
        const clash = earlier?.find((e) => e.nodes.some((n) => nodes.includes(n)));
        if (clash) {
          const node = clash.nodes.find((n) => nodes.includes(n))!;
          context.report({ range: nodeset.range, message: `guest NUMA node ${node} already has its page size from the <page> on line ${clash.page.range.start.line}; each node takes one: libvirt refuses this domain. Give the two <page> elements disjoint nodesets` });
        }
        (earlier ??= []).push({ page, nodes });
      }
      const missing = nodes?.find((n) => n >= Math.max(cells, 1));
      if (missing === undefined) continue;
      context.report({
        range: nodeset.range,
        message: `hugepages nodeset names guest NUMA node ${missing}, but the guest has ${cells === 0 ? 'no NUMA cells (only node 0 exists)' : `${cells} NUMA cell(s) (0–${cells - 1})`}: libvirt refuses this domain`,
      });
    }
  },
});
