import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'numa-cell-distances',
    description: '<cpu><numa> distances libvirt refuses: a value outside 10–255, 10 between different cells, or a cell whose distance to itself is not 10',
    defaultSeverity: 'error',
    // libvirtd 9.0 cuts this message short now and then ("XML error: 'value 300' is invali", 5 of 12
    // runs of one document, define and domxml-to-native alike): the last entry is that cut.
    libvirtMessages: ["'value %d' is invalid for 'sibling id %d' under NUMA 'cell id %d'", "'value %d' is invalid", "'value %d' is invali"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.numaDistances; i < list.length; i++) {
      const d = list[i]!;
      const value = d.value && /^[0-9]+$/.test(d.value.value) ? Number(d.value.value) : undefined;
      if (value === undefined || !d.cell || !d.sibling) continue;
      const self = d.cell.value === d.sibling.value;
      const why =
        value < 10 || value > 255
          ? 'distances go from 10 to 255'
          : self && value !== 10
            ? 'the distance of a cell to itself is 10 (local)'
            : !self && value === 10
              ? '10 is the local distance, for a cell to itself only'
              : undefined;
      if (!why) continue;
      context.report({ range: d.value!.range, message: `distance ${value} from NUMA cell ${d.cell.value} to cell ${d.sibling.value}: ${why}: libvirt refuses this domain` });
    }
  },
});
