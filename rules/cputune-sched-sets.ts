import { definedIothreadIds } from '../src/model/iothreads.js';
import { parseIdSet } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'cputune-sched-sets',
    description: '<cputune> scheduler sets libvirt refuses: <vcpusched> sets that overlap, <iothreadsched> naming an IOThread the domain does not have',
    defaultSeverity: 'error',
    libvirtMessages: ["'vcpusched' attributes 'vcpus' must not overlap", "Cannot find 'iothread' : %s"],
  },
  check(domain, context) {
    const owner = new Map<number, number>();
    for (const s of domain.vcpuScheds) {
      const ids = s.ids ? parseIdSet(s.ids.value) : undefined;
      if (!ids) continue;
      const clash = ids.find((id) => owner.has(id));
      if (clash !== undefined) {
        context.report({ range: s.ids!.range, message: `vCPU ${clash} already has a scheduler from the <vcpusched> on line ${owner.get(clash)}: libvirt refuses overlapping vcpus sets. Give each vCPU one <vcpusched>` });
        continue;
      }
      for (const id of ids) owner.set(id, s.range.start.line);
    }
    const iothreads = definedIothreadIds(domain);
    for (const s of domain.iothreadScheds) {
      const ids = s.ids ? parseIdSet(s.ids.value) : undefined;
      const missing = ids?.find((id) => !iothreads.has(id));
      if (missing === undefined) continue;
      context.report({
        range: s.ids!.range,
        message: `IOThread ${missing} does not exist (the domain defines ${iothreads.size === 0 ? 'no IOThreads' : `IOThreads ${[...iothreads].sort((a, b) => a - b).join(', ')}`}): libvirt refuses this domain. Name existing IOThreads or add them with <iothreads>/<iothreadids>`,
      });
    }
  },
});
