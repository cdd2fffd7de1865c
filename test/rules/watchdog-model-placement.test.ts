import rule from '../../rules/watchdog-model-placement.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts ib700 without an address on i440fx', code: addDevices(SEED, "<watchdog model='ib700' action='reset'/>") },
    { name: 'accepts i6300esb at a PCI address', code: addDevices(SEED, "<watchdog model='i6300esb' action='reset'><address type='pci' domain='0x0000' bus='0x00' slot='0x0b' function='0x0'/></watchdog>") },
  ],
  invalid: [
    { name: 'errs on i6300esb at a USB address', code: addDevices(SEED, "<watchdog model='i6300esb' action='reset'><address type='usb' bus='0' port='1'/></watchdog>"), errors: [{ severity: 'error', near: "<address type='|usb'" }] },
    { name: 'errs on ib700 with an address', code: addDevices(SEED, "<watchdog model='ib700' action='reset'><address type='isa' iobase='0x443'/></watchdog>"), errors: [{ severity: 'error', near: "<|address type='isa'" }] },
    { name: 'errs on diag288 on x86', code: addDevices(SEED, "<watchdog model='diag288' action='reset'/>"), errors: [{ severity: 'error', near: "model='|diag288'" }] },
  ],
});
