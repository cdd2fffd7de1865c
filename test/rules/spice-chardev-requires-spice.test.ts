import rule from '../../rules/spice-chardev-requires-spice.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const GR = "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1'>";
const SPICE_DEVS = "<channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel><redirdev bus='usb' type='spicevmc'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts them with a SPICE display', code: addDevices(edit(SEED, [GR, "<graphics type='spice' autoport='yes'>"]), SPICE_DEVS) },
  ],
  invalid: [
    {
      name: 'errs on a spicevmc channel and redirdev left behind after removing SPICE',
      code: addDevices(SEED, SPICE_DEVS),
      errors: [{ severity: 'error', near: "<channel type='|spicevmc'" }, { severity: 'error', near: "<redirdev bus='usb' type='|spicevmc'" }],
    },
    {
      name: 'errs on a spicevmc serial, parallel and console even with a SPICE display (only a virtio channel carries it)',
      code: addDevices(edit(SEED, [GR, "<graphics type='spice' autoport='yes'>"]), "<serial type='spicevmc'/><parallel type='spicevmc'/><console type='spicevmc'><target type='virtio'/></console>"),
      errors: [{ severity: 'error', near: "<serial type='|spicevmc'" }, { severity: 'error', near: "<parallel type='|spicevmc'" }, { severity: 'error', near: "<console type='|spicevmc'" }],
    },
  ],
});
