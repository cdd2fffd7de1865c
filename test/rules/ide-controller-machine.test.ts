import rule from '../../rules/ide-controller-machine.js';
import { addDevices, edit, ISAPC, Q35, ruleTester, SEED } from './helpers.js';

const Q35_CDROM = '<target dev="sda" bus="sata"/>';
const SEED_MACHINE = "machine='pc'";

/** A guest with nothing on PCI (isapc and microvm have no PCI bus) and one IDE disk. */
const withoutPci = (machine: string): string =>
  addDevices(
    edit(ISAPC, ["machine='isapc'", `machine='${machine}'`]),
    "<disk type='file' device='disk'><source file='/var/lib/libvirt/images/t.img'/><target dev='hda' bus='ide'/></disk><controller type='usb' model='none'/>",
  );

ruleTester.run(rule, {
  valid: [
    { name: 'accepts SATA on q35, IDE disks and IDE controller 0 on i440fx (1)', code: Q35 },
    { name: 'accepts SATA on q35, IDE disks and IDE controller 0 on i440fx (2)', code: SEED },
    { name: 'accepts SATA on q35, IDE disks and IDE controller 0 on i440fx (3)', code: addDevices(SEED, "<controller type='ide' index='0'/>") },
    { name: 'accepts SATA on q35, IDE disks and IDE controller 0 on i440fx (4)', code: edit(SEED, [SEED_MACHINE, "machine='pc-i440fx-7.2'"]) },
    { name: 'accepts SATA on q35, IDE disks and IDE controller 0 on i440fx (5)', code: withoutPci('pc') },
    { name: 'leaves non-x86 guests without a machine type and non-QEMU domains alone (1)', code: edit(SEED, ["arch='x86_64' machine='pc'", "arch='aarch64'"]) },
    { name: 'leaves non-x86 guests without a machine type and non-QEMU domains alone (2)', code: edit(SEED, ["<domain type='qemu'>", "<domain type='xen'>"], [SEED_MACHINE, "machine='xenfv'"]) },
  ],
  invalid: [
    {
      name: 'errs on an IDE cdrom on q35, at its bus',
      code: edit(Q35, [Q35_CDROM, '<target dev="hdc" bus="ide"/>']),
      errors: [{ severity: 'error', near: 'bus="|ide"' }],
    },
    {
      name: 'errs on an hdX disk without bus on q35 (the bus is implied), at its target name',
      code: edit(Q35, [Q35_CDROM, '<target dev="hdc"/>']),
      errors: [{ severity: 'error', near: 'dev="|hdc"' }],
    },
    {
      name: 'errs on an explicit IDE controller on q35, at its type',
      code: addDevices(Q35, "<controller type='ide' index='0'/>"),
      errors: [{ severity: 'error', near: "type='|ide'" }],
    },
    {
      name: 'errs on IDE on isapc and microvm as well (1)',
      code: withoutPci('isapc'),
      errors: [{ severity: 'error', near: "bus='|ide'" }],
    },
    {
      name: 'errs on IDE on isapc and microvm as well (2)',
      code: withoutPci('microvm'),
      errors: [{ severity: 'error', near: "bus='|ide'" }],
    },
    {
      name: 'errs on IDE on isapc and microvm as well (3)',
      code: withoutPci('pc-q35-7.2'),
      errors: [{ severity: 'error', near: "bus='|ide'" }],
    },
    {
      name: 'errs on a second IDE controller on i440fx, at its index',
      code: addDevices(SEED, "<controller type='ide' index='1'/>"),
      errors: [{ severity: 'error', near: "index='|1'" }],
    },
    {
      name: 'errs on IDE on ARM virt (no built-in IDE controller)',
      code: edit(SEED, ["arch='x86_64' machine='pc'", "arch='aarch64' machine='virt'"]),
      errors: [{ severity: 'error', near: "bus='|ide'" }],
    },
  ],
});
