import rule from '../../rules/device-alias-unique.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts distinct aliases', code: edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><alias name='ua-x'/>"], ["<model type='virtio'/>", "<model type='virtio'/><alias name='ua-y'/>"]) },
  ],
  invalid: [
    {
      name: 'errs on a user alias used twice',
      code: edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><alias name='ua-x'/>"], ["<model type='virtio'/>", "<model type='virtio'/><alias name='ua-x'/>"]),
      errors: [{ severity: 'error', near: "<alias name='|ua-x'", nth: 2 }],
    },
  ],
});
