import { sizeInKiB } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'memory-size-rules',
    description: '<maxMemory> smaller than <memory> or without slots, <currentMemory> above <memory>, <memtune><min_guarantee> in a QEMU domain',
    defaultSeverity: 'error',
    libvirtMessages: [
      'maximum memory size must be equal or greater than the actual memory size',
      'both maximum memory size and memory slot count must be specified',
      "Parameter 'min_guarantee' not supported by QEMU.",
    ],
  },
  check(domain, context) {
    const mem = domain.memory ? sizeInKiB(domain.memory.value?.value, domain.memory.unit?.value) : undefined;
    const max = domain.maxMemory;
    if (max) {
      const maxKiB = sizeInKiB(max.value?.value, max.unit?.value);
      if (!max.slots) {
        context.report({ range: max.nameRange, message: `<maxMemory> needs a slots= attribute (how many memory devices can be plugged): libvirt refuses this domain` });
      } else if (maxKiB !== undefined && mem !== undefined && maxKiB < mem) {
        context.report({ range: max.value?.range ?? max.nameRange, message: `<maxMemory> (${maxKiB} KiB) is smaller than <memory> (${mem} KiB): libvirt refuses this domain. Raise maxMemory or lower memory` });
      }
    }
    const cur = domain.currentMemory;
    const curKiB = cur ? sizeInKiB(cur.value?.value, cur.unit?.value) : undefined;
    if (cur && curKiB !== undefined && mem !== undefined && curKiB > mem) {
      context.report({
        range: cur.value?.range ?? cur.nameRange,
        severity: 'warning',
        message: `<currentMemory> (${curKiB} KiB) is larger than <memory> (${mem} KiB); libvirt silently lowers it to ${mem} KiB. Raise <memory> if the guest should have more`,
      });
    }
    const minGuarantee = domain.memtune?.minGuarantee;
    const type = domain.type?.value;
    if (minGuarantee && (type === 'qemu' || type === 'kvm')) {
      context.report({ range: minGuarantee.nameRange, message: `<min_guarantee> is a VMware/ESX tunable that QEMU does not have: libvirt refuses this domain. Remove it` });
    }
  },
});
