import type { Attr } from '../src/model/located.js';
import { parseIdSet } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';
import { unparsable } from './cputune-pins.js';

export default defineRule({
  meta: {
    id: 'numatune-settings',
    description: "<numatune> settings libvirt refuses: a nodeset that selects no host node, has a range written high to low or an excluded range (^1-2), or names a node id of 16384 or more, static placement without a nodeset, two <memnode> for one cell, a <memnode> not 'restrictive' under a 'restrictive' <memory>, a <memnode> with automatic placement",
    defaultSeverity: 'error',
    libvirtMessages: [
      "Invalid value of 'nodeset': %s",
      "Failed to parse bitmap '%s'",
      "nodeset for NUMA memory tuning must be set if 'placement' is 'static'",
      'Multiple memnode elements with cellid %u',
      "'restrictive' mode is required in memnode element when mode is 'restrictive' in memory element",
      'Per-node binding is not compatible with automatic NUMA placement.',
    ],
  },
  check(domain, context) {
    const nt = domain.numatune;
    if (!nt) return;
    const memory = nt.memory;
    const emptySet = (nodeset: Attr | undefined): void => {
      unparsable(context, nodeset);
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
    // Automatic placement: written on <memory>, or taken from <vcpu placement='auto'> when <memory> names no nodeset.
    const placement = memory?.placement?.value;
    const auto = placement === 'auto' || (placement === undefined && !memory?.nodeset && domain.vcpu?.placement?.value === 'auto');
    const firstMemnode = nt.memnodes[0];
    if (auto && firstMemnode) {
      const how = placement === 'auto' ? "<memory placement='auto'>" : "<vcpu placement='auto'> (which <numatune> follows when <memory> names no nodeset)";
      context.report({ range: firstMemnode.nameRange, message: `with ${how}, numad picks the host nodes, so per-cell <memnode> bindings cannot apply: libvirt refuses this domain. Remove the <memnode> elements or use static placement with a nodeset` });
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
