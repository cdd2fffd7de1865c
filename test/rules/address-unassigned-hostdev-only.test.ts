import rule from '../../rules/address-unassigned-hostdev-only.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts it on a PCI hostdev', code: addDevices(SEED, "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x06' slot='0x12' function='0x5'/></source><address type='unassigned'/></hostdev>") },
  ],
  invalid: [
    {
      name: "errs on type='unassigned' for a video device",
      code: edit(SEED, ["<address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>", "<address type='unassigned'/>"]),
      errors: [{ severity: 'error', near: "type='|unassigned'" }],
    },
  ],
});
