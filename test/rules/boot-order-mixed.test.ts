import rule from '../../rules/boot-order-mixed.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts device boot orders alone, and <os><boot> alone (1)', code: edit(SEED, [`<boot dev='cdrom'/>
    <boot dev='hd'/>`, ''], ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><boot order='1'/>"]) },
    { name: 'accepts device boot orders alone, and <os><boot> alone (2)', code: SEED },
  ],
  invalid: [
    {
      name: 'errs on a device boot order while <os><boot dev> is present',
      code: edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><boot order='1'/>"]),
      errors: [{ severity: 'error', near: "<boot order='|1'" }],
    },
  ],
});
