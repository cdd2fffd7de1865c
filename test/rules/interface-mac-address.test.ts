import { addDevices, edit, error, expectClean, expectFindings, pos, SEED, warning } from './helpers.js';

const ID = 'interface-mac-address';

describe(ID, () => {
  it('errs on a multicast MAC', async () => {
    const doc = edit(SEED, ['52:54:00:e5:48:58', '01:54:00:e5:48:58']);
    await expectFindings(doc, ID, [error(pos(doc, "address='|01:54"))]);
  });
  it('warns on a MAC used twice (case-insensitive)', async () => {
    const doc = addDevices(SEED, "<interface type='user'><mac address='52:54:00:E5:48:58'/><model type='virtio'/></interface>");
    await expectFindings(doc, ID, [warning(pos(doc, "address='|52:54:00:E5"))]);
  });
  it('accepts distinct unicast MACs', async () => {
    await expectClean(addDevices(SEED, "<interface type='user'><mac address='52:54:00:e5:48:59'/><model type='virtio'/></interface>"), ID);
  });
});
