import rule from '../../rules/hostdev-duplicate.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

/** A host USB device named by its bus and physical port path. */
const usbByPort = (bus: string, port: string): string => `<hostdev mode='subsystem' type='usb'><source><address bus='${bus}' port='${port}'/></source></hostdev>`;
const PCI = "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x06' slot='0x12' function='0x5'/></source></hostdev>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts different functions of one device', code: addDevices(SEED, PCI + PCI.replace("function='0x5'", "function='0x6'")) },
    { name: 'accepts USB devices on two ports of one bus (no device number)', code: addDevices(SEED, usbByPort('1', '1.2') + usbByPort('1', '1.3')) },
    { name: 'accepts the same port path on two buses', code: addDevices(SEED, usbByPort('1', '2') + usbByPort('2', '2')) },
  ],
  invalid: [
    {
      name: 'errs on the same PCI device twice, however the numbers are written',
      code: addDevices(SEED, PCI + "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0' bus='6' slot='18' function='5'/></source></hostdev>"),
      errors: [{ severity: 'error', near: "<|source><address domain='0' bus='6'" }],
    },
    {
      name: 'errs on the same USB device twice',
      code: addDevices(SEED, "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source></hostdev>" + "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source></hostdev>"),
      errors: [{ severity: 'error', near: "<|source><vendor", nth: 2 }],
    },
    {
      name: 'errs on the same USB port twice, however the numbers are written',
      code: addDevices(SEED, usbByPort('1', '1.2') + usbByPort('0x1', '1.0x2')),
      errors: [{ severity: 'error', near: "<|source><address bus='0x1'" }],
    },
  ],
});
