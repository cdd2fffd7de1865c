import rule from '../../rules/input-bus-compat.js';
import { addDevices, ruleTester, SEED, otherArch } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: "accepts model='virtio' without a bus on s390x (libvirt's default bus there is virtio)", code: otherArch('s390x', 's390-ccw-virtio', "<input type='mouse' model='virtio'/>") },
    { name: 'accepts virtio input on aarch64', code: otherArch('aarch64', 'virt', "<input type='keyboard' bus='virtio'/>") },
    { name: 'accepts the xen bus in a Xen PV domain', code: addDevices(SEED, "<input type='mouse' bus='xen'/>").replace("<domain type='qemu'", "<domain type='xen'").replace(" machine='pc'>hvm</type>", '>xen</type>') },
    { name: 'accepts a PS/2 keyboard and a USB tablet', code: addDevices(SEED, "<input type='keyboard' bus='ps2'/><input type='tablet' bus='usb'/>") },
    { name: "accepts model='virtio' on the virtio bus, for a mouse and for passthrough input", code: addDevices(SEED, "<input type='mouse' bus='virtio' model='virtio'/><input type='passthrough' bus='virtio' model='virtio'><source evdev='/dev/input/event1'/></input>") },
  ],
  invalid: [
    {
      name: 'errs on the xen bus in a Xen HVM domain (libvirt refuses it whatever the driver: virsh -c test:///default says "unsupported input bus xen")',
      code: addDevices(SEED, "<input type='mouse' bus='xen'/>").replace("<domain type='qemu'", "<domain type='xen'"),
      errors: [{ severity: 'error', near: "bus='|xen'", message: /not of an HVM guest/ }],
    },
    {
      name: 'errs on PS/2 input of ARM, RISC-V and s390 guests (their QEMU has no i8042), at the bus (1)',
      code: otherArch('aarch64', 'virt', "<input type='keyboard' bus='ps2'/>"),
      errors: [{ severity: 'error', near: "bus='|ps2'", message: /aarch64 guests have no PS\/2 controller/ }],
    },
    { name: 'errs on PS/2 input of ARM, RISC-V and s390 guests (their QEMU has no i8042), at the bus (2)', code: otherArch('armv7l', 'virt', "<input type='mouse' bus='ps2'/>"), errors: [{ near: "bus='|ps2'" }] },
    { name: 'errs on PS/2 input of ARM, RISC-V and s390 guests (their QEMU has no i8042), at the bus (3)', code: otherArch('s390x', 's390-ccw-virtio', "<input type='keyboard' bus='ps2'/>"), errors: [{ near: "bus='|ps2'", message: /Use bus='virtio'$/ }] },
    { name: "errs on model='virtio' without a bus on aarch64 (libvirt's default bus there is USB)", code: otherArch('aarch64', 'virt', "<controller type='usb' model='qemu-xhci'/><input type='mouse' model='virtio'/>"), errors: [{ near: "model='|virtio'/>", message: /not the default bus/ }] },
    {
      name: 'errs on an input model off the virtio bus, written or by default, at the model',
      code: addDevices(SEED, "<input type='mouse' bus='ps2' model='virtio'/><input type='tablet' model='virtio'/><input type='keyboard' bus='usb' model='virtio-non-transitional'/>"),
      errors: [
        { severity: 'error', near: "bus='ps2' model='|virtio'", message: /not 'ps2'/ },
        { severity: 'error', near: "<input type='tablet' model='|virtio'", message: /not the default bus/ },
        { severity: 'error', near: "model='|virtio-non-transitional'", message: /not 'usb'/ },
      ],
    },
    {
      name: 'errs on the (non-)transitional models on the virtio bus, passthrough included',
      code: addDevices(SEED, "<input type='keyboard' bus='virtio' model='virtio-transitional'/><input type='passthrough' bus='virtio' model='virtio-non-transitional'><source evdev='/dev/input/event1'/></input>"),
      errors: [
        { severity: 'error', near: "model='|virtio-transitional'", message: /no virtio-transitional variant/ },
        { severity: 'error', near: "model='|virtio-non-transitional'", message: /no virtio-non-transitional variant/ },
      ],
    },
    {
      name: 'errs on a PS/2 tablet and USB passthrough input',
      code: addDevices(SEED, "<input type='tablet' bus='ps2'/><input type='passthrough' bus='usb'><source evdev='/dev/input/event1'/></input>"),
      errors: [{ severity: 'error', near: "bus='|ps2'" }, { severity: 'error', near: "<input type='passthrough' bus='|usb'" }],
    },
    {
      name: 'errs on the xen input bus in a QEMU domain',
      code: addDevices(SEED, "<input type='mouse' bus='xen'/><input type='keyboard' bus='xen'/>"),
      errors: [{ severity: 'error', near: "<input type='mouse' bus='|xen'" }, { severity: 'error', near: "<input type='keyboard' bus='|xen'" }],
    },
  ],
});
