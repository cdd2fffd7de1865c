import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'address-unassigned-hostdev-only';

describe(ID, () => {
  it("errs on type='unassigned' for a video device", async () => {
    const doc = edit(SEED, ["<address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>", "<address type='unassigned'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "type='|unassigned'"))]);
  });
  it('accepts it on a PCI hostdev', async () => {
    await expectClean(addDevices(SEED, "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x06' slot='0x12' function='0x5'/></source><address type='unassigned'/></hostdev>"), ID);
  });
});
