import rule from '../../rules/usb-companion-master.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

const EHCI = "<controller type='usb' index='0' model='ich9-ehci1'/>";
const UHCI1 = "<controller type='usb' index='0' model='ich9-uhci1'><master startport='0'/></controller>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a companion whose index has another, non-companion host controller (libvirt takes it as master)', code: addDevices(SEED, "<controller type='usb' index='3' model='qemu-xhci'/><controller type='usb' index='3' model='ich9-uhci1'/>") },
    { name: 'accepts a companion with its ich9-ehci1 master', code: addDevices(SEED, EHCI + UHCI1) },
    {
      name: 'accepts companions written without an index next to their master (as virt-install writes them)',
      code: addDevices(SEED, "<controller type='usb' model='ich9-ehci1'/><controller type='usb' model='ich9-uhci1'><master startport='0'/></controller><controller type='usb' model='ich9-uhci2'><master startport='2'/></controller>"),
    },
  ],
  invalid: [
    {
      name: "errs on a companion whose index is not its master's",
      code: addDevices(SEED, "<controller type='usb' index='9' model='ich9-uhci1'><master startport='2'/></controller><controller type='usb' index='0' model='ich9-ehci1'/>"),
      errors: [{ severity: 'error', near: "model='|ich9-uhci1'", message: /index='9'/ }],
    },
    {
      name: 'errs on a companion without a master (with and without <master>) (1)',
      code: addDevices(SEED, UHCI1),
      errors: [{ severity: 'error', near: "model='|ich9-uhci1'" }],
    },
    {
      name: 'errs on a companion without a master (with and without <master>) (2)',
      code: addDevices(SEED, "<controller type='usb' index='0' model='ich9-uhci1'/>"),
      errors: [{ severity: 'error', near: "model='|ich9-uhci1'" }],
    },
  ],
});
