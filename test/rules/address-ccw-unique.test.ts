import rule from '../../rules/address-ccw-unique.js';
import { otherArch, ruleTester } from './helpers.js';

const ccw = (cssid: string, ssid: string, devno: string): string => `<address type='ccw' cssid='${cssid}' ssid='${ssid}' devno='${devno}'/>`;
const nic = (address: string): string => `<interface type='user'><model type='virtio'/>${address}</interface>`;
const rng = (address: string): string => `<rng model='virtio'><backend model='random'>/dev/urandom</backend>${address}</rng>`;
const s390x = (devices: string): string => otherArch('s390x', 's390-ccw-virtio', devices);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts distinct devnos', code: s390x(nic(ccw('0xfe', '0x0', '0x0002')) + rng(ccw('0xfe', '0x0', '0x0003'))) },
    { name: 'accepts one devno in two subchannel sets, and in two channel subsystems (1)', code: s390x(nic(ccw('0xfe', '0x0', '0x0002')) + rng(ccw('0xfe', '0x1', '0x0002'))) },
    { name: 'accepts one devno in two subchannel sets, and in two channel subsystems (2)', code: s390x(nic(ccw('0x0', '0x0', '0x0002')) + rng(ccw('0xfe', '0x0', '0x0002'))) },
  ],
  invalid: [
    {
      name: 'errs on a second device at one CCW address, at its devno',
      code: s390x(nic(ccw('0xfe', '0x0', '0x0002')) + rng(ccw('0xfe', '0x0', '0x0002'))),
      errors: [{ severity: 'error', near: "<rng model='virtio'><backend model='random'>/dev/urandom</backend><address type='ccw' cssid='0xfe' ssid='0x0' devno='|0x0002'", message: /CCW address fe\.0\.0002 is already the address of the <interface> on line/ }],
    },
    {
      name: 'errs on one address written two ways (0x2 and 0x0002; 254 and 0xfe)',
      code: s390x(nic(ccw('254', '0', '2')) + rng(ccw('0xfe', '0x0', '0x0002'))),
      errors: [{ severity: 'error', near: "devno='|0x0002'" }],
    },
  ],
});
