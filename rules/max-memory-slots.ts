import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'max-memory-slots',
    description: '<maxMemory> without a slots= count',
    defaultSeverity: 'error',
    libvirtMessages: ['both maximum memory size and memory slot count must be specified'],
  },
  check(domain, context) {
    const max = domain.maxMemory;
    if (max && !max.slots) {
      context.report({ range: max.nameRange, message: `<maxMemory> needs a slots= attribute (how many memory devices can be plugged): libvirt refuses this domain` });
    }
  },
});
