import { numaCellsKiB } from '../src/model/memory.js';
import { parseDecimal, sizeInKiB } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'max-memory-size',
    description: '<maxMemory> smaller than <memory>, and a <memory> of 0 without NUMA cells that give the size',
    defaultSeverity: 'error',
    libvirtMessages: ['maximum memory size must be equal or greater than the actual memory size', 'Memory size must be specified via <memory> or in the <numa> configuration'],
  },
  check(domain, context) {
    const zero = domain.memory?.value;
    // A size of 0 means "not given": libvirt then takes the NUMA cells' sum, and refuses without one.
    if (zero && parseDecimal(zero.value) === 0 && !numaCellsKiB(domain)) {
      context.report({ range: zero.range, message: '<memory> is 0 and no NUMA cell gives the guest memory: libvirt refuses this domain. Give the size, e.g. <memory unit=\'GiB\'>2</memory>' });
    }
    const max = domain.maxMemory;
    // Without slots libvirt stops at the missing count first (max-memory-slots), before comparing sizes.
    if (!max?.slots) return;
    const mem = domain.memory ? sizeInKiB(domain.memory.value?.value, domain.memory.unit?.value) : undefined;
    const maxKiB = sizeInKiB(max.value?.value, max.unit?.value);
    if (maxKiB !== undefined && mem !== undefined && maxKiB < mem) {
      context.report({ range: max.value?.range ?? max.nameRange, message: `<maxMemory> (${maxKiB} KiB) is smaller than <memory> (${mem} KiB): libvirt refuses this domain. Raise maxMemory or lower memory` });
    }
  },
});
