import rule from '../../rules/rom-disabled-settings.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

const PCI_SOURCE = "<source><address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/></source>";
const hostdev = (rom: string): string => `<hostdev mode='subsystem' type='pci' managed='yes'>${PCI_SOURCE}${rom}</hostdev>`;

ruleTester.run(rule, {
  valid: [
    { name: "accepts enabled='no' alone, and bar or file on an enabled ROM (1)", code: addDevices(SEED, hostdev("<rom enabled='no'/>")) },
    { name: "accepts enabled='no' alone, and bar or file on an enabled ROM (2)", code: addDevices(SEED, hostdev("<rom bar='off' file='/tmp/rom.bin'/>")) },
    { name: "accepts enabled='no' alone, and bar or file on an enabled ROM (3)", code: addDevices(SEED, "<interface type='user'><model type='e1000'/><rom enabled='no'/></interface><interface type='user'><model type='rtl8139'/><rom bar='off'/></interface>") },
  ],
  invalid: [
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
