import rule from '../../rules/hostdev-mdev-s390-only.js';
import { addDevices, otherArch, Q35, ruleTester } from './helpers.js';

const mdev = (model: string, address = ''): string => `<hostdev mode='subsystem' type='mdev' model='${model}'><source><address uuid='11f92c9d-b0b0-4016-b306-a8071277f8b9'/></source>${address}</hostdev>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a vfio-ap mediated device on s390x', code: otherArch('s390x', 's390-ccw-virtio', mdev('vfio-ap')) },
    { name: 'accepts a vfio-pci mediated device on x86', code: addDevices(Q35, mdev('vfio-pci')) },
    { name: 'leaves a vfio-ccw device with a CCW address on x86 to address-ccw-s390-only', code: addDevices(Q35, mdev('vfio-ccw', "<address type='ccw' cssid='0xfe' ssid='0x0' devno='0x0008'/>")) },
  ],
  invalid: [
    { name: 'errs on a vfio-ap mediated device on x86, at the model', code: addDevices(Q35, mdev('vfio-ap')), errors: [{ severity: 'error', near: "model='|vfio-ap'", message: /an s390 crypto adapter \(AP\), which only an s390x guest can be given, not an x86 one/ }] },
    { name: 'errs on a vfio-ccw mediated device without an address on aarch64', code: otherArch('aarch64', 'virt', mdev('vfio-ccw')), errors: [{ near: "model='|vfio-ccw'", message: /not an aarch64 one/ }] },
  ],
});
