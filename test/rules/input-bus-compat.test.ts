import rule from '../../rules/input-bus-compat.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a PS/2 keyboard and a USB tablet', code: addDevices(SEED, "<input type='keyboard' bus='ps2'/><input type='tablet' bus='usb'/>") },
  ],
  invalid: [
    {
      name: 'errs on a PS/2 tablet and USB passthrough input',
      code: addDevices(SEED, "<input type='tablet' bus='ps2'/><input type='passthrough' bus='usb'><source evdev='/dev/input/event1'/></input>"),
      errors: [{ severity: 'error', near: "bus='|ps2'" }, { severity: 'error', near: "<input type='passthrough' bus='|usb'" }],
    },
  ],
});
