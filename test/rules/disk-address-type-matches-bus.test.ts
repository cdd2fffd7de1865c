import rule from '../../rules/disk-address-type-matches-bus.js';
import { edit, ruleTester, SEED } from './helpers.js';

const IDE1 = "<address type='drive' controller='0' bus='1' target='0' unit='0'/>";

ruleTester.run(rule, {
  valid: [
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
  ],
});
