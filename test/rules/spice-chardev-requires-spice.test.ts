import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'spice-chardev-requires-spice';
const GR = "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1'>";
const SPICE_DEVS = "<channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel><redirdev bus='usb' type='spicevmc'/>";

describe(ID, () => {
  it('errs on a spicevmc channel and redirdev left behind after removing SPICE', async () => {
    const doc = addDevices(SEED, SPICE_DEVS);
    await expectFindings(doc, ID, [error(pos(doc, "<channel type='|spicevmc'")), error(pos(doc, "<redirdev bus='usb' type='|spicevmc'"))]);
  });
  it('accepts them with a SPICE display', async () => {
    await expectClean(addDevices(edit(SEED, [GR, "<graphics type='spice' autoport='yes'>"]), SPICE_DEVS), ID);
  });
});
