import { addDevices, edit, error, expectClean, expectFindings, pos, Q35, SEED } from './helpers.js';

const ID = 'ide-controller-machine';
const Q35_CDROM = '<target dev="sda" bus="sata"/>';
const SEED_MACHINE = "machine='pc'";

/** A guest with nothing on PCI (isapc and microvm have no PCI bus) and one IDE disk. */
const withoutPci = (machine: string): string => `<domain type='qemu'>
  <name>t</name>
  <memory unit='KiB'>1048576</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='${machine}'>hvm</type>
  </os>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <source file='/var/lib/libvirt/images/t.img'/>
      <target dev='hda' bus='ide'/>
    </disk>
    <controller type='usb' model='none'/>
    <memballoon model='none'/>
  </devices>
</domain>
`;

describe(ID, () => {
  it('errs on an IDE cdrom on q35, at its bus', async () => {
    const doc = edit(Q35, [Q35_CDROM, '<target dev="hdc" bus="ide"/>']);
    await expectFindings(doc, ID, [error(pos(doc, 'bus="|ide"'))]);
  });
  it('errs on an hdX disk without bus on q35 (the bus is implied), at its target name', async () => {
    const doc = edit(Q35, [Q35_CDROM, '<target dev="hdc"/>']);
    await expectFindings(doc, ID, [error(pos(doc, 'dev="|hdc"'))]);
  });
  it('errs on an explicit IDE controller on q35, at its type', async () => {
    const doc = addDevices(Q35, "<controller type='ide' index='0'/>");
    await expectFindings(doc, ID, [error(pos(doc, "type='|ide'"))]);
  });
  it('errs on IDE on isapc and microvm as well', async () => {
    for (const machine of ['isapc', 'microvm', 'pc-q35-7.2']) {
      const doc = withoutPci(machine);
      await expectFindings(doc, ID, [error(pos(doc, "bus='|ide'"))]);
    }
  });
  it('errs on a second IDE controller on i440fx, at its index', async () => {
    const doc = addDevices(SEED, "<controller type='ide' index='1'/>");
    await expectFindings(doc, ID, [error(pos(doc, "index='|1'"))]);
  });
  it('accepts SATA on q35, IDE disks and IDE controller 0 on i440fx', async () => {
    await expectClean(Q35, ID);
    await expectClean(SEED, ID);
    await expectClean(addDevices(SEED, "<controller type='ide' index='0'/>"), ID);
    await expectClean(edit(SEED, [SEED_MACHINE, "machine='pc-i440fx-7.2'"]), ID);
    await expectClean(withoutPci('pc'), ID);
  });
  it('leaves non-x86 guests without a machine type and non-QEMU domains alone', async () => {
    await expectClean(edit(SEED, ["arch='x86_64' machine='pc'", "arch='aarch64'"]), ID);
    await expectClean(edit(SEED, ["<domain type='qemu'>", "<domain type='xen'>"], [SEED_MACHINE, "machine='xenfv'"]), ID);
  });
  it('errs on IDE on ARM virt (no built-in IDE controller)', async () => {
    const doc = edit(SEED, ["arch='x86_64' machine='pc'", "arch='aarch64' machine='virt'"]);
    await expectFindings(doc, ID, [error(pos(doc, "bus='|ide'"))]);
  });
});
