import { diskName, diskRange } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';
import { attr } from '../src/xml/tree.js';

/** The attribute of <source> that names the storage, per disk type. */
const SOURCE_ATTR: Readonly<Record<string, string>> = { file: 'file', block: 'dev', dir: 'dir', network: 'protocol', volume: 'volume', nvme: 'type', vhostuser: 'path', vhostvdpa: 'dev' };

export default defineRule({
  meta: {
    id: 'disk-source-required',
    description: "a hard disk (device='disk' or 'lun') without a source: only removable media may be empty",
    defaultSeverity: 'error',
    libvirtMessages: ['missing source information for device %s'],
  },
  check(domain, context) {
    for (const disk of domain.disks) {
      if (disk.deviceKind !== 'disk' && disk.deviceKind !== 'lun') continue;
      const type = disk.type?.value ?? 'file';
      const key = SOURCE_ATTR[type];
      if (!key) continue;
      const value = key === 'type' && type === 'nvme' ? 'present' : attr(disk.source?.element, key)?.value;
      if (disk.source && (value ?? '') !== '') continue;
      context.report({
        range: disk.source?.element.nameRange ?? diskRange(disk),
        message: `${diskName(disk)} has no source (${type} disks name it in <source ${key}='…'>); only cdroms and floppies may be empty: libvirt refuses this domain`,
      });
    }
  },
});
