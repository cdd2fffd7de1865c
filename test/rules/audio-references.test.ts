import rule from '../../rules/audio-references.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'errs on a reference other than 1 when no <audio> exists (libvirt only adds id 1) (2)', code: addDevices(SEED, "<sound model='ich6'><audio id='1'/></sound>") },
    { name: 'accepts matching ids', code: addDevices(SEED, "<sound model='ich6'><audio id='1'/></sound><audio id='1' type='none'/>") },
    { name: "leaves fixedSettings='yes' without the mixing engine to audio-fixed-settings", code: addDevices(SEED, "<sound model='ich9'/><audio id='1' type='none'><output fixedSettings='yes'/></audio>") },
  ],
  invalid: [
    {
      name: 'errs on audio id 0',
      code: addDevices(SEED, "<sound model='ich9'/><audio id='0' type='none'/>"),
      errors: [{ severity: 'error', near: "<audio id='|0'", message: /id 0 is not permitted/ }],
    },
    {
      name: 'errs on a sound card referring to a missing audio id',
      code: addDevices(SEED, "<sound model='ich6'><audio id='2'/></sound><audio id='1' type='none'/>"),
      errors: [{ severity: 'error', near: "<audio id='|2'" }],
    },
    {
      name: 'errs on a repeated audio id and on spice audio without SPICE',
      code: addDevices(SEED, "<audio id='1' type='none'/><audio id='1' type='spice'/>"),
      errors: [{ severity: 'error', near: "<audio id='|1' type='spice'" }, { severity: 'error', near: "<audio id='1' |type='spice'" }],
    },
    {
      name: 'errs on a reference other than 1 when no <audio> exists (libvirt only adds id 1) (1)',
      code: addDevices(SEED, "<sound model='ich6'><audio id='2'/></sound>"),
      errors: [{ severity: 'error', near: "<audio id='|2'" }],
    },
  ],
});
