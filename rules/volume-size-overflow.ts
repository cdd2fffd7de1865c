import { defineVolumeRule } from '../src/rule.js';
import { exceedsLimit, MAX_CLUSTER_SIZE, MAX_VOLUME_SIZE } from '../src/model/volume/size.js';
import type { VolumeSize } from '../src/model/volume/volume.js';

const written = (size: VolumeSize): string => `${size.amount.value}${size.unit?.value ? ` ${size.unit.value}` : ''}`;

export default defineVolumeRule({
  meta: {
    id: 'volume-size-overflow',
    description: "a volume's <capacity> or <allocation> above 2^63 - 1 bytes, or a <clusterSize> above 2^64 - 1 bytes, once scaled by its unit",
    defaultSeverity: 'error',
    reportsOn: ['volume/capacity', 'volume/allocation', 'target/clusterSize'],
    libvirtMessages: ['value too large: %llu%s'],
  },
  check(volume, context) {
    const sizes: [VolumeSize | undefined, bigint, string][] = [
      [volume.capacity, MAX_VOLUME_SIZE, '2^63 - 1 bytes (8 EiB less one byte), the largest file offset'],
      [volume.allocation, MAX_VOLUME_SIZE, '2^63 - 1 bytes (8 EiB less one byte), the largest file offset'],
      [volume.target?.clusterSize, MAX_CLUSTER_SIZE, '2^64 - 1 bytes'],
    ];
    for (const [size, limit, what] of sizes) {
      // Text that is not a plain number, or a unit libvirt does not know, is the grammar's to report.
      if (!size || exceedsLimit(size.amount.value, size.unit?.value, limit) !== true) continue;
      context.report({
        range: size.amount.range,
        message: `<${size.tag}> ${written(size)} is more than ${what}: libvirt refuses the volume. Write a smaller size or a smaller unit`,
      });
    }
  },
});
