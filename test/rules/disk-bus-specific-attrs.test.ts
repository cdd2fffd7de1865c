import rule from '../../rules/disk-bus-specific-attrs.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const IDE1 = "<address type='drive' controller='0' bus='1' target='0' unit='0'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts rotation_rate on sata and scsi disks', code: addDevices(SEED, "<disk type='file' device='disk'><source file='/tmp/b.img'/><target dev='sdb' bus='sata' rotation_rate='1'/></disk><disk type='file' device='disk'><source file='/tmp/c.img'/><target dev='sdc' bus='scsi' rotation_rate='7200'/></disk>") },
    { name: 'errs on a SCSI vendor longer than 8 characters, accepts 8 (2)', code: edit(addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='file' device='disk'><source file='/a.img'/><target dev='sda' bus='scsi'/><vendor>ABCDEFGHIJ</vendor></disk>"), ['ABCDEFGHIJ', 'ABCDEFGH']) },
    { name: 'accepts <wwn> on IDE and <serial> on virtio', code: edit(SEED, ["<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='ide'/><wwn>5000c50015ea71ac</wwn>"], ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><serial>abc</serial>"]) },
  ],
  invalid: [
    {
      name: 'errs on rotation_rate on virtio and usb disks, at the attribute',
      code: addDevices(SEED, "<disk type='file' device='disk'><source file='/tmp/b.img'/><target dev='vdb' bus='virtio' rotation_rate='1'/></disk><disk type='file' device='disk'><source file='/tmp/c.img'/><target dev='sdc' bus='usb' rotation_rate='7200'/></disk>"),
      errors: [
        { severity: 'error', near: "bus='virtio' |rotation_rate='1'", message: /disk 'vdb' uses bus 'virtio'/ },
        { severity: 'error', near: "bus='usb' |rotation_rate='7200'", message: /uses bus 'usb'/ },
      ],
    },
    {
      name: 'errs on <wwn> on virtio and <vendor> on IDE',
      code: edit(
      SEED,
      ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><wwn>5000c50015ea71ac</wwn>"],
      ["<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='ide'/><vendor>ABC</vendor>"],
    ),
      errors: [{ severity: 'error', near: '<wwn>|5000' }, { severity: 'error', near: '<vendor>|ABC' }],
    },
    {
      name: 'errs on geometry on USB, trans off IDE, serial on sd (1)',
      code: edit(
      SEED,
      ["<target dev='hdc' bus='ide'/>", "<target dev='sdc' bus='usb'/><geometry cyls='16383' heads='16' secs='63'/>"],
      [IDE1, ''],
      ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><geometry cyls='16383' heads='16' secs='63' trans='lba'/>"],
    ),
      errors: [{ severity: 'error', near: "trans='|lba'" }, { severity: 'error', near: "<|geometry cyls='16383' heads='16' secs='63'/>" }],
    },
    {
      name: 'errs on geometry on USB, trans off IDE, serial on sd (2)',
      code: edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='sd'/><serial>abc</serial>"]),
      errors: [{ severity: 'error', near: '<serial>|abc' }],
    },
    {
      name: 'errs on a SCSI vendor longer than 8 characters, accepts 8 (1)',
      code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='file' device='disk'><source file='/a.img'/><target dev='sda' bus='scsi'/><vendor>ABCDEFGHIJ</vendor></disk>"),
      errors: [{ severity: 'error', near: '<vendor>|ABCDEFGHIJ' }],
    },
  ],
});
