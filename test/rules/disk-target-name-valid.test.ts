import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-target-name-valid';

describe(ID, () => {
  it('errs on a partition as target', async () => {
    const doc = edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda1' bus='virtio'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "dev='|vda1'"))]);
  });
  it('errs on an unknown prefix and on a floppy not named fd*', async () => {
    const doc = edit(
      SEED,
      ["<target dev='vda' bus='virtio'/>", "<target dev='xyz' bus='virtio'/>"],
      ["<disk type='file' device='cdrom'>", "<disk type='file' device='floppy'>"],
      ["<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='fdc'/>"],
    );
    await expectFindings(doc, ID, [error(pos(doc, "dev='|xyz'")), error(pos(doc, "dev='|hdc' bus='fdc'"))]);
  });
  it('errs on a name too long to become a disk position', async () => {
    const doc = edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vdgaaaaaa' bus='virtio'/>"], ["<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>", '']);
    await expectFindings(doc, ID, [error(pos(doc, "dev='|vdgaaaaaa'"))]);
    await expectClean(edit(doc, ["'vdgaaaaaa'", "'vdgaaa'"]), ID);
  });
  it('accepts ordinary names, including long ones like sdaa', async () => {
    const doc = edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vdaa' bus='virtio'/>"]);
    await expectClean(doc, ID);
  });
});
