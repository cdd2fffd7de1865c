import rule from '../../rules/cpu-model-features.js';
import { edit, ruleTester, SEED } from './helpers.js';

const cpu = (xml: string): string => edit(SEED, ["<clock offset='utc'/>", `${xml}<clock offset='utc'/>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a model with a vendor and distinct features', code: cpu("<cpu mode='custom' match='exact'><model fallback='allow'>qemu64</model><vendor>AMD</vendor><feature policy='disable' name='vmx'/><feature policy='require' name='svm'/></cpu>") },
    { name: 'accepts features on host-passthrough', code: cpu("<cpu mode='host-passthrough'><feature policy='disable' name='vmx'/></cpu>") },
  ],
  invalid: [
    {
      name: 'errs on a vendor without a model, at <vendor>',
      code: cpu("<cpu mode='custom' match='exact'><vendor>Intel</vendor></cpu>"),
      errors: [{ severity: 'error', near: '<|vendor>' }],
    },
    {
      name: 'errs on a feature named twice, at the second name',
      code: cpu("<cpu mode='custom' match='exact'><model fallback='allow'>qemu64</model><feature policy='require' name='vmx'/><feature policy='disable' name='vmx'/></cpu>"),
      errors: [{ severity: 'error', near: "policy='disable' name='|vmx'", message: /line \d+/ }],
    },
  ],
});
