import rule from '../../rules/disk-address-type-matches-bus.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const IDE1 = "<address type='drive' controller='0' bus='1' target='0' unit='0'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a virtio-mmio address on a virtio disk', code: addDevices(SEED, "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/m.img'/><target dev='vdm' bus='virtio'/><address type='virtio-mmio'/></disk>") },
    { name: 'accepts drive addresses on IDE and PCI addresses on virtio', code: SEED },
  ],
  invalid: [
    {
      name: 'errs on a PCI address for an IDE disk',
      code: edit(SEED, [IDE1, "<address type='pci' domain='0x0000' bus='0x00' slot='0x07' function='0x0'/>"]),
      errors: [{ severity: 'error', near: "<address type='|pci' domain='0x0000' bus='0x00' slot='0x07'" }],
    },
    {
      name: 'errs on a PCI address for a USB disk',
      code: edit(SEED, ["<target dev='hdc' bus='ide'/>", "<target dev='sdc' bus='usb'/>"], [IDE1, "<address type='pci' domain='0' bus='0' slot='7' function='0'/>"]),
      errors: [{ severity: 'error', near: "<address type='|pci' domain='0' bus='0' slot='7'" }],
    },
    {
      name: 'errs on a drive address for a virtio disk',
      code: edit(SEED, ["<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>", "<address type='drive' controller='0' bus='0' target='0' unit='1'/>"]),
      errors: [{ severity: 'error', near: "<address type='|drive' controller='0' bus='0'" }],
    },
    {
      name: 'errs on isa, usb and unassigned addresses on virtio disks',
      code: addDevices(SEED, ['isa', 'usb', 'unassigned'].map((t, i) => `<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/v${i}.img'/><target dev='vd${'xyz'[i]}' bus='virtio'/><address type='${t}'/></disk>`).join('')),
      errors: [{ severity: 'error', near: "<address type='|isa'" }, { severity: 'error', near: "<address type='|usb'" }, { severity: 'error', near: "<address type='|unassigned'" }],
    },
  ],
});
