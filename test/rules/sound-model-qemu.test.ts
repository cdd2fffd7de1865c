import rule from '../../rules/sound-model-qemu.js';
import { addDevices, Q35, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts ich6/ich9 with codecs and the other models without (1)', code: addDevices(SEED, "<sound model='ich6'><codec type='duplex'/></sound><sound model='ac97'/><sound model='sb16'/>") },
    { name: 'accepts ich6/ich9 with codecs and the other models without (2)', code: addDevices(Q35, "<sound model='ich9'><codec type='micro'/></sound>") },
  ],
  invalid: [
    {
      name: "errs on model 'ich7' (i440fx and q35), at the model (1)",
      code: addDevices(SEED, "<sound model='ich7'/>"),
      errors: [{ severity: 'error', near: "model='|ich7'" }],
    },
    {
      name: "errs on model 'ich7' (i440fx and q35), at the model (2)",
      code: addDevices(Q35, "<sound model='ich7'/>"),
      errors: [{ severity: 'error', near: "model='|ich7'" }],
    },
    {
      name: 'warns on a <codec> of a card that is not Intel HDA',
      code: addDevices(SEED, "<sound model='ac97'><codec type='duplex'/></sound>"),
      errors: [{ severity: 'warning', near: '<|codec' }],
    },
  ],
});
