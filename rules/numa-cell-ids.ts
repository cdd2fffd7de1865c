import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'numa-cell-ids',
    description: '<numa><cell id> values that are not exactly 0, 1, … n-1 (each once)',
    defaultSeverity: 'error',
    libvirtMessages: ["Duplicate NUMA cell info for cell id '%s'", "Exactly one 'cell' element per guest NUMA cell allowed, non-contiguous ranges or ranges not starting from 0 are not allowed"],
  },
  check(domain, context) {
    const cells = domain.cpu?.numaCells ?? [];
    const seen = new Set<number>();
    for (let i = 0, list = cells; i < list.length; i++) {
      const cell = list[i]!;
      const id = parseDecimal(cell.id?.value);
      if (!cell.id || id === undefined) continue;
      const dup = seen.has(id);
      seen.add(id);
      if (!dup && id < cells.length) continue;
      context.report({
        range: cell.id.range,
        message: dup
          ? `NUMA cell id ${id} is used twice: libvirt refuses this domain. Number the cells 0 to ${cells.length - 1}`
          : `NUMA cell id ${id} is out of order: with ${cells.length} cell(s) the ids must be 0 to ${cells.length - 1}, each once: libvirt refuses this domain`,
      });
    }
  },
});
