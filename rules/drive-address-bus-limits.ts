import { addressFieldRange, driveAddress } from '../src/model/address.js';
import type { AddressField } from '../src/model/index.js';
import { controllersByTypeAndIndex } from '../src/model/controllers.js';
import { diskName } from '../src/model/describe.js';
import { diskDriveSlot } from '../src/model/implied-addresses.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'drive-address-bus-limits',
    description: 'drive addresses past what the controller has: SCSI bus > 0, lsilogic target > 0, IDE controller/target > 0 (also IDE targets past hdd and floppies past fdb without an address), SATA bus/target > 0, FDC controller/bus/target > 0',
    defaultSeverity: 'error',
    libvirtMessages: [
      'SCSI controller only supports 1 bus',
      "target must be 0 for controller model 'lsilogic'",
      'Only 1 IDE controller is supported',
      'target must be 0 for ide controller',
      'Only 1 fdc controller is supported',
      'Only 1 fdc bus is supported',
      'target must be 0 for controller fdc',
      'bus must be 0 for sata controller',
      'target must be 0 for sata controller',
    ],
  },
  check(domain, context) {
    let controllers: ReturnType<typeof controllersByTypeAndIndex> | undefined;
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      // Without an <address>, libvirt maps the target name: hde and later names land on IDE controller 1.
      const implied = disk.address ? undefined : diskDriveSlot(disk);
      if (implied?.space === 'ide' && implied.controller > 0) {
        context.report({
          range: implied.range,
          message: `${diskName(disk)}: libvirt maps this target name to IDE controller ${implied.controller}, but the machine has a single IDE controller (0) with 4 drives, hda to hdd: libvirt refuses this domain. Use hda–hdd, or another bus (sata, scsi)`,
        });
      } else if (implied?.space === 'fdc' && implied.controller > 0) {
        context.report({
          range: implied.range,
          message: `${diskName(disk)}: libvirt maps this target name to floppy controller ${implied.controller}, but there is a single floppy controller with 2 drives, fda and fdb: libvirt refuses this domain. Use fda or fdb`,
        });
      }
      const a = driveAddress(disk.address);
      const bus = effectiveDiskBus(disk);
      if (!a || !bus) continue;
      const bad = (field: AddressField, what: string): void =>
        context.report({ range: addressFieldRange(a.address, field), message: `${diskName(disk)}: ${what}: libvirt refuses this domain` });
      if (bus === 'scsi') {
        if (a.bus !== 0) bad('bus', 'a SCSI controller has a single bus, so bus must be 0');
        controllers ??= controllersByTypeAndIndex(domain);
        if (a.target !== 0 && controllers.get(`scsi:${a.controller}`)?.model?.value === 'lsilogic') {
          bad('target', "the lsilogic controller only addresses target 0; use unit to place disks");
        }
      } else if (bus === 'ide') {
        if (a.controller !== 0) bad('controller', 'the machine has a single IDE controller (0)');
        if (a.target !== 0) bad('target', 'IDE has no targets other than 0; use bus (0–1) and unit (0–1)');
      } else if (bus === 'sata') {
        if (a.bus !== 0) bad('bus', 'a SATA controller has a single bus, so bus must be 0; use unit (0–5) for ports');
        if (a.target !== 0) bad('target', 'SATA has no targets other than 0; use unit (0–5) for ports');
      } else if (bus === 'fdc') {
        if (a.controller !== 0) bad('controller', 'there is a single floppy controller (0)');
        if (a.bus !== 0) bad('bus', 'the floppy controller has a single bus (0)');
        if (a.target !== 0) bad('target', 'the floppy controller has no targets other than 0; use unit (0–1)');
      }
    }
  },
});
