import type { Attr } from '../src/model/located.js';
import { parseIdSet } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'numatune-settings',
    description: "<numatune> settings libvirt refuses: a nodeset that selects no host node, static placement without a nodeset, two <memnode> for one cell, a <memnode> not 'restrictive' under a 'restrictive' <memory>",
    defaultSeverity: 'error',
    libvirtMessages: [
      "Invalid value of 'nodeset': %s",
      "nodeset for NUMA memory tuning must be set if 'placement' is 'static'",
      'Multiple memnode elements with cellid %u',
      "'restrictive' mode is required in memnode element when mode is 'restrictive' in memory element",
    ],
  },
  check(domain, context) {
    const nt = domain.numatune;
    if (!nt) return;
    const memory = nt.memory;
    const emptySet = (nodeset: Attr | undefined): void => {
      if (nodeset && parseIdSet(nodeset.value)?.length === 0) context.report({ range: nodeset.range, message: `nodeset '${nodeset.value}' selects no host NUMA node: libvirt refuses this domain. List at least one node` });
    };
    if (memory) {
      emptySet(memory.nodeset);
      // Without placement=, a nodeset means static; without both, libvirt follows <vcpu placement>.
      const placement = memory.placement?.value;
      const isStatic = placement === 'static' || (placement === undefined && domain.vcpu?.placement?.value !== 'auto');
      if (isStatic && !memory.nodeset) {
        context.report({ range: memory.placement?.range ?? memory.nameRange, message: `static placement of the guest's memory needs the host nodes to use: libvirt refuses this domain. Add nodeset='…' or use placement='auto'` });
      }
    }
    const restrictive = memory?.mode?.value === 'restrictive';
    const seen = new Map<string, number>();
    for (let i = 0, list = nt.memnodes; i < list.length; i++) {
      const m = list[i]!;
      emptySet(m.nodeset);
      const cell = m.cellid?.value;
      if (cell !== undefined) {
        const first = seen.get(cell);
        if (first !== undefined) {
          context.report({ range: m.cellid!.range, message: `guest NUMA cell ${cell} already has a <memnode> on line ${first}: libvirt refuses this domain. Keep one <memnode> per cell` });
          continue;
        }
        seen.set(cell, m.range.start.line);
      }
      if (restrictive && m.mode?.value !== 'restrictive') {
        context.report({ range: m.mode?.range ?? m.nameRange, message: `with <memory mode='restrictive'>, every <memnode> must be 'restrictive' too (this one is '${m.mode?.value ?? 'strict'}'): libvirt refuses this domain` });
      }
    }
  },
});
