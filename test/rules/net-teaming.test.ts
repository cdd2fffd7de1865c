import rule from '../../rules/net-teaming.js';
import { edit, ruleTester, SEED } from './helpers.js';

const M = "<model type='virtio'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a virtio persistent member', code: edit(SEED, [M, `${M}<teaming type='persistent'/>`]) },
  ],
  invalid: [
    {
      name: 'errs on a transient member without persistent=',
      code: edit(SEED, ["<interface type='user'>", "<interface type='hostdev' managed='yes'><source><address type='pci' domain='0' bus='6' slot='18' function='5'/></source>"], [M, "<teaming type='transient'/>"], ["<driver name='vhost' txmode='iothread' ioeventfd='off'/>", '']),
      errors: [{ severity: 'error', near: "<teaming |type='transient'" }],
    },
    {
      name: 'errs on a persistent member with persistent= and a non-virtio model',
      code: edit(SEED, [M, "<model type='e1000'/><teaming type='persistent' persistent='ua-x'/>"]),
      errors: [{ severity: 'error', near: "<model type='|e1000'" }, { severity: 'error', near: "|persistent='ua-x'" }],
    },
    {
      name: "errs on a transient member that is not type='hostdev'",
      code: edit(SEED, [M, `${M}<teaming type='transient' persistent='ua-x'/>`]),
      errors: [{ severity: 'error', near: "<interface type='|user'>" }],
    },
  ],
});
