import rule from '../../rules/rom-disabled-settings.js';
import { addDevices, ruleTester, SEED, otherArch } from './helpers.js';

const PCI_SOURCE = "<source><address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/></source>";
const hostdev = (rom: string): string => `<hostdev mode='subsystem' type='pci' managed='yes'>${PCI_SOURCE}${rom}</hostdev>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts <rom> on an s390x NIC with a PCI (zPCI) address', code: otherArch('s390x', 's390-ccw-virtio', "<interface type='user'><model type='virtio'/><rom bar='off'/><address type='pci'><zpci uid='0x0001'/></address></interface>") },
    { name: "accepts enabled='no' alone, and bar or file on an enabled ROM (1)", code: addDevices(SEED, hostdev("<rom enabled='no'/>")) },
    { name: "accepts enabled='no' alone, and bar or file on an enabled ROM (2)", code: addDevices(SEED, hostdev("<rom bar='off' file='/tmp/rom.bin'/>")) },
    { name: "accepts enabled='no' alone, and bar or file on an enabled ROM (3)", code: addDevices(SEED, "<interface type='user'><model type='e1000'/><rom enabled='no'/></interface><interface type='user'><model type='rtl8139'/><rom bar='off'/></interface>") },
  ],
  invalid: [
    { name: 'errs on <rom> on an s390x NIC without a PCI address (a CCW device), at the element', code: otherArch('s390x', 's390-ccw-virtio', "<interface type='user'><model type='virtio'/><rom bar='off'/></interface>"), errors: [{ severity: 'error', near: '<|rom bar', message: /s390x NIC is a CCW device/ }] },
    {
      name: "errs on file with enabled='no' on a host device, at file",
      code: addDevices(SEED, hostdev("<rom enabled='no' file='/tmp/rom.bin'/>")),
      errors: [{ severity: 'error', near: "file='|/tmp/rom.bin'" }],
    },
    {
      name: "errs on bar with enabled='no' on a NIC, at bar",
      code: addDevices(SEED, "<interface type='user'><model type='e1000'/><rom enabled='no' bar='on'/></interface>"),
      errors: [{ severity: 'error', near: "bar='|on'" }],
    },
  ],
});
