import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'net-teaming';
const M = "<model type='virtio'/>";

describe(ID, () => {
  it('errs on a transient member without persistent=', async () => {
    const doc = edit(SEED, ["<interface type='user'>", "<interface type='hostdev' managed='yes'><source><address type='pci' domain='0' bus='6' slot='18' function='5'/></source>"], [M, "<teaming type='transient'/>"], ["<driver name='vhost' txmode='iothread' ioeventfd='off'/>", '']);
    await expectFindings(doc, ID, [error(pos(doc, "<teaming |type='transient'"))]);
  });
  it('errs on a persistent member with persistent= and a non-virtio model', async () => {
    const doc = edit(SEED, [M, "<model type='e1000'/><teaming type='persistent' persistent='ua-x'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<model type='|e1000'")), error(pos(doc, "|persistent='ua-x'"))]);
  });
  it("errs on a transient member that is not type='hostdev'", async () => {
    const doc = edit(SEED, [M, `${M}<teaming type='transient' persistent='ua-x'/>`]);
    await expectFindings(doc, ID, [error(pos(doc, "<interface type='|user'>"))]);
  });
  it('accepts a virtio persistent member', async () => {
    await expectClean(edit(SEED, [M, `${M}<teaming type='persistent'/>`]), ID);
  });
});
