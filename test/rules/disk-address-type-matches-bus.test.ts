import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-address-type-matches-bus';
const IDE1 = "<address type='drive' controller='0' bus='1' target='0' unit='0'/>";

describe(ID, () => {
  it('errs on a PCI address for an IDE disk', async () => {
    const doc = edit(SEED, [IDE1, "<address type='pci' domain='0x0000' bus='0x00' slot='0x07' function='0x0'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<address type='|pci' domain='0x0000' bus='0x00' slot='0x07'"))]);
  });
  it('errs on a PCI address for a USB disk', async () => {
    const doc = edit(SEED, ["<target dev='hdc' bus='ide'/>", "<target dev='sdc' bus='usb'/>"], [IDE1, "<address type='pci' domain='0' bus='0' slot='7' function='0'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<address type='|pci' domain='0' bus='0' slot='7'"))]);
  });
  it('errs on a drive address for a virtio disk', async () => {
    const doc = edit(SEED, ["<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>", "<address type='drive' controller='0' bus='0' target='0' unit='1'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<address type='|drive' controller='0' bus='0'"))]);
  });
  it('accepts drive addresses on IDE and PCI addresses on virtio', async () => {
    await expectClean(SEED, ID);
  });
});
