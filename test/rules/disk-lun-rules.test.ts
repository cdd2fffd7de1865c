import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-lun-rules';

describe(ID, () => {
  it('errs on a lun on IDE', async () => {
    const doc = edit(
      SEED,
      ["<disk type='file' device='cdrom'>", "<disk type='block' device='lun'>"],
      ["<source file='/var/lib/libvirt/Fedora-14-x86_64-Live-KDE.iso'/>", "<source dev='/dev/sdb'/>"],
      ['<readonly/>', ''],
    );
    await expectFindings(doc, ID, [error(pos(doc, "<target dev='hdc' bus='|ide'/>"))]);
  });
  it('errs on a lun backed by a file', async () => {
    const doc = edit(SEED, ["<disk type='file' device='disk'>", "<disk type='file' device='lun'>"], ["type='qcow2' ioeventfd='on'", "type='raw'"]);
    await expectFindings(doc, ID, [error(pos(doc, "<disk type='|file' device='lun'>"))]);
  });
  it('errs on rawio and sgio on an ordinary disk', async () => {
    const doc = edit(SEED, ["<disk type='file' device='disk'>", "<disk type='file' device='disk' rawio='yes' sgio='filtered'>"]);
    await expectFindings(doc, ID, [error(pos(doc, "|rawio='yes'")), error(pos(doc, "|sgio='filtered'"))]);
  });
  it('errs on a qcow2 lun, and on wwn and serial on a SCSI lun', async () => {
    const doc = addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun'><driver name='qemu' type='qcow2'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/><serial>abc</serial><wwn>5000c50015ea71ac</wwn></disk>");
    await expectFindings(doc, ID, [error(pos(doc, "type='|qcow2'/><source dev='/dev/sdb'")), error(pos(doc, '<serial>|abc')), error(pos(doc, '<wwn>|5000'))]);
  });
  it('accepts a block lun on virtio-scsi', async () => {
    const doc = addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun' rawio='yes'><driver name='qemu' type='raw'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/></disk>");
    await expectClean(doc, ID);
  });
});
