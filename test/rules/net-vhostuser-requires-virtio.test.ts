import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'net-vhostuser-requires-virtio';
const VU = "<interface type='vhostuser'><source type='unix' path='/tmp/vu.sock' mode='client'/>";

describe(ID, () => {
  it('errs on an e1000 vhost-user interface', async () => {
    const doc = edit(SEED, ["<interface type='user'>", VU], ["<driver name='vhost' txmode='iothread' ioeventfd='off'/>", ''], ["<model type='virtio'/>", "<model type='e1000'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<model type='|e1000'"))]);
  });
  it('accepts a virtio vhost-user interface', async () => {
    await expectClean(edit(SEED, ["<interface type='user'>", VU], ["<driver name='vhost' txmode='iothread' ioeventfd='off'/>", '']), ID);
  });
});
