import { addDevices, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'hostdev-address-type';

describe(ID, () => {
  it('errs on a PCI guest address for a USB hostdev', async () => {
    const doc = addDevices(SEED, "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source><address type='pci' domain='0' bus='0' slot='9' function='0'/></hostdev>");
    await expectFindings(doc, ID, [error(pos(doc, "<address type='|pci' domain='0' bus='0' slot='9'"))]);
  });
  it('accepts a USB address for a USB hostdev', async () => {
    await expectClean(addDevices(SEED, "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source><address type='usb' bus='0' port='1'/></hostdev>"), ID);
  });
});
