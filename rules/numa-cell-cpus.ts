import { parseDecimal, parseIdSet } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';
import { excluded, reversed } from './cputune-pins.js';

export default defineRule({
  meta: {
    id: 'numa-cell-cpus',
    description: 'guest NUMA cells that share vCPUs, name vCPUs beyond the <vcpu> count, or write a cpus range high to low or exclude a range (^1-2)',
    defaultSeverity: 'error',
    libvirtMessages: ['NUMA cells %u and %zu have overlapping vCPU ids', 'Number of CPUs in <numa> exceeds the <vcpu> count', "Failed to parse bitmap '%s'"],
  },
  check(domain, context) {
    const cells = domain.cpu?.numaCells ?? [];
    if (cells.length === 0) return;
    // Without <vcpu> the guest has libvirt's default of one vCPU.
    const vcpus = domain.vcpu ? parseDecimal(domain.vcpu.max?.value) : 1;
    const owner = new Map<number, string>();
    for (const cell of cells) {
      const cpus = cell.cpus;
      reversed(context, cpus);
      if (excluded(context, cpus)) continue;
      const ids = cpus ? parseIdSet(cpus.value) : undefined;
      if (!cpus || !ids) continue;
      const self = cell.id?.value ?? '?';
      const shared = ids.find((i) => owner.has(i));
      if (shared !== undefined) {
        context.report({ range: cpus.range, message: `vCPU ${shared} is already in NUMA cell ${owner.get(shared)}; a vCPU belongs to one cell: libvirt refuses this domain` });
      }
      const beyond = vcpus === undefined ? undefined : ids.find((i) => i >= vcpus);
      if (beyond !== undefined) {
        context.report({ range: cpus.range, message: `NUMA cell ${self} names vCPU ${beyond}, but the guest has ${vcpus} vCPU(s) (0–${vcpus! - 1}): libvirt refuses this domain. Raise <vcpu> or fix cpus=` });
      }
      for (const i of ids) if (!owner.has(i)) owner.set(i, self);
    }
  },
});
