import { addDevices, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'controller-index-unique';

describe(ID, () => {
  it('errs on a second virtio-serial controller with index 0', async () => {
    const doc = addDevices(SEED, "<controller type='virtio-serial' index='0'/>");
    await expectFindings(doc, ID, [error(pos(doc, "<controller type='virtio-serial' index='|0'/>"))]);
  });
  it('accepts USB companion controllers sharing an index, and other indexes', async () => {
    await expectClean(addDevices(SEED, "<controller type='usb' index='0' model='ich9-ehci1'/><controller type='usb' index='0' model='ich9-uhci1'/><controller type='virtio-serial' index='1'/>"), ID);
  });
});
