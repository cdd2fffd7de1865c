import { definedIothreadIds } from '../src/model/iothreads.js';
import { parseDecimal, parseIdSet } from '../src/model/numbers.js';

/** The cgroup ranges libvirt 9.0 checks (0 means unset; a negative quota means unlimited). */
const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  shares: [2, 262144],
  period: [1000, 1000000],
  global_period: [1000, 1000000],
  emulator_period: [1000, 1000000],
  iothread_period: [1000, 1000000],
  quota: [1000, 17592186044415],
  global_quota: [1000, 17592186044415],
  emulator_quota: [1000, 17592186044415],
  iothread_quota: [1000, 17592186044415],
};
import type { Attr } from '../src/model/located.js';
import { defineRule, type RuleContext } from '../src/rule.js';
import { excluded, reversed } from './cputune-pins.js';

export default defineRule({
  meta: {
    id: 'cputune-values',
    description: '<cputune> values libvirt refuses: shares, periods and quotas outside the cgroup ranges, <vcpusched> sets that overlap, name vCPUs the domain lacks, select none or have a range written high to low or an excluded range (^1-2), <iothreadsched> sets naming an IOThread the domain does not have, selecting none or excluding a range',
    defaultSeverity: 'error',
    libvirtMessages: ["'vcpusched' attributes 'vcpus' must not overlap", "vCPU '%zu' is not present in domain definition", "Cannot find 'iothread' : %s", "Value of cputune '%s' must be in range [%llu, %llu]", "'%s' scheduler bitmap '%s' is empty", "Failed to parse bitmap '%s'"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.cputuneValues; i < list.length; i++) {
      const v = list[i]!;
      const range = RANGES[v.tag];
      const n = /^-?[0-9]+$/.test(v.value) ? Number(v.value) : undefined;
      if (!range || n === undefined || n <= 0 || (n >= range[0] && n <= range[1])) continue;
      context.report({ range: v.range, message: `<${v.tag}> ${v.value} is outside the range the host's cgroups take, ${range[0]} to ${range[1]}: libvirt refuses this domain` });
    }
    const owner = new Map<number, number>();
    const maxVcpus = parseDecimal(domain.vcpu?.max?.value) ?? 1;
    for (let i = 0, list = domain.vcpuScheds; i < list.length; i++) {
      const s = list[i]!;
      reversed(context, s.ids);
      if (excluded(context, s.ids)) continue;
      const ids = s.ids ? parseIdSet(s.ids.value) : undefined;
      if (!ids) continue;
      if (emptySched(context, s.ids!, ids, 'vCPU')) continue;
      const absent = ids.find((id) => id >= maxVcpus);
      if (absent !== undefined) {
        context.report({ range: s.ids!.range, message: `vCPU ${absent} does not exist: the domain has ${maxVcpus} vCPU(s) (0–${maxVcpus - 1}): libvirt refuses this domain. Name existing vCPUs or raise the <vcpu> count` });
        continue;
      }
      const clash = ids.find((id) => owner.has(id));
      if (clash !== undefined) {
        context.report({ range: s.ids!.range, message: `vCPU ${clash} already has a scheduler from the <vcpusched> on line ${owner.get(clash)}: libvirt refuses overlapping vcpus sets. Give each vCPU one <vcpusched>` });
        continue;
      }
      for (const id of ids) owner.set(id, s.range.start.line);
    }
    if (domain.iothreadScheds.length === 0) return; // most domains: no set of IOThreads to work out
    const iothreads = definedIothreadIds(domain);
    for (let i = 0, list = domain.iothreadScheds; i < list.length; i++) {
      const s = list[i]!;
      reversed(context, s.ids);
      if (excluded(context, s.ids)) continue;
      const ids = s.ids ? parseIdSet(s.ids.value) : undefined;
      if (ids && emptySched(context, s.ids!, ids, 'IOThread')) continue;
      const missing = ids?.find((id) => !iothreads.has(id));
      if (missing === undefined) continue;
      context.report({
        range: s.ids!.range,
        message: `IOThread ${missing} does not exist (the domain defines ${iothreads.size === 0 ? 'no IOThreads' : `IOThreads ${[...iothreads].sort((a, b) => a - b).join(', ')}`}): libvirt refuses this domain. Name existing IOThreads or add them with <iothreads>/<iothreadids>`,
      });
    }
  },
});

/** A scheduler set that selects nothing ("0,^0"): libvirt refuses it. */
function emptySched(context: RuleContext, set: Attr, ids: readonly number[], what: string): boolean {
  if (ids.length > 0) return false;
  context.report({ range: set.range, message: `'${set.value}' selects no ${what}: libvirt refuses this domain. List at least one ${what}` });
  return true;
}
