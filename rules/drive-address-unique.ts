import { type DriveSlot, describeDriveSlot, driveSlots, formatDrive } from '../src/model/implied-addresses.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'drive-address-unique',
    description: "two disks on the same bus, or SCSI disks and SCSI host devices, at the same drive address — written in <address type='drive'> or derived by libvirt from the target name",
    defaultSeverity: 'error',
    libvirtMessages: [
      "Found duplicate drive address for disk with target name '%s' controller='%u' bus='%u' target='%u' unit='%u'",
      "SCSI host address controller='%u' bus='%u' target='%u' unit='%u' in use by another SCSI host device",
      "SCSI host address controller='%u' bus='%u' target='%u' unit='%u' in use by a SCSI disk",
      "using disk target name '%s' conflicts with SCSI host device address controller='%u' bus='%u' target='%u' unit='%u'",
    ],
  },
  check(domain, context) {
    // IDE, SATA, SCSI and FDC addresses live in separate spaces, except that SCSI disks and SCSI
    // host devices share the SCSI space. A disk without <address> sits where libvirt puts it: the
    // address its target name maps to (hda → 0:0:0:0, hdc → 0:1:0:0, sdb → 0:0:0:1, …).
    const seen = new Map<string, DriveSlot>();
    for (let i = 0, list = driveSlots(domain); i < list.length; i++) {
      const slot = list[i]!;
      const key = `${slot.space}:${slot.controller}:${slot.bus}:${slot.target}:${slot.unit}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, slot);
        continue;
      }
      context.report({
        range: slot.range,
        message: `${describeDriveSlot(slot)} is at drive address ${formatDrive(slot)} on the ${slot.space} bus, already taken by ${describeDriveSlot(first)}: libvirt refuses this domain. Put one of them on a free unit (an <address type='drive'> of its own) or change its target name`,
      });
    }
  },
});
