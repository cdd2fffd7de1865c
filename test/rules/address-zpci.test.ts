import rule from '../../rules/address-zpci.js';
import { addDevices, otherArch, Q35, ruleTester } from './helpers.js';

const zpci = (slot: string, attrs: string): string => `<address type='pci' domain='0x0000' bus='0x00' slot='${slot}' function='0x0'><zpci${attrs}/></address>`;
const rng = (address: string): string => `<rng model='virtio'><backend model='random'>/dev/urandom</backend>${address}</rng>`;
const nic = (address: string): string => `<interface type='user'><model type='virtio'/>${address}</interface>`;
const s390x = (devices: string): string => otherArch('s390x', 's390-ccw-virtio', devices);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts distinct uids and fids on s390x', code: s390x(rng(zpci('0x01', " uid='0x0001' fid='0x00000000'")) + nic(zpci('0x02', " uid='0x0002' fid='0x00000001'"))) },
    { name: 'accepts the largest uid and fid', code: s390x(rng(zpci('0x01', " uid='0xffff' fid='0xffffffff'"))) },
    { name: 'accepts fids without uids (libvirt assigns them), and a fid of 0', code: s390x(rng(zpci('0x01', " fid='0'")) + nic(zpci('0x02', " fid='1'"))) },
    { name: 'accepts an empty <zpci/> off s390x (it asks for nothing)', code: addDevices(Q35, rng(zpci('0x05', ''))) },
    { name: 'accepts a PCI address without <zpci> on s390x', code: s390x(rng("<address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x0'/>")) },
  ],
  invalid: [
    {
      name: 'errs on zPCI ids in an x86 guest, at <zpci>',
      code: addDevices(Q35, rng(zpci('0x05', " uid='0x0001' fid='0x00000000'"))),
      errors: [{ severity: 'error', near: "function='0x0'><|zpci uid", message: /zPCI ids exist only on s390x .*not in an x86 guest/ }],
    },
    { name: 'errs on a fid alone in an aarch64 guest', code: otherArch('aarch64', 'virt', rng(zpci('0x05', " fid='0x1'"))), errors: [{ near: '<|zpci', message: /not in an aarch64 guest/ }] },
    { name: 'errs on uid 0, at the uid', code: s390x(rng(zpci('0x01', " uid='0x0000'"))), errors: [{ severity: 'error', near: "uid='|0x0000'", message: /uid 0 is not a user id/ }] },
    {
      name: 'errs on a second device with one uid, written in decimal and hex (10 and 0xa), at its uid',
      code: s390x(nic(zpci('0x01', " uid='10'")) + rng(zpci('0x02', " uid='0xa'"))),
      errors: [{ severity: 'error', near: "uid='|0xa'", message: /zPCI uid 0x000a is already the uid of the <interface> on line/ }],
    },
    {
      name: 'errs on a second device with one fid, written in octal and decimal (010 and 8), at its fid',
      code: s390x(rng(zpci('0x01', " uid='1' fid='010'")) + nic(zpci('0x02', " uid='2' fid='8'"))),
      errors: [{ severity: 'error', near: "fid='|8'", message: /zPCI fid 0x00000008 is already the fid of the <rng> on line/ }],
    },
    {
      name: 'errs on both ids of a copied address once each',
      code: s390x(rng(zpci('0x01', " uid='0x0001' fid='0x00000000'")) + rng(zpci('0x02', " uid='0x0001' fid='0x00000000'"))),
      errors: [{ near: "slot='0x02' function='0x0'><zpci uid='|0x0001'" }, { near: "slot='0x02' function='0x0'><zpci uid='0x0001' fid='|0x00000000'" }],
    },
  ],
});
