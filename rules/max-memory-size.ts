import { numaCellsKiB } from '../src/model/memory.js';
import { parseDecimal, sizeInKiB } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'max-memory-size',
    description: '<maxMemory> smaller than <memory> (or than the NUMA cells and memory devices together), and a <memory> of 0 without NUMA cells that give the size',
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
    const maxKiB = sizeInKiB(max.value?.value, max.unit?.value);
    if (maxKiB === undefined) return;
    // With NUMA cells libvirt's define (an ABI update) takes their sum for the initial memory, whatever
    // <memory> says, and adds the memory devices to it (virDomainDefPostParseMemory; asked of libvirtd
    // 9.0: a <memory> of 4 GiB over one 1 GiB cell under a 2 GiB maxMemory is defined, with <memory>
    // rewritten to 1 GiB; dimms, nvdimms and virtio-mem past maxMemory are refused). Without cells
    // <memory> is the total, devices included.
    const cells = numaCellsKiB(domain);
    if (cells !== undefined) {
      let devices = 0;
      for (let i = 0, list = domain.devices.memories; i < list.length; i++) {
        const kib = list[i]!.size?.kib;
        if (kib === undefined) return;
        devices += kib;
      }
      if (maxKiB < cells + devices) {
        const parts = devices > 0 ? `${cells + devices} KiB, the NUMA cells' ${cells} KiB and the memory devices' ${devices} KiB` : `the NUMA cells' ${cells} KiB (libvirt's <memory> when cells are written)`;
        context.report({ range: max.value?.range ?? max.nameRange, message: `<maxMemory> (${maxKiB} KiB) is smaller than the guest's memory: ${parts}: libvirt refuses this domain. Raise maxMemory${devices > 0 ? ' or shrink the devices' : ''}` });
      }
      return;
    }
    const mem = domain.memory ? sizeInKiB(domain.memory.value?.value, domain.memory.unit?.value) : undefined;
    if (mem !== undefined && maxKiB < mem) {
      context.report({ range: max.value?.range ?? max.nameRange, message: `<maxMemory> (${maxKiB} KiB) is smaller than <memory> (${mem} KiB): libvirt refuses this domain. Raise maxMemory or lower memory` });
    }
  },
});
