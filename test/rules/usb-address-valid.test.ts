import rule from '../../rules/usb-address-valid.js';
import { addDevices, edit, Q35, ruleTester, SEED } from './helpers.js';

const usb = (port: string | number, bus = 0): string => `<address type='usb' bus='${bus}' port='${port}'/>`;
const input = (type: string, address = ''): string => `<input type='${type}' bus='usb'>${address}</input>`;
const hub = (port: string | number): string => `<hub type='usb'>${usb(port)}</hub>`;
const controller = (model: string, ports = ''): string => `<controller type='usb' index='0' model='${model}'${ports}/>`;
/** The q35 base without its USB controller: libvirt adds a qemu-xhci with 4 ports. */
const Q35_NO_USB = edit(Q35, ['<controller type="usb" model="qemu-xhci" ports="15"/>', '']);
const Q35_XHCI = (ports: string): string => edit(Q35, [' ports="15"', ports]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts two devices on different root ports', code: addDevices(SEED, input('tablet', usb(1)) + input('mouse', usb(2))) },
    { name: "accepts port 2, the last port of i440fx's default piix3-uhci", code: addDevices(SEED, input('tablet', usb(2))) },
    { name: 'accepts devices without a USB address (libvirt adds a hub when the root ports run out)', code: addDevices(SEED, input('tablet') + input('mouse') + input('keyboard')) },
    { name: 'accepts port 0 (libvirt picks the port)', code: addDevices(SEED, input('tablet', usb(0))) },
    { name: 'accepts a device on port 2 of a hub', code: addDevices(SEED, hub(1) + input('tablet', usb('1.2'))) },
    { name: 'leaves a port that does not parse (1.x) to the schema, also next to port 1', code: addDevices(SEED, input('tablet', usb(1)) + input('mouse', usb('1.x'))) },
    { name: 'accepts port 8, the last port of a hub, behind a hub on a hub', code: addDevices(SEED, hub(1) + hub('1.1') + input('tablet', usb('1.1.8'))) },
    { name: 'accepts bus 1 when a second USB controller has index 1', code: addDevices(SEED, "<controller type='usb' index='1' model='piix3-uhci'/>" + input('tablet', usb(1, 1))) },
    { name: "accepts port 4 of q35's default qemu-xhci (4 ports)", code: addDevices(Q35_NO_USB, input('tablet', usb(4))) },
    { name: "accepts port 15 of a qemu-xhci with ports='15'", code: addDevices(Q35, input('tablet', usb(15))) },
    { name: 'accepts port 3 of pci-ohci, port 4 of nec-xhci and port 6 of ich9-ehci1 (1)', code: addDevices(SEED, controller('pci-ohci') + input('tablet', usb(3))) },
    { name: 'accepts port 3 of pci-ohci, port 4 of nec-xhci and port 6 of ich9-ehci1 (2)', code: addDevices(SEED, controller('nec-xhci') + input('tablet', usb(4))) },
    { name: 'accepts port 3 of pci-ohci, port 4 of nec-xhci and port 6 of ich9-ehci1 (3)', code: addDevices(SEED, controller('ich9-ehci1') + input('tablet', usb(6))) },
    { name: 'accepts port 2 of a q35 USB controller written without a model (piix3-uhci)', code: addDevices(Q35_NO_USB, "<controller type='usb' index='0'/>" + input('tablet', usb(2))) },
  ],
  invalid: [
    {
      name: 'errs on two devices on the same port',
      code: addDevices(SEED, input('tablet', usb(1)) + input('mouse', usb(1))),
      errors: [{ severity: 'error', near: `<input type='mouse' bus='usb'><|address`, message: /<input> on line \d+ already uses that port/ }],
    },
    {
      name: 'errs on a device on the port a hub sits on',
      code: addDevices(SEED, hub(1) + input('tablet', usb(1))),
      errors: [{ severity: 'error', near: `<input type='tablet' bus='usb'><|address`, message: /<hub> on line \d+ already uses that port/ }],
    },
    {
      name: "errs on port 3 of i440fx's default piix3-uhci (2 ports)",
      code: addDevices(SEED, input('tablet', usb(3))),
      errors: [{ severity: 'error', near: '<input type=\'tablet\' bus=\'usb\'><|address', message: /default piix3-uhci controller .* has 2 ports/ }],
    },
    {
      name: "errs on port 5 of q35's default qemu-xhci (4 ports)",
      code: addDevices(Q35_NO_USB, input('tablet', usb(5))),
      errors: [{ severity: 'error', near: '<input type=\'tablet\' bus=\'usb\'><|address', message: /has 4 ports/ }],
    },
    {
      name: "errs on port 15 of a qemu-xhci without ports= (libvirt gives it 4)",
      code: addDevices(Q35_XHCI(''), input('tablet', usb(15))),
      errors: [{ severity: 'error', near: '<input type=\'tablet\' bus=\'usb\'><|address' }],
    },
    {
      name: "errs on port 16 of a qemu-xhci with ports='15' and on port 5 with ports='4' (1)",
      code: addDevices(Q35, input('tablet', usb(16))),
      errors: [{ severity: 'error', near: '<input type=\'tablet\' bus=\'usb\'><|address' }],
    },
    {
      name: "errs on port 16 of a qemu-xhci with ports='15' and on port 5 with ports='4' (2)",
      code: addDevices(Q35_XHCI(' ports="4"'), input('tablet', usb(5))),
      errors: [{ severity: 'error', near: '<input type=\'tablet\' bus=\'usb\'><|address', message: /ports='4'/ }],
    },
    {
      name: 'errs on port 4 of pci-ohci, port 5 of nec-xhci and port 7 of ich9-ehci1 (1)',
      code: addDevices(SEED, controller('pci-ohci') + input('tablet', usb(4))),
      errors: [{ severity: 'error', near: '<input type=\'tablet\' bus=\'usb\'><|address' }],
    },
    {
      name: 'errs on port 4 of pci-ohci, port 5 of nec-xhci and port 7 of ich9-ehci1 (2)',
      code: addDevices(SEED, controller('nec-xhci') + input('tablet', usb(5))),
      errors: [{ severity: 'error', near: '<input type=\'tablet\' bus=\'usb\'><|address' }],
    },
    {
      name: 'errs on port 4 of pci-ohci, port 5 of nec-xhci and port 7 of ich9-ehci1 (3)',
      code: addDevices(SEED, controller('ich9-ehci1') + input('tablet', usb(7))),
      errors: [{ severity: 'error', near: '<input type=\'tablet\' bus=\'usb\'><|address' }],
    },
    {
      name: 'errs on port 3 of a q35 USB controller written without a model (piix3-uhci)',
      code: addDevices(Q35_NO_USB, "<controller type='usb' index='0'/>" + input('tablet', usb(3))),
      errors: [{ severity: 'error', near: '<input type=\'tablet\' bus=\'usb\'><|address', message: /the model libvirt uses when none is given/ }],
    },
    {
      name: 'errs on a bus no USB controller has',
      code: addDevices(SEED, input('tablet', usb(1, 1))),
      errors: [{ severity: 'error', near: '<input type=\'tablet\' bus=\'usb\'><|address', message: /no USB controller has index='1'/ }],
    },
    {
      name: 'errs on a hub port without the hub',
      code: addDevices(SEED, input('tablet', usb('1.2'))),
      errors: [{ severity: 'error', near: '<input type=\'tablet\' bus=\'usb\'><|address', message: /no <hub> is at port 1/ }],
    },
    {
      name: 'errs on port 9 of a hub (8 ports)',
      code: addDevices(SEED, hub(1) + input('tablet', usb('1.9'))),
      errors: [{ severity: 'error', near: '<input type=\'tablet\' bus=\'usb\'><|address', message: /a USB hub has 8 ports/ }],
    },
    {
      name: 'errs on a qemu-xhci controller with more than 15 ports',
      code: addDevices(SEED, controller('qemu-xhci', " ports='20'")),
      errors: [{ severity: 'error', near: "ports='|20'" }],
    },
  ],
});
