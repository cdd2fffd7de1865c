import { edit, error, expectClean, expectFindings, pos, Q35, SEED } from './helpers.js';

const ID = 'disk-device-bus-compat';

describe(ID, () => {
  it('errs on a read-only IDE hard disk', async () => {
    const doc = edit(SEED, ["<disk type='file' device='cdrom'>", "<disk type='file' device='disk'>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<|readonly/>"))]);
  });
  it('errs on a read-only SATA hard disk (q35)', async () => {
    const doc = edit(Q35, ['<disk type="file" device="cdrom">', '<disk type="file" device="disk">']);
    await expectFindings(doc, ID, [error(pos(doc, '<|readonly/>'))]);
  });
  it('errs on a floppy on virtio and a hard disk on fdc', async () => {
    const doc = edit(
      SEED,
      ["<disk type='file' device='cdrom'>", "<disk type='file' device='floppy'>"],
      ["<target dev='hdc' bus='ide'/>", "<target dev='fda' bus='virtio'/>"],
      ["<target dev='vda' bus='virtio'/>", "<target dev='fdb' bus='fdc'/>"],
    );
    await expectFindings(doc, ID, [error(pos(doc, "<target dev='fdb' bus='|fdc'/>")), error(pos(doc, "<target dev='fda' bus='|virtio'/>"))]);
  });
  it('accepts a read-only cdrom on IDE', async () => {
    await expectClean(SEED, ID);
  });
});
