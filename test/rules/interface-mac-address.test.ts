import rule from '../../rules/interface-mac-address.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts distinct unicast MACs', code: addDevices(SEED, "<interface type='user'><mac address='52:54:00:e5:48:59'/><model type='virtio'/></interface>") },
  ],
  invalid: [
    {
      name: 'errs on a multicast MAC',
      code: edit(SEED, ['52:54:00:e5:48:58', '01:54:00:e5:48:58']),
      errors: [{ severity: 'error', near: "address='|01:54" }],
    },
    {
      name: 'warns on a MAC used twice (case-insensitive)',
      code: addDevices(SEED, "<interface type='user'><mac address='52:54:00:E5:48:58'/><model type='virtio'/></interface>"),
      errors: [{ severity: 'warning', near: "address='|52:54:00:E5" }],
    },
  ],
});
