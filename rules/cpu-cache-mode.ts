import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'cpu-cache-mode',
    description: "<cpu><cache> combinations libvirt refuses: mode='emulate' with a level other than 3, mode='passthrough' on a CPU that is not host-passthrough or maximum",
    defaultSeverity: 'error',
    libvirtMessages: ["CPU cache mode '%s' can only be used with level='3'", "CPU cache mode '%s' can only be used with '%s' / '%s' CPUs"],
  },
  check(domain, context) {
    const cache = domain.cpuCache;
    const mode = cache?.mode?.value;
    if (!cache || !mode) return;
    if (mode === 'emulate' && cache.level && cache.level.value !== '3') {
      context.report({ range: cache.level.range, message: `an emulated CPU cache can only describe the level 3 cache, not level ${cache.level.value}: libvirt refuses this domain. Use level='3'` });
    }
    const cpuMode = domain.cpu?.mode?.value ?? 'custom';
    if (mode === 'passthrough' && cpuMode !== 'host-passthrough' && cpuMode !== 'maximum') {
      context.report({ range: cache.mode!.range, message: `a passed-through CPU cache needs <cpu mode='host-passthrough'> or 'maximum', not '${cpuMode}': libvirt refuses this domain. Use mode='emulate' level='3' for other CPUs` });
    }
  },
});
