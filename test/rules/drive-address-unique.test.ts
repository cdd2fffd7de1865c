import rule from '../../rules/drive-address-unique.js';
import { addDevices, Q35, ruleTester, SEED } from './helpers.js';

const IDE1 = "<address type='drive' controller='0' bus='1' target='0' unit='0'/>";
const VSCSI = "<controller type='scsi' model='virtio-scsi'/>";
const drive = (unit: number): string => `<address type='drive' controller='0' bus='0' target='0' unit='${unit}'/>`;
const disk = (dev: string, bus: string, address = '', device = 'disk'): string =>
  `<disk type='file' device='${device}'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/${dev}.img'/><target dev='${dev}' bus='${bus}'/>${address}</disk>`;
const scsiHostdev = (address: string): string =>
  `<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source>${address}</hostdev>`;

ruleTester.run(rule, {
  valid: [
    { name: 'treats different buses as separate address spaces and different units as distinct', code: addDevices(SEED, `<controller type='scsi' model='virtio-scsi'/>
<disk type='file' device='disk'><source file='/a.img'/><target dev='sda' bus='scsi'/>${IDE1}</disk>
<disk type='file' device='cdrom'><source file='/b.iso'/><target dev='hdd' bus='ide'/><readonly/><address type='drive' controller='0' bus='1' target='0' unit='1'/></disk>`) },
    { name: "accepts an explicit SCSI unit next to the unit libvirt derives from another disk's target name", code: addDevices(SEED, VSCSI + disk('sda', 'scsi') + disk('sdb', 'scsi', drive(2))) },
    { name: 'accepts a SCSI target name that libvirt maps to a second controller (sdh → controller 1)', code: addDevices(SEED, VSCSI + disk('sdh', 'scsi')) },
    { name: "accepts a q35 SATA disk on unit 1 next to sda's implied unit 0", code: addDevices(Q35, disk('sdb', 'sata', drive(1))) },
  ],
  invalid: [
    {
      name: "errs on an explicit SCSI address equal to the one libvirt derives from another disk's target name",
      code: addDevices(SEED, VSCSI + disk('sda', 'scsi') + disk('sdb', 'scsi', drive(0))),
      errors: [{ severity: 'error', near: `<|${drive(0).slice(1)}`, message: /disk 'sdb' on line \d+ \(its <address>\) .* already taken by disk 'sda' on line \d+ \(the address libvirt derives from target 'sda'\)/ }],
    },
    {
      name: "errs on an explicit IDE address equal to hda's implied one",
      code: addDevices(SEED, disk('hda', 'ide') + disk('hdd', 'ide', drive(0))),
      errors: [{ severity: 'error', near: `<|${drive(0).slice(1)}` }],
    },
    {
      name: "errs on a SCSI host device at the unit libvirt derives from a disk's target name",
      code: addDevices(SEED, VSCSI + disk('sda', 'scsi') + scsiHostdev(drive(0))),
      errors: [{ severity: 'error', near: `<|${drive(0).slice(1)}</hostdev>` }],
    },
    {
      name: "errs on a q35 SATA disk at unit 0, which sda's target name already implies",
      code: addDevices(Q35, disk('sdb', 'sata', drive(0))),
      errors: [{ severity: 'error', near: `<|${drive(0).slice(1)}` }],
    },
    {
      name: "errs on a floppy at unit 0, which fda's target name already implies",
      code: addDevices(SEED, disk('fda', 'fdc', '', 'floppy') + disk('fdb', 'fdc', drive(0), 'floppy')),
      errors: [{ severity: 'error', near: `<|${drive(0).slice(1)}` }],
    },
    {
      name: 'errs on two IDE disks whose target names map to the same drive (hda and sda on bus ide)',
      code: addDevices(SEED, disk('hda', 'ide') + disk('sda', 'ide')),
      errors: [{ severity: 'error', near: "<target dev='|sda'", message: /disk 'sda' on line \d+ \(the address libvirt derives from target 'sda'\).*disk 'hda'/ }],
    },
    {
      name: 'errs on a second IDE disk at the same drive address',
      code: addDevices(SEED, `    <disk type='file' device='cdrom'>
      <source file='/x.iso'/>
      <target dev='hdd' bus='ide'/>
      <readonly/>
      ${IDE1}
    </disk>`),
      errors: [{ severity: 'error', near: IDE1.replace('<', '<|'), nth: 2 }],
    },
    {
      name: 'errs on a SCSI host device at a SCSI disk address',
      code: addDevices(SEED, `<controller type='scsi' model='virtio-scsi'/>
<disk type='file' device='disk'><source file='/a.img'/><target dev='sda' bus='scsi'/><address type='drive' controller='0' bus='0' target='0' unit='3'/></disk>
<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source><address type='drive' controller='0' bus='0' target='0' unit='3'/></hostdev>`),
      errors: [{ severity: 'error', near: "<|address type='drive' controller='0' bus='0' target='0' unit='3'/></hostdev>" }],
    },
  ],
});
