import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'net-mtu-type';

describe(ID, () => {
  it("errs on <mtu> for type='user'", async () => {
    const doc = edit(SEED, ["<model type='virtio'/>", "<model type='virtio'/><mtu size='9000'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<mtu size='|9000'"))]);
  });
  it("errs on <mtu> for type='direct'", async () => {
    const doc = edit(SEED, ["<interface type='user'>", "<interface type='direct'><source dev='eth0' mode='bridge'/>"], ["<model type='virtio'/>", "<model type='virtio'/><mtu size='9000'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<mtu size='|9000'"))]);
  });
  it('accepts <mtu> on bridge and ethernet interfaces', async () => {
    await expectClean(edit(SEED, ["<interface type='user'>", "<interface type='bridge'><source bridge='br0'/>"], ["<model type='virtio'/>", "<model type='virtio'/><mtu size='9000'/>"]), ID);
    await expectClean(edit(SEED, ["<interface type='user'>", "<interface type='ethernet'>"], ["<model type='virtio'/>", "<model type='virtio'/><mtu size='9000'/>"]), ID);
  });
});
