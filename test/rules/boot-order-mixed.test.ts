import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'boot-order-mixed';

describe(ID, () => {
  it('errs on a device boot order while <os><boot dev> is present', async () => {
    const doc = edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><boot order='1'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<boot order='|1'"))]);
  });
  it('accepts device boot orders alone, and <os><boot> alone', async () => {
    await expectClean(edit(SEED, [`<boot dev='cdrom'/>
    <boot dev='hd'/>`, ''], ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><boot order='1'/>"]), ID);
    await expectClean(SEED, ID);
  });
});
