import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-transient';
const T = "<target dev='vda' bus='virtio'/>";

describe(ID, () => {
  it('errs on a read-only transient disk and a transient cdrom', async () => {
    const doc = edit(SEED, [T, `${T}<transient/><readonly/>`], ["<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='ide'/><transient/>"]);
    await expectFindings(doc, ID, [error(pos(doc, '<|transient/><readonly/>')), error(pos(doc, "<|transient/>", 2))]);
  });
  it('errs on a transient block device and on shareBacking over IDE', async () => {
    const block = edit(SEED, ["<disk type='file' device='disk'>", "<disk type='block' device='disk'>"], ["<source file='/var/lib/libvirt/images/f14.img'/>", "<source dev='/dev/sdb'/>"], [T, `${T}<transient/>`]);
    await expectFindings(block, ID, [error(pos(block, '<|transient/>'))]);
    const ide = addDevices(SEED, "<disk type='file' device='disk'><source file='/b.img'/><target dev='hdd' bus='ide'/><transient shareBacking='yes'/></disk>");
    await expectFindings(ide, ID, [error(pos(ide, "|shareBacking='yes'"))]);
  });
  it('accepts a transient image file on virtio', async () => {
    await expectClean(edit(SEED, [T, `${T}<transient shareBacking='yes'/>`]), ID);
  });
});
