import { archOf, isX86 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'cpu-cache-mode',
    description: "<cpu><cache> combinations libvirt refuses: any <cache> off x86, mode='emulate' with a level other than 3, mode='passthrough' on a CPU that is not host-passthrough or maximum",
    defaultSeverity: 'error',
    libvirtMessages: ["CPU cache specification is not supported for '%s' architecture", "CPU cache mode '%s' can only be used with level='3'", "CPU cache mode '%s' can only be used with '%s' / '%s' CPUs"],
  },
  check(domain, context) {
    const cache = domain.cpuCache;
    const mode = cache?.mode?.value;
    if (!cache || !mode) return;
    // Asked of libvirtd 9.0: refused for aarch64, riscv64 and s390x guests, whatever the mode.
    if (!isX86(domain)) {
      context.report({ range: cache.nameRange, message: `a <cache> describes the CPU caches of x86 CPUs only, not of this ${archOf(domain)} guest: libvirt refuses this domain. Remove <cache>` });
      return;
    }
    if (mode === 'emulate' && cache.level && cache.level.value !== '3') {
      context.report({ range: cache.level.range, message: `an emulated CPU cache can only describe the level 3 cache, not level ${cache.level.value}: libvirt refuses this domain. Use level='3'` });
    }
    const cpuMode = domain.cpu?.mode?.value ?? 'custom';
    if (mode === 'passthrough' && cpuMode !== 'host-passthrough' && cpuMode !== 'maximum') {
      context.report({ range: cache.mode!.range, message: `a passed-through CPU cache needs <cpu mode='host-passthrough'> or 'maximum', not '${cpuMode}': libvirt refuses this domain. Use mode='emulate' level='3' for other CPUs` });
    }
  },
});
