import { isS390 } from '../src/model/machine.js';
import { numaCellCount } from '../src/model/memory.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'memory-hotplug-requires-numa',
    description: '<maxMemory> (memory hotplug) or <memory> devices in a guest without NUMA cells',
    defaultSeverity: 'error',
    libvirtMessages: ['At least one numa node has to be configured when enabling memory hotplug'],
  },
  check(domain, context) {
    if (numaCellCount(domain) > 0) return;
    const max = domain.maxMemory;
    const memDevice = domain.devices.memories[0];
    const at = max?.slots ? max : memDevice;
    if (!at) return;
    // On s390x a NUMA cell only moves the refusal to QEMU's start (numa-s390x): no memory hotplug there.
    const fix = isS390(domain) ? "An s390x guest cannot have one (QEMU's machine has no NUMA): remove <maxMemory> and the memory devices" : "Add <cpu><numa><cell id='0' cpus='0-N' memory='…'/></numa></cpu>";
    context.report({
      range: at.nameRange,
      message: `memory hotplug needs at least one guest NUMA cell, and <cpu> defines none: libvirt refuses this domain. ${fix}`,
    });
  },
});
