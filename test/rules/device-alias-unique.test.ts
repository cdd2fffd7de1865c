import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'device-alias-unique';

describe(ID, () => {
  it('errs on a user alias used twice', async () => {
    const doc = edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><alias name='ua-x'/>"], ["<model type='virtio'/>", "<model type='virtio'/><alias name='ua-x'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<alias name='|ua-x'", 2))]);
  });
  it('accepts distinct aliases', async () => {
    await expectClean(edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><alias name='ua-x'/>"], ["<model type='virtio'/>", "<model type='virtio'/><alias name='ua-y'/>"]), ID);
  });
});
