import { addDevices, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'hostdev-duplicate';
const PCI = "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x06' slot='0x12' function='0x5'/></source></hostdev>";

describe(ID, () => {
  it('errs on the same PCI device twice, however the numbers are written', async () => {
    const doc = addDevices(SEED, PCI + "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0' bus='6' slot='18' function='5'/></source></hostdev>");
    await expectFindings(doc, ID, [error(pos(doc, "<|source><address domain='0' bus='6'"))]);
  });
  it('errs on the same USB device twice', async () => {
    const usb = "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source></hostdev>";
    const doc = addDevices(SEED, usb + usb);
    await expectFindings(doc, ID, [error(pos(doc, "<|source><vendor", 2))]);
  });
  it('accepts different functions of one device', async () => {
    await expectClean(addDevices(SEED, PCI + PCI.replace("function='0x5'", "function='0x6'")), ID);
  });
});
