import rule from '../../rules/device-alias-unique.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts distinct aliases', code: edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><alias name='ua-x'/>"], ["<model type='virtio'/>", "<model type='virtio'/><alias name='ua-y'/>"]) },
    { name: "accepts the console aliasing serial port 0 repeating the serial's user alias", code: edit(SEED, ["<target port='0'/>", "<target port='0'/><alias name='ua-s'/>"], ["<target type='serial' port='0'/>", "<target type='serial' port='0'/><alias name='ua-s'/>"]) },
  ],
  invalid: [
    {
      name: "errs on a virtio console repeating a PCI serial's user alias",
      code: edit(SEED, ["<target port='0'/>", "<target type='pci-serial' port='0'/><alias name='ua-s'/>"], ["<target type='serial' port='0'/>", "<target type='virtio' port='0'/><alias name='ua-s'/>"]),
      errors: [{ severity: 'error', near: "<alias name='|ua-s'", nth: 2 }],
    },
    {
      name: 'errs on a user alias used twice',
      code: edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><alias name='ua-x'/>"], ["<model type='virtio'/>", "<model type='virtio'/><alias name='ua-x'/>"]),
      errors: [{ severity: 'error', near: "<alias name='|ua-x'", nth: 2 }],
    },
  ],
});
