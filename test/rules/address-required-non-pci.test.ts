import rule from '../../rules/address-required-non-pci.js';
import { addDevices, edit, ISAPC, Q35, ruleTester, SEED } from './helpers.js';

const USB_NET = "<interface type='user'><model type='usb-net'/></interface>";
const Q35_BALLOON = '<memballoon model="virtio"/>';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a usb-net NIC with a USB address (i440fx)', code: addDevices(SEED, "<interface type='user'><model type='usb-net'/><address type='usb' bus='0' port='1'/></interface>") },
    { name: 'accepts a usb-net NIC with a USB address (q35)', code: addDevices(Q35, "<interface type='user'><model type='usb-net'/><address type='usb' bus='0' port='1'/></interface>") },
    { name: 'accepts a usb-net NIC at a real PCI slot', code: addDevices(SEED, "<interface type='user'><model type='usb-net'/><address type='pci' domain='0x0000' bus='0x00' slot='0x09' function='0x0'/></interface>") },
    { name: 'accepts a xenbus controller with a USB address', code: addDevices(Q35, "<controller type='xenbus' index='0'><address type='usb' bus='0' port='2'/></controller>") },
    { name: 'accepts a USB sound card (not sent through PCI assignment)', code: addDevices(SEED, "<sound model='usb'/>") },
    { name: 'leaves Xen guests alone', code: edit(addDevices(SEED, "<controller type='xenbus' index='0'/>"), ["<domain type='qemu'>", "<domain type='xen'>"]) },
    { name: 'leaves isapc without a PCI controller to pci-bus-unavailable', code: addDevices(ISAPC, "<controller type='xenbus' index='0'/>") },
  ],
  invalid: [
    { name: 'errs on a usb-net NIC without an address (i440fx)', code: addDevices(SEED, USB_NET), errors: [{ severity: 'error', near: "<|interface type='user'><model type='usb-net'", message: /USB address/ }] },
    { name: 'errs on a usb-net NIC without an address (q35)', code: addDevices(Q35, USB_NET), errors: [{ near: "<|interface type='user'><model type='usb-net'" }] },
    { name: 'errs on a usb-net NIC with the all-zero PCI address', code: addDevices(Q35, "<interface type='user'><model type='usb-net'/><address type='pci'/></interface>"), errors: [{ near: "<|address type='pci'/>" }] },
    { name: 'errs on a xenbus controller without an address', code: addDevices(SEED, "<controller type='xenbus' index='0' maxGrantFrames='64'/>"), errors: [{ near: "<|controller type='xenbus'", message: /Xen guests/ }] },
    { name: 'errs on an isa controller', code: addDevices(SEED, "<controller type='isa' index='0'/>"), errors: [{ near: "<|controller type='isa'" }] },
    { name: "errs on a memballoon of model 'xen'", code: edit(Q35, [Q35_BALLOON, "<memballoon model='xen'/>"]), errors: [{ near: "<|memballoon model='xen'", message: /model='virtio'/ }] },
    { name: 'errs on isapc once a PCI controller is written', code: addDevices(ISAPC, `<controller type='pci' index='0' model='pci-root'/>${USB_NET}`), errors: [{ near: "<|interface type='user'><model type='usb-net'" }] },
  ],
});
