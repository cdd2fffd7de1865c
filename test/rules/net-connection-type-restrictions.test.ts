import rule from '../../rules/net-connection-type-restrictions.js';
import { edit, ruleTester, SEED } from './helpers.js';

const M = "<model type='virtio'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts them on a bridge with Open vSwitch', code: edit(SEED, ["<interface type='user'>", "<interface type='bridge'><source bridge='ovsbr0'/><virtualport type='openvswitch'/>"], [M, `${M}<vlan><tag id='42'/></vlan><coalesce><rx><frames max='7'/></rx></coalesce>`]) },
  ],
  invalid: [
    {
      name: "errs on <coalesce> and port isolation for type='user'",
      code: edit(SEED, [M, `${M}<coalesce><rx><frames max='7'/></rx></coalesce><port isolated='yes'/>`]),
      errors: [{ severity: 'error', near: '<|coalesce>' }, { severity: 'error', near: "|isolated='yes'" }],
    },
    {
      name: "warns on a VLAN tag for type='user' (libvirt only refuses at start)",
      code: edit(SEED, [M, `${M}<vlan><tag id='42'/></vlan>`]),
      errors: [{ severity: 'warning', near: '<|vlan>' }],
    },
  ],
});
