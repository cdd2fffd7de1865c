import rule from '../../rules/address-ccw-s390-only.js';
import { addDevices, edit, Q35, ruleTester, s390, otherArch } from './helpers.js';

const ccw = (devno: string): string => `<address type='ccw' cssid='0xfe' ssid='0x0' devno='${devno}'/>`;
/** An s390x guest on the CCW machine, where CCW addresses belong. */
const S390 = s390('', `<rng model='virtio'><backend model='random'>/dev/urandom</backend>${ccw('0x0001')}</rng>\n    <memballoon model='virtio'>${ccw('0x0002')}</memballoon>`);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts CCW addresses on an s390x CCW machine', code: S390 },
    { name: 'accepts PCI addresses and no address on x86', code: addDevices(Q35, "<vsock model='virtio'><cid auto='yes'/><address type='pci' domain='0x0000' bus='0x00' slot='0x0a' function='0x0'/></vsock>") },
  ],
  invalid: [
    {
      name: 'errs on a CCW address on aarch64 and riscv64 virt too, at the type (1)',
      code: otherArch('aarch64', 'virt', "<memballoon model='virtio'><address type='ccw' cssid='0xfe' ssid='0x0' devno='0x0010'/></memballoon>").replace("\n    <memballoon model='none'/>", ''),
      errors: [{ severity: 'error', near: "<address type='|ccw'", message: /which aarch64 machine 'virt' does not have/ }],
    },
    { name: 'errs on a CCW address on aarch64 and riscv64 virt too, at the type (2)', code: otherArch('riscv64', 'virt', "<interface type='user'><model type='virtio'/><address type='ccw' cssid='0xfe' ssid='0x0' devno='0x0002'/></interface>"), errors: [{ near: "<address type='|ccw'" }] },
    {
      name: 'errs on CCW addresses of an rng, the memballoon and a vsock in a q35 guest, at each type',
      code: addDevices(
        edit(Q35, ['<backend model="random">/dev/urandom</backend>', `<backend model="random">/dev/urandom</backend>${ccw('0x0001')}`], ['<memballoon model="virtio"/>', `<memballoon model="virtio">${ccw('0x0002')}</memballoon>`]),
        `<vsock model='virtio'><cid auto='no' address='3'/>${ccw('0x0003')}</vsock>`,
      ),
      errors: [
        { severity: 'error', near: "<memballoon model=\"virtio\"><address type='|ccw'", message: /CCW address puts <memballoon> on s390's channel subsystem/ },
        { severity: 'error', near: "</backend><address type='|ccw'", message: /<rng>/ },
        { severity: 'error', near: "address='3'/><address type='|ccw'", message: /<vsock>.*machine 'q35'/ },
      ],
    },
    {
      name: 'errs on a CCW address without its numbers on an i440fx guest',
      code: edit(Q35, ['machine="q35"', 'machine="pc"'], ['<backend model="random">/dev/urandom</backend>', "<backend model=\"random\">/dev/urandom</backend><address type='ccw'/>"]),
      errors: [{ severity: 'error', near: "<address type='|ccw'/>", message: /<rng>/ }],
    },
    {
      name: 'errs on a vfio-ccw mediated device with a CCW address in a q35 guest, without suggesting a PCI address',
      code: addDevices(Q35, "<hostdev mode='subsystem' type='mdev' managed='no' model='vfio-ccw'><address type='ccw' cssid='0xfe' ssid='0x1' devno='0x0008'/><source><address uuid='8e37ee90-2b51-45e3-9b25-bf8283c03110'/></source></hostdev>"),
      errors: [{ severity: 'error', near: "model='vfio-ccw'><address type='|ccw'", message: /<hostdev>.*an x86 QEMU cannot assign it either\)$/ }],
    },
  ],
});
