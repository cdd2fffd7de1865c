import { defineVolumeRule } from '../src/rule.js';

/**
 * The volume formats some storage pool takes: image formats in file-based pools (dir, fs, netfs,
 * gluster, …) and partition types in disk pools. Which of them a pool takes depends on the pool the
 * volume goes into, which the document does not name; a format outside both lists no pool takes.
 */
const IMAGE_FORMATS = new Set(['raw', 'dir', 'bochs', 'cloop', 'dmg', 'iso', 'vpc', 'vdi', 'fat', 'vhd', 'ploop', 'cow', 'qcow', 'qcow2', 'qed', 'vmdk']);
const PARTITION_TYPES = new Set(['none', 'linux', 'fat16', 'fat32', 'linux-swap', 'linux-lvm', 'linux-raid', 'extended']);

export default defineVolumeRule({
  meta: {
    id: 'volume-format-known',
    description: "a volume or backing store <format> that no storage pool takes for a volume (a filesystem type such as ext4, 'luks', 'unknown')",
    defaultSeverity: 'error',
    reportsOn: ['target/format@type', 'backingStore/format@type'],
    libvirtMessages: ['unknown volume format type %s'],
  },
  check(volume, context) {
    for (const owner of [volume.target, volume.backingStore]) {
      const type = owner?.format?.type;
      if (!owner || !type || IMAGE_FORMATS.has(type.value) || PARTITION_TYPES.has(type.value)) continue;
      // A known name with white space around it is the schema step's (schema/value-whitespace).
      const trimmed = type.value.trim();
      if (IMAGE_FORMATS.has(trimmed) || PARTITION_TYPES.has(trimmed)) continue;
      const hint = type.value === 'luks' ? " (a LUKS volume is format 'raw' with <encryption format='luks'>)" : '';
      context.report({
        range: type.range,
        message: `<format type='${type.value}'> is not a volume format${hint}: pools of files take image formats (raw, qcow2, …) and disk pools partition types (linux, linux-lvm, …), and libvirt refuses it in every pool that reads the format`,
      });
    }
  },
});
