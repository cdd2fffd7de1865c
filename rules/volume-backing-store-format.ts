import { defineVolumeRule } from '../src/rule.js';

/** Volume formats a pool of files cannot lay over a backing store: a raw file (also what no <format> means) and a directory. */
const NO_BACKING: Readonly<Record<string, string>> = { raw: 'a raw file', dir: 'a directory' };

export default defineVolumeRule({
  meta: {
    id: 'volume-backing-store-format',
    description: 'a volume with a <backingStore> whose own format is raw (or not given) or dir, which pools of files cannot create',
    defaultSeverity: 'warning',
    reportsOn: ['volume@type', 'volume/backingStore', 'volume/target/format', 'target/format@type'],
    libvirtMessages: ['backing storage not supported for raw volumes', 'backing storage not supported for directories volumes'],
  },
  check(volume, context) {
    const backing = volume.backingStore;
    if (!backing) return;
    const format = volume.target?.format?.type;
    const what = NO_BACKING[format?.value ?? 'raw'];
    if (!what) return;
    context.report({
      range: format?.range ?? backing.nameRange,
      message: `This volume has a <backingStore> but is ${what}${format ? '' : ' (no <format> means raw)'}: pools of files (dir, fs, netfs) refuse to create it, as only an image format records a backing file. Give the volume a format such as <format type='qcow2'/>; a logical pool takes it as a snapshot, whatever the format`,
    });
  },
});
