import { definedIothreadIds } from '../src/model/iothreads.js';
import type { Attr } from '../src/model/located.js';
import { excludedRange, ID_SET_LENGTH, idPastSetLength, parseDecimal, parseIdSet, reversedRange } from '../src/model/numbers.js';
import { defineRule, type RuleContext } from '../src/rule.js';

/** A cpuset that parses to no CPU at all (e.g. "0,^0"): libvirt would pin to nothing. */
const selectsNothing = (cpuset: Attr | undefined): boolean => cpuset !== undefined && parseIdSet(cpuset.value)?.length === 0;

export default defineRule({
  meta: {
    id: 'cputune-pins',
    description: 'CPU pinning libvirt refuses: a cpuset that selects no host CPU, has a range written high to low or an excluded range (^1-2), or names a CPU id of 16384 or more, two <vcpupin> for one vCPU, an <iothreadpin> for an IOThread the domain lacks or pinned twice',
    defaultSeverity: 'error',
    libvirtMessages: ["Invalid value of 'cpuset': %s", "Failed to parse bitmap '%s'", "duplicate vcpupin for vcpu '%d'", "duplicate iothreadpin for same iothread '%u'", "Cannot find 'iothread' : %s"],
  },
  check(domain, context) {
    const vcpuCpuset = domain.vcpu?.cpuset;
    unparsable(context, vcpuCpuset);
    if (selectsNothing(vcpuCpuset)) context.report({ range: vcpuCpuset!.range, message: `cpuset '${vcpuCpuset!.value}' selects no host CPU: libvirt refuses this domain. List at least one CPU` });
    const pins = domain.cpuPins;
    if (pins.length === 0) return;
    const maxVcpus = parseDecimal(domain.vcpu?.max?.value) ?? 1;
    const vcpuLine = new Map<number, number>();
    const iothreadLine = new Map<number, number>();
    let iothreads: ReadonlySet<number> | undefined;
    for (let i = 0; i < pins.length; i++) {
      const pin = pins[i]!;
      unparsable(context, pin.cpuset);
      if (selectsNothing(pin.cpuset)) context.report({ range: pin.cpuset!.range, message: `cpuset '${pin.cpuset!.value}' selects no host CPU: libvirt refuses this domain. List at least one CPU` });
      const id = parseDecimal(pin.id?.value);
      if (id === undefined) continue;
      if (pin.tag === 'vcpupin') {
        // libvirt drops pins of vCPUs the domain does not have before it looks for duplicates.
        if (id >= maxVcpus) continue;
        const first = vcpuLine.get(id);
        if (first === undefined) vcpuLine.set(id, pin.range.start.line);
        else context.report({ range: pin.id!.range, message: `vCPU ${id} is already pinned by the <vcpupin> on line ${first}: libvirt refuses this domain. Keep one <vcpupin> per vCPU` });
        continue;
      }
      iothreads ??= definedIothreadIds(domain);
      if (!iothreads.has(id)) {
        context.report({ range: pin.id!.range, message: `IOThread ${id} does not exist (the domain defines ${iothreads.size === 0 ? 'no IOThreads' : `IOThreads ${[...iothreads].sort((a, b) => a - b).join(', ')}`}): libvirt refuses this domain. Pin an existing IOThread or add it with <iothreads>/<iothreadids>` });
        continue;
      }
      const first = iothreadLine.get(id);
      if (first === undefined) iothreadLine.set(id, pin.range.start.line);
      else context.report({ range: pin.id!.range, message: `IOThread ${id} is already pinned by the <iothreadpin> on line ${first}: libvirt refuses this domain. Keep one <iothreadpin> per IOThread` });
    }
  },
});

/**
 * A set excluding a range ("0-3,^1-2"): libvirt's bitmap parser takes a single id after ^ and refuses the whole set.
 * Reports it and returns true; false when the set has none (or is a range written high to low, which {@link reversed} reports).
 */
export function excluded(context: RuleContext, set: Attr | undefined): boolean {
  const part = set && !reversedRange(set.value) ? excludedRange(set.value) : undefined;
  if (!part) return false;
  context.report({ range: set!.range, message: `'${part}' excludes a range, and libvirt's parser takes a single id after ^, so it cannot parse this set: it refuses this domain. Exclude ids one by one ('^1,^2') or narrow the range instead` });
  return true;
}

/** A set with a range written high to low ("3-1"): libvirt's bitmap parser refuses the whole set. */
export function reversed(context: RuleContext, set: Attr | undefined): void {
  const range = set ? reversedRange(set.value) : undefined;
  if (!range) return;
  // libvirt takes no range after ^ at all, so '^0-1' would be refused too: exclude ids one by one.
  const fix = range.startsWith('^') ? `Exclude the ids one by one (${range.replace(/^\^([0-9]+)-([0-9]+)$/, '^$2, …, ^$1')})` : `Write it low to high ('${range.replace(/^([0-9]+)-([0-9]+)$/, '$2-$1')}')`;
  context.report({ range: set!.range, message: `'${range}' is a range written high to low, which libvirt cannot parse: it refuses this domain. ${fix}` });
}

/** A set libvirt's bitmap parser refuses: a range written high to low, else an excluded range, else an id past the set's length (libvirt names the set once). */
export function unparsable(context: RuleContext, set: Attr | undefined): void {
  if (!set) return;
  if (reversedRange(set.value)) {
    reversed(context, set);
    return;
  }
  if (excluded(context, set)) return;
  const part = idPastSetLength(set.value);
  if (part) context.report({ range: set.range, message: `'${part}' names an id of ${ID_SET_LENGTH} or more; libvirt's CPU and NUMA node sets hold ids 0 to ${ID_SET_LENGTH - 1}, so it cannot parse this set: it refuses this domain. Use ids below ${ID_SET_LENGTH}` });
}
