import { numaCellCount } from '../src/model/memory.js';
import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'numatune-memnode-requires-numa',
    description: '<numatune><memnode> without guest NUMA cells, or for a cell that does not exist',
    defaultSeverity: 'error',
    libvirtMessages: ["Element 'memnode' is invalid without any guest NUMA cells", "Argument 'cellid' in memnode element must correspond to existing guest's NUMA cell"],
  },
  check(domain, context) {
    const memnodes = domain.numatune?.memnodes ?? [];
    if (memnodes.length === 0) return;
    const cells = numaCellCount(domain);
    for (let i = 0, list = memnodes; i < list.length; i++) {
      const m = list[i]!;
      if (cells === 0) {
        context.report({ range: m.nameRange, message: `<memnode> pins a guest NUMA cell's memory, but the guest has no NUMA cells: libvirt refuses this domain. Add <cpu><numa> cells or use <numatune><memory> for the whole guest` });
        return;
      }
      const cellid = m.cellid;
      const id = parseDecimal(cellid?.value);
      if (cellid && id !== undefined && id >= cells) {
        context.report({ range: cellid.range, message: `cellid ${id} does not exist; the guest has ${cells} NUMA cell(s) (0–${cells - 1}): libvirt refuses this domain` });
      }
    }
  },
});
