import rule from '../../rules/usb-disabled.js';
import { addDevices, ISAPC, ruleTester, SEED, otherArch } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts USB input written without a bus on aarch64 once a USB controller is written', code: otherArch('aarch64', 'virt', "<controller type='usb' model='qemu-xhci'/><input type='tablet'/>") },
    { name: 'accepts a mouse without a bus on s390x (libvirt puts it on virtio there)', code: otherArch('s390x', 's390-ccw-virtio', "<input type='mouse'/>") },
    { name: 'accepts an aarch64 guest without a USB controller or USB devices', code: otherArch('aarch64', 'virt', "<input type='keyboard' bus='virtio'/>") },
    { name: 'accepts PS/2 input with USB disabled, and USB devices with USB enabled (1)', code: addDevices(SEED, "<controller type='usb' index='0' model='none'/><input type='mouse' bus='ps2'/>") },
    { name: 'accepts PS/2 input with USB disabled, and USB devices with USB enabled (2)', code: addDevices(SEED, "<input type='tablet' bus='usb'/>") },
    { name: 'accepts a USB serial port with USB enabled', code: addDevices(SEED, "<serial type='pty'><target type='usb-serial' port='1'/></serial>") },
    { name: 'accepts an isapc guest without USB devices', code: ISAPC },
    { name: 'accepts USB devices on isapc once a USB controller is written (on an ISA address)', code: addDevices(ISAPC, "<controller type='usb' model='piix3-uhci'><address type='isa' iobase='0x300'/></controller><input type='tablet' bus='usb'/>") },
  ],
  invalid: [
    {
      name: 'errs on USB devices of ARM, RISC-V and s390 guests without a USB controller (libvirt 9.0 adds none there)',
      code: otherArch('aarch64', 'virt', "<input type='tablet' bus='usb'/><redirdev bus='usb' type='pty'/>"),
      errors: [{ near: "<|input type='tablet'", message: /adds no USB controller to aarch64 guests \('virt' here\)/ }, { near: '<|redirdev' }],
    },
    {
      name: 'errs on input written without a bus where libvirt puts it on USB: riscv64, armv7l, an x86 tablet on isapc',
      code: otherArch('riscv64', 'virt', "<input type='mouse'/>"),
      errors: [{ near: "<|input type='mouse'" }],
    },
    { name: 'errs on a keyboard without a bus on an armv7l vexpress-a9 guest', code: otherArch('armv7l', 'vexpress-a9', "<input type='keyboard'/>"), errors: [{ near: '<|input' }] },
    { name: 'errs on a tablet without a bus on isapc (libvirt puts a tablet on USB)', code: addDevices(ISAPC, "<input type='tablet'/>"), errors: [{ near: "<|input type='tablet'", message: /isapc/ }] },
    {
      name: "errs on a USB disk of an s390x guest whose USB controller has no model (libvirt makes it 'none' there)",
      code: otherArch('s390x', 's390-ccw-virtio', "<controller type='usb'/><disk type='file' device='disk'><source file='/var/lib/libvirt/images/a.img'/><target dev='sda' bus='usb'/></disk>"),
      errors: [{ near: "bus='|usb'/></disk>", message: /on s390 libvirt makes a USB controller without a model 'none'/ }],
    },
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
