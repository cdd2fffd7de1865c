import { sizeInKiB } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'max-memory-size',
    description: '<maxMemory> smaller than <memory>',
    defaultSeverity: 'error',
    libvirtMessages: ['maximum memory size must be equal or greater than the actual memory size'],
  },
  check(domain, context) {
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
