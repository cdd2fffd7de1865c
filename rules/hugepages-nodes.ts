import { numaCellCount } from '../src/model/memory.js';
import { defineRule } from '../src/rule.js';
import { attr, child, childrenNamed } from '../src/xml/tree.js';
import type { XmlElement } from '../src/xml/tree.js';

/** Expands a libvirt node set ("0-2,^1,4") into numbers; undefined when it does not parse. */
function parseNodeset(text: string): number[] | undefined {
  const add = new Set<number>();
  const remove = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^\s*(\^)?([0-9]+)(?:-([0-9]+))?\s*$/.exec(part);
    if (!m) return undefined;
    const from = Number(m[2]);
    const to = m[3] === undefined ? from : Number(m[3]);
    if (to < from || to - from > 4096) return undefined;
    for (let i = from; i <= to; i++) (m[1] ? remove : add).add(i);
  }
  return [...add].filter((n) => !remove.has(n));
}

export default defineRule({
  meta: {
    id: 'hugepages-nodes',
    description: '<hugepages><page nodeset> naming NUMA cells that do not exist, or several <page> without nodeset',
    defaultSeverity: 'error',
    libvirtMessages: ['hugepages: node %zd not found', 'two master hugepages detected: %llu and %llu'],
  },
  check(domain, context) {
    const pages = childrenNamed(child(domain.memoryBacking?.element, 'hugepages'), 'page');
    if (pages.length === 0) return;
    const cells = numaCellCount(domain);
    let master: XmlElement | undefined;
    for (const page of pages) {
      const nodeset = attr(page, 'nodeset');
      if (!nodeset) {
        if (master) context.report({ range: page.nameRange, message: `only one <page> may omit nodeset (the default page size); the <page> on line ${master.range.start.line} already does: libvirt refuses this domain. Add nodeset= to one of them` });
        master ??= page;
        continue;
      }
      const nodes = parseNodeset(nodeset.value);
      const missing = nodes?.find((n) => n >= Math.max(cells, 1));
      if (missing === undefined) continue;
      context.report({
        range: nodeset.valueRange,
        message: `hugepages nodeset names guest NUMA node ${missing}, but the guest has ${cells === 0 ? 'no NUMA cells (only node 0 exists)' : `${cells} NUMA cell(s) (0–${cells - 1})`}: libvirt refuses this domain`,
      });
    }
  },
});
