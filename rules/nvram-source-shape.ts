import { defineRule } from '../src/rule.js';

/** The NVRAM types libvirt's QEMU driver can store variables in (its schema takes every disk source type). */
const NVRAM_TYPES: ReadonlySet<string> = new Set(['file', 'block', 'network']);

export default defineRule({
  meta: {
    id: 'nvram-source-shape',
    description: '<nvram> of a disk source type, or with source settings, that libvirt refuses for a variable store',
    defaultSeverity: 'error',
    libvirtMessages: ["unsupported nvram disk type '%s'", 'slices are not supported with NVRAM', 'persistent reservations are not supported with NVRAM'],
  },
  check(domain, context) {
    const nvram = domain.os?.nvram;
    if (!nvram) return;
    const type = nvram.type;
    if (type && !NVRAM_TYPES.has(type.value)) {
      context.report({
        range: type.range,
        message: `<nvram type='${type.value}'>: libvirt's schema accepts every disk source type here, but libvirt stores UEFI variables only in a file, a block device or a network disk, and refuses this domain. Use type='file', 'block' or 'network'`,
      });
    }
    if (nvram.sourceSlices) {
      context.report({ range: nvram.sourceSlices.nameRange, message: 'The NVRAM source has <slices>: libvirt does not support storage slices for a variable store and refuses this domain. Remove <slices>' });
    }
    if (nvram.sourceReservations) {
      context.report({
        range: nvram.sourceReservations.nameRange,
        message: 'The NVRAM source has <reservations>: SCSI persistent reservations do not apply to a variable store, and libvirt refuses this domain. Remove <reservations>',
      });
    }
  },
});
