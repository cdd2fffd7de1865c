import rule from '../../rules/controller-model-qemu.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts ports= on qemu-xhci and nec-xhci', code: addDevices(SEED, "<controller type='usb' index='0' model='qemu-xhci' ports='8'/><controller type='usb' index='1' model='nec-xhci' ports='4'/>") },
    { name: 'accepts the SCSI models QEMU has', code: addDevices(SEED, "<controller type='scsi' index='0' model='virtio-scsi'/><controller type='scsi' index='1' model='lsilogic'/><controller type='scsi' index='2' model='am53c974'/>") },
    { name: 'accepts buslogic in a domain of another hypervisor', code: addDevices(SEED, "<controller type='scsi' index='0' model='buslogic'/>").replace("<domain type='qemu'", "<domain type='vmware'") },
  ],
  invalid: [
    {
      name: 'errs on ports= on USB controllers other than qemu-xhci and nec-xhci, a model written or not',
      code: addDevices(SEED, "<controller type='usb' index='0' model='ich9-ehci1' ports='4'/><controller type='usb' index='1' ports='8'/>"),
      errors: [
        { severity: 'error', near: "model='ich9-ehci1' |ports='4'", message: /controller 'ich9-ehci1' has no such setting/ },
        { severity: 'error', near: "index='1' |ports='8'", message: /without a model \(libvirt picks 'piix3-uhci'\)/ },
      ],
    },
    {
      name: 'errs on buslogic',
      code: addDevices(SEED, "<controller type='scsi' index='0' model='buslogic'/>"),
      errors: [{ severity: 'error', near: "model='|buslogic'" }],
    },
    {
      name: 'errs on ncr53c90 as a second controller and as the first on an x86 machine',
      code: addDevices(SEED, "<controller type='scsi' index='0' model='ncr53c90'/><controller type='scsi' index='1' model='ncr53c90'/>"),
      errors: [{ severity: 'error', near: "index='0' model='|ncr53c90'", message: /SPARC/ }, { severity: 'error', near: "index='1' model='|ncr53c90'", message: /index 0/ }],
    },
    {
      name: 'errs on the qusb1 and qusb2 USB controllers',
      code: addDevices(SEED, "<controller type='usb' index='3' model='qusb1'/><controller type='usb' index='4' model='qusb2'/>"),
      errors: [{ severity: 'error', near: "model='|qusb1'" }, { severity: 'error', near: "model='|qusb2'" }],
    },
  ],
});
