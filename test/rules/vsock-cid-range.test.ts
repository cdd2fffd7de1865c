import { addDevices, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'vsock-cid-range';

describe(ID, () => {
  it('errs on CID 2', async () => {
    const doc = addDevices(SEED, "<vsock model='virtio'><cid auto='no' address='2'/></vsock>");
    await expectFindings(doc, ID, [error(pos(doc, "address='|2'"))]);
  });
  it('accepts CID 3', async () => {
    await expectClean(addDevices(SEED, "<vsock model='virtio'><cid auto='no' address='3'/></vsock>"), ID);
  });
});
