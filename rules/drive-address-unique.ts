import { driveAddress } from '../src/model/address.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'drive-address-unique',
    description: "two disks on the same bus, or SCSI disks and SCSI host devices, with the same <address type='drive'>",
    defaultSeverity: 'error',
    libvirtMessages: [
      "Found duplicate drive address for disk with target name '%s' controller='%u' bus='%u' target='%u' unit='%u'",
      "SCSI host address controller='%u' bus='%u' target='%u' unit='%u' in use by another SCSI host device",
      "SCSI host address controller='%u' bus='%u' target='%u' unit='%u' in use by a SCSI disk",
    ],
  },
  check(domain, context) {
    // Keyed by bus kind + address: IDE, SATA, SCSI and FDC addresses live in separate spaces,
    // except that SCSI disks and SCSI host devices share the SCSI space.
    const seen = new Map<string, number>();
    const visit = (space: string, a: ReturnType<typeof driveAddress>, what: string): void => {
      if (!a) return;
      const key = `${space}:${a.controller}:${a.bus}:${a.target}:${a.unit}`;
      const line = seen.get(key);
      if (line === undefined) {
        seen.set(key, a.address.range.start.line);
        return;
      }
      context.report({
        range: a.address.nameRange,
        message: `${what} uses drive address controller='${a.controller}' bus='${a.bus}' target='${a.target}' unit='${a.unit}' on the ${space} bus, already taken by the device on line ${line}: libvirt refuses this domain. Change the unit (or remove the <address> to let libvirt choose)`,
      });
    };
    for (const disk of domain.devices.disks) {
      const bus = effectiveDiskBus(disk);
      if (bus) visit(bus, driveAddress(disk.address), `disk '${disk.target?.dev?.value ?? '?'}'`);
    }
    for (const hd of domain.devices.hostdevs) {
      if (hd.type?.value === 'scsi') visit('scsi', driveAddress(hd.address), 'this SCSI host device');
    }
  },
});
