import rule from '../../rules/hostdev-address-type.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a USB address for a USB hostdev', code: addDevices(SEED, "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source><address type='usb' bus='0' port='1'/></hostdev>") },
  ],
  invalid: [
    {
      name: 'errs on a PCI guest address for a USB hostdev',
      code: addDevices(SEED, "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source><address type='pci' domain='0' bus='0' slot='9' function='0'/></hostdev>"),
      errors: [{ severity: 'error', near: "<address type='|pci' domain='0' bus='0' slot='9'" }],
    },
  ],
});
