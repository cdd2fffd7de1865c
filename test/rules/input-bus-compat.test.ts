import rule from '../../rules/input-bus-compat.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts the xen bus in a Xen domain', code: addDevices(SEED, "<input type='mouse' bus='xen'/>").replace("<domain type='qemu'", "<domain type='xen'") },
    { name: 'accepts a PS/2 keyboard and a USB tablet', code: addDevices(SEED, "<input type='keyboard' bus='ps2'/><input type='tablet' bus='usb'/>") },
  ],
  invalid: [
    {
      name: 'errs on a PS/2 tablet and USB passthrough input',
      code: addDevices(SEED, "<input type='tablet' bus='ps2'/><input type='passthrough' bus='usb'><source evdev='/dev/input/event1'/></input>"),
      errors: [{ severity: 'error', near: "bus='|ps2'" }, { severity: 'error', near: "<input type='passthrough' bus='|usb'" }],
    },
    {
      name: 'errs on the xen input bus in a QEMU domain',
      code: addDevices(SEED, "<input type='mouse' bus='xen'/><input type='keyboard' bus='xen'/>"),
      errors: [{ severity: 'error', near: "<input type='mouse' bus='|xen'" }, { severity: 'error', near: "<input type='keyboard' bus='|xen'" }],
    },
  ],
});
