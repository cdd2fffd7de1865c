import { addDevices, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'input-bus-compat';

describe(ID, () => {
  it('errs on a PS/2 tablet and USB passthrough input', async () => {
    const doc = addDevices(SEED, "<input type='tablet' bus='ps2'/><input type='passthrough' bus='usb'><source evdev='/dev/input/event1'/></input>");
    await expectFindings(doc, ID, [error(pos(doc, "bus='|ps2'")), error(pos(doc, "<input type='passthrough' bus='|usb'"))]);
  });
  it('accepts a PS/2 keyboard and a USB tablet', async () => {
    await expectClean(addDevices(SEED, "<input type='keyboard' bus='ps2'/><input type='tablet' bus='usb'/>"), ID);
  });
});
