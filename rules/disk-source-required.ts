import { diskName, diskRange } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';
import type { DiskSource } from '../src/model/index.js';

/** The attribute of <source> that names the storage, per disk type; a Map, since a document may write 'constructor' there. */
const SOURCE_ATTR: ReadonlyMap<string, keyof DiskSource & ('file' | 'dev' | 'dir' | 'protocol' | 'volume' | 'type' | 'path')> = new Map(Object.entries({ file: 'file', block: 'dev', dir: 'dir', network: 'protocol', volume: 'volume', nvme: 'type', vhostuser: 'path', vhostvdpa: 'dev' }));

export default defineRule({
  meta: {
    id: 'disk-source-required',
    description: "a hard disk (device='disk' or 'lun') without a source: only removable media may be empty",
    defaultSeverity: 'error',
    libvirtMessages: ['missing source information for device %s'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      if (disk.deviceKind !== 'disk' && disk.deviceKind !== 'lun') continue;
      const type = disk.type?.value ?? 'file';
      const key = SOURCE_ATTR.get(type);
      if (!key) continue;
      const value = key === 'type' && type === 'nvme' ? 'present' : disk.source?.[key]?.value;
      if (disk.source && (value ?? '') !== '') continue;
      context.report({
        range: disk.source?.nameRange ?? diskRange(disk),
        message: `${diskName(disk)} has no source (${type} disks name it in <source ${key}='…'>); only cdroms and floppies may be empty: libvirt refuses this domain`,
      });
    }
  },
});
