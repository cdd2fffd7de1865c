import rule from '../../rules/usb-disabled.js';
import { addDevices, ISAPC, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts PS/2 input with USB disabled, and USB devices with USB enabled (1)', code: addDevices(SEED, "<controller type='usb' index='0' model='none'/><input type='mouse' bus='ps2'/>") },
    { name: 'accepts PS/2 input with USB disabled, and USB devices with USB enabled (2)', code: addDevices(SEED, "<input type='tablet' bus='usb'/>") },
    { name: 'accepts a USB serial port with USB enabled', code: addDevices(SEED, "<serial type='pty'><target type='usb-serial' port='1'/></serial>") },
    { name: 'accepts an isapc guest without USB devices', code: ISAPC },
    { name: 'accepts USB devices on isapc once a USB controller is written (on an ISA address)', code: addDevices(ISAPC, "<controller type='usb' model='piix3-uhci'><address type='isa' iobase='0x300'/></controller><input type='tablet' bus='usb'/>") },
  ],
  invalid: [
    { name: 'errs on a CCID controller with USB disabled', code: addDevices(SEED, "<controller type='usb' index='0' model='none'/><controller type='ccid' index='0'/>"), errors: [{ severity: 'error', near: "<|controller type='ccid'", message: /CCID controller is a USB device/ }] },
    { name: 'errs on a USB serial port with USB disabled', code: addDevices(SEED, "<controller type='usb' index='0' model='none'/><serial type='pty'><target type='usb-serial' port='1'/></serial>"), errors: [{ near: "<|serial type='pty'><target type='usb-serial'" }] },
    {
      name: 'errs on USB devices on isapc without a USB controller (libvirt adds none there)',
      code: addDevices(ISAPC, "<input type='tablet' bus='usb'/><disk type='file' device='disk'><source file='/tmp/x.img'/><target dev='sda' bus='usb'/></disk><hub type='usb'/><controller type='ccid' index='0'/>"),
      errors: [{ near: "<|input type='tablet'", message: /adds no USB controller to an isapc machine/ }, { near: "bus='|usb'/></disk>" }, { near: "<|hub" }, { near: "<|controller type='ccid'" }],
    },
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
