import rule from '../../rules/usb-device-address-type.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

const PCI = "<address type='pci' domain='0x0000' bus='0x00' slot='0x0d' function='0x0'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a USB tablet and a redirection device on USB addresses', code: addDevices(SEED, "<input type='tablet' bus='usb'><address type='usb' bus='0' port='1'/></input><redirdev bus='usb' type='tcp'><source mode='connect' host='127.0.0.1' service='4000'/><address type='usb' bus='0' port='2'/></redirdev>") },
    { name: 'accepts a virtio keyboard on a PCI address', code: addDevices(SEED, `<input type='keyboard' bus='virtio'>${PCI}</input>`) },
  ],
  invalid: [
    {
      name: 'errs on a tablet (USB by default) on a PCI address, at the address type',
      code: addDevices(SEED, `<input type='tablet'>${PCI}</input>`),
      errors: [{ severity: 'error', near: "<input type='tablet'><address type='|pci'" }],
    },
    {
      name: 'errs on a redirection device on a drive address',
      code: addDevices(SEED, "<redirdev bus='usb' type='tcp'><source mode='connect' host='127.0.0.1' service='4000'/><address type='drive' controller='0' bus='0' target='0' unit='0'/></redirdev>"),
      errors: [{ severity: 'error', near: "service='4000'/><address type='|drive'" }],
    },
  ],
});
