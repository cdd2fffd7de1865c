import rule from '../../rules/audio-fixed-settings.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: "accepts fixedSettings='yes' with mixingEngine='yes', and fixedSettings='no' with the engine off", code: addDevices(SEED, "<sound model='ich9'/><audio id='1' type='none'><input mixingEngine='yes' fixedSettings='yes'><settings frequency='44100' channels='2' format='s16'/></input><output mixingEngine='no' fixedSettings='no'/></audio>") },
  ],
  invalid: [
    {
      name: "errs on fixedSettings='yes' with the mixing engine off and with it not written",
      code: addDevices(SEED, "<sound model='ich9'/><audio id='1' type='none'><input mixingEngine='no' fixedSettings='yes'/><output fixedSettings='yes'/></audio>"),
      errors: [
        { severity: 'error', near: "<input mixingEngine='no' |fixedSettings='yes'", message: /turns the mixing engine off/ },
        { severity: 'error', near: "<output |fixedSettings='yes'", message: /does not turn it on/ },
      ],
    },
  ],
});
