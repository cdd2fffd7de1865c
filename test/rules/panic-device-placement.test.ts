import rule from '../../rules/panic-device-placement.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts one ISA panic device at its port', code: addDevices(SEED, "<panic model='isa'><address type='isa' iobase='0x506'/></panic>") },
    { name: 'accepts a panic without a model (isa on x86) beside a hyperv one', code: addDevices(SEED, "<panic/><panic model='hyperv'/>") },
  ],
  invalid: [
    {
      name: "errs on a non-ISA address on an ISA panic device, model written or by default, at the address type",
      code: addDevices(SEED, "<panic model='isa'><address type='usb' bus='0' port='1'/></panic><panic model='hyperv'/><panic><address type='pci' domain='0x0000' bus='0x00' slot='0x09' function='0x0'/></panic>"),
      errors: [
        { severity: 'error', near: "<address type='|usb'", message: /not 'usb'/ },
        { severity: 'error', near: '<|panic><address', message: /second <panic model='isa'>/ },
        { severity: 'error', near: "<panic><address type='|pci'", message: /not 'pci'/ },
      ],
    },
    { name: 'errs on an address on the hyperv panic notifier', code: addDevices(SEED, "<panic model='hyperv'><address type='isa' iobase='0x505'/></panic>"), errors: [{ severity: 'error', near: "<|address type='isa'" }] },
    { name: 'errs on two panic devices of one model', code: addDevices(SEED, "<panic model='isa'/><panic model='isa'/>"), errors: [{ severity: 'error', near: "<panic model='|isa'/>", nth: 2, message: /line \d+/ }] },
    { name: "errs on a panic without a model beside an ISA one (libvirt's default on x86 is isa)", code: addDevices(SEED, "<panic/><panic model='isa'/>"), errors: [{ severity: 'error', near: "<panic model='|isa'/>", message: /model='isa'/ }] },
    { name: 'errs on two panics without a model', code: addDevices(SEED, '<panic/><panic/>'), errors: [{ severity: 'error', near: '<|panic/>', nth: 2, message: /neither names a model/ }] },
  ],
});
