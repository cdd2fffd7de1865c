import rule from '../../rules/drive-address-bus-limits.js';
import { addDevices, edit, Q35, ruleTester, SEED } from './helpers.js';

const IDE1 = "<address type='drive' controller='0' bus='1' target='0' unit='0'/>";
const scsiDisk = (model: string, addr: string): string =>
  `<controller type='scsi' index='0' model='${model}'/><disk type='file' device='disk'><source file='/a.img'/><target dev='sda' bus='scsi'/><address type='drive' ${addr}/></disk>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts virtio-scsi targets and ordinary IDE/SATA addresses (1)', code: addDevices(SEED, scsiDisk('virtio-scsi', "controller='0' bus='0' target='3' unit='0'")) },
    { name: 'accepts virtio-scsi targets and ordinary IDE/SATA addresses (2)', code: SEED },
    { name: 'accepts a floppy without an address named fdb (the second drive)', code: addDevices(SEED, "<disk type='file' device='floppy'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/fdb.img'/><target dev='fdb' bus='fdc'/></disk>") },
    { name: 'accepts an IDE disk without an address named hdd (the last drive of the IDE controller)', code: addDevices(SEED, "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/hdd.img'/><target dev='hdd' bus='ide'/></disk>") },
  ],
  invalid: [
    {
      name: 'errs on a floppy without an address named fdc, which libvirt maps to floppy controller 1',
      code: addDevices(SEED, "<disk type='file' device='floppy'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/fdc.img'/><target dev='fdc' bus='fdc'/></disk>"),
      errors: [{ severity: 'error', near: "<target dev='|fdc'", message: /floppy controller 1/ }],
    },
    {
      name: 'errs on an IDE disk without an address named hde, which libvirt maps to IDE controller 1',
      code: addDevices(SEED, "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/hde.img'/><target dev='hde' bus='ide'/></disk>"),
      errors: [{ severity: 'error', near: "<target dev='|hde'", message: /IDE controller 1/ }],
    },
    {
      name: 'errs on IDE controller 1 and IDE target 1',
      code: edit(SEED, [IDE1, "<address type='drive' controller='1' bus='1' target='1' unit='0'/>"]),
      errors: [{ severity: 'error', near: "controller='|1' bus='1'" }, { severity: 'error', near: "target='|1' unit" }],
    },
    {
      name: 'errs on SCSI bus 1 and lsilogic target 1',
      code: addDevices(SEED, scsiDisk('lsilogic', "controller='0' bus='1' target='1' unit='0'")),
      errors: [{ severity: 'error', near: "bus='|1' target='1'" }, { severity: 'error', near: "target='|1' unit='0'/></disk>" }],
    },
    {
      name: 'errs on SATA bus 1 (q35)',
      code: edit(Q35, ['<target dev="sda" bus="sata"/>', '<target dev="sda" bus="sata"/><address type="drive" controller="0" bus="1" target="0" unit="0"/>']),
      errors: [{ severity: 'error', near: 'controller="0" bus="|1"' }],
    },
  ],
});
