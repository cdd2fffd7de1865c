import { addDevices, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'usb-disabled';

describe(ID, () => {
  it('errs on a USB tablet and a redirdev while USB is disabled', async () => {
    const doc = addDevices(SEED, "<controller type='usb' index='0' model='none'/><input type='tablet' bus='usb'/><redirdev bus='usb' type='pty'/>");
    await expectFindings(doc, ID, [error(pos(doc, "<|input type='tablet'")), error(pos(doc, '<|redirdev'))]);
  });
  it('accepts PS/2 input with USB disabled, and USB devices with USB enabled', async () => {
    await expectClean(addDevices(SEED, "<controller type='usb' index='0' model='none'/><input type='mouse' bus='ps2'/>"), ID);
    await expectClean(addDevices(SEED, "<input type='tablet' bus='usb'/>"), ID);
  });
});
