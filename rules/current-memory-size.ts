import { sizeInKiB } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'current-memory-size',
    description: '<currentMemory> above <memory> (libvirt silently lowers it)',
    defaultSeverity: 'warning',
  },
  check(domain, context) {
    const mem = domain.memory ? sizeInKiB(domain.memory.value?.value, domain.memory.unit?.value) : undefined;
    const cur = domain.currentMemory;
    const curKiB = cur ? sizeInKiB(cur.value?.value, cur.unit?.value) : undefined;
    if (cur && curKiB !== undefined && mem !== undefined && curKiB > mem) {
      context.report({
        range: cur.value?.range ?? cur.nameRange,
        message: `<currentMemory> (${curKiB} KiB) is larger than <memory> (${mem} KiB); libvirt silently lowers it to ${mem} KiB. Raise <memory> if the guest should have more`,
      });
    }
  },
});
