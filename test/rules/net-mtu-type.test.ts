import rule from '../../rules/net-mtu-type.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts <mtu> on bridge and ethernet interfaces (1)', code: edit(SEED, ["<interface type='user'>", "<interface type='bridge'><source bridge='br0'/>"], ["<model type='virtio'/>", "<model type='virtio'/><mtu size='9000'/>"]) },
    { name: 'accepts <mtu> on bridge and ethernet interfaces (2)', code: edit(SEED, ["<interface type='user'>", "<interface type='ethernet'>"], ["<model type='virtio'/>", "<model type='virtio'/><mtu size='9000'/>"]) },
  ],
  invalid: [
    {
      name: "errs on <mtu> for type='user'",
      code: edit(SEED, ["<model type='virtio'/>", "<model type='virtio'/><mtu size='9000'/>"]),
      errors: [{ severity: 'error', near: "<mtu size='|9000'" }],
    },
    {
      name: "errs on <mtu> for type='direct'",
      code: edit(SEED, ["<interface type='user'>", "<interface type='direct'><source dev='eth0' mode='bridge'/>"], ["<model type='virtio'/>", "<model type='virtio'/><mtu size='9000'/>"]),
      errors: [{ severity: 'error', near: "<mtu size='|9000'" }],
    },
  ],
});
