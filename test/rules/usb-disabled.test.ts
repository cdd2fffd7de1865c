import rule from '../../rules/usb-disabled.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts PS/2 input with USB disabled, and USB devices with USB enabled (1)', code: addDevices(SEED, "<controller type='usb' index='0' model='none'/><input type='mouse' bus='ps2'/>") },
    { name: 'accepts PS/2 input with USB disabled, and USB devices with USB enabled (2)', code: addDevices(SEED, "<input type='tablet' bus='usb'/>") },
  ],
  invalid: [
    {
      name: 'errs on a USB tablet and a redirdev while USB is disabled',
      code: addDevices(SEED, "<controller type='usb' index='0' model='none'/><input type='tablet' bus='usb'/><redirdev bus='usb' type='pty'/>"),
      errors: [{ severity: 'error', near: "<|input type='tablet'" }, { severity: 'error', near: '<|redirdev' }],
    },
    {
      name: 'errs on a smartcard (a USB CCID device) with USB disabled',
      code: addDevices(SEED, "<controller type='usb' index='0' model='none'/><smartcard mode='host'/>"),
      errors: [{ severity: 'error', near: '<|smartcard' }],
    },
  ],
});
