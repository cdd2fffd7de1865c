import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-model-requires-virtio-bus';

describe(ID, () => {
  it("errs on model='virtio' on an IDE cdrom", async () => {
    const doc = edit(SEED, ["<disk type='file' device='cdrom'>", "<disk type='file' device='cdrom' model='virtio'>"]);
    await expectFindings(doc, ID, [error(pos(doc, "model='|virtio'>"))]);
  });
  it('accepts virtio models on virtio disks', async () => {
    const doc = edit(SEED, ["<disk type='file' device='disk'>", "<disk type='file' device='disk' model='virtio-non-transitional'>"]);
    await expectClean(doc, ID);
  });
});
