import rule from '../../rules/disk-removable-media-attrs.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts tray on a cdrom, removable on USB, optional startupPolicy on a file', code: addDevices(edit(
      SEED,
      ["<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='ide' tray='closed'/>"],
      ["<source file='/var/lib/libvirt/images/f14.img'/>", "<source file='/var/lib/libvirt/images/f14.img' startupPolicy='optional'/>"],
    ), "<disk type='file' device='disk'><source file='/u.img'/><target dev='sdb' bus='usb' removable='on'/></disk>") },
  ],
  invalid: [
    {
      name: 'errs on tray on a hard disk and removable on IDE',
      code: edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio' tray='open'/>"], ["<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='ide' removable='on'/>"]),
      errors: [{ severity: 'error', near: "|tray='open'" }, { severity: 'error', near: "|removable='on'" }],
    },
    {
      name: "errs on startupPolicy='requisite' on a hard disk and any startupPolicy on a network disk",
      code: edit(
      addDevices(SEED, "<disk type='network' device='cdrom'><source protocol='http' name='/x.iso' startupPolicy='optional'><host name='example.org' port='80'/></source><target dev='hdd' bus='ide'/><readonly/></disk>"),
      ["<source file='/var/lib/libvirt/images/f14.img'/>", "<source file='/var/lib/libvirt/images/f14.img' startupPolicy='requisite'/>"],
    ),
      errors: [{ severity: 'error', near: "startupPolicy='|requisite'" }, { severity: 'error', near: "|startupPolicy='optional'" }],
    },
  ],
});
