import rule from '../../rules/controller-index-unique.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts an xHCI controller and an ICH9 UHCI companion with one index', code: addDevices(SEED, "<controller type='usb' index='3' model='qemu-xhci'/><controller type='usb' index='3' model='ich9-uhci1'/>") },
    { name: 'accepts USB companion controllers sharing an index, and other indexes', code: addDevices(SEED, "<controller type='usb' index='0' model='ich9-ehci1'/><controller type='usb' index='0' model='ich9-uhci1'/><controller type='virtio-serial' index='1'/>") },
  ],
  invalid: [
    {
      name: 'errs on a second virtio-serial controller with index 0',
      code: addDevices(SEED, "<controller type='virtio-serial' index='0'/>"),
      errors: [{ severity: 'error', near: "<controller type='virtio-serial' index='|0'/>" }],
    },
    {
      name: 'errs on two USB host controllers with one index (companions excepted)',
      code: addDevices(SEED, "<controller type='usb' index='3' model='nec-xhci'/><controller type='usb' index='3' model='ich9-uhci2'/><controller type='usb' index='3' model='piix3-uhci'/>"),
      errors: [{ severity: 'error', near: "index='|3' model='piix3-uhci'", message: /companions/ }],
    },
  ],
});
