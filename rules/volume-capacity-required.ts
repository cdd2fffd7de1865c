import { defineVolumeRule } from '../src/rule.js';

export default defineVolumeRule({
  meta: {
    id: 'volume-capacity-required',
    description: 'a volume with neither <capacity> nor a <backingStore> to take its size from',
    defaultSeverity: 'error',
    reportsOn: ['volume', 'volume/capacity'],
    libvirtMessages: ['missing capacity element'],
  },
  check(volume, context) {
    // libvirt takes the size of the backing image when a volume is layered on one.
    if (volume.capacity || volume.backingStore) return;
    context.report({
      range: volume.nameRange,
      message: 'This volume has no <capacity>: libvirt needs its size to create it (only a volume with a <backingStore> may leave it out). Add e.g. <capacity unit="GiB">10</capacity>',
    });
  },
});
