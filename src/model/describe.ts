import type { Disk } from './devices/disk.js';
import type { Range } from '../types.js';

/** How messages name a disk: by its target, as libvirt does ("disk 'vda'"). */
export function diskName(disk: Disk): string {
  const dev = disk.target?.dev?.value;
  return dev ? `disk '${dev}'` : 'a disk without <target dev>';
}

/** The range to report on for a disk when no attribute is more precise: its `<target>`, else `<disk>`. */
export function diskRange(disk: Disk): Range {
  return disk.target?.nameRange ?? disk.nameRange;
}
