import rule from '../../rules/hostdev-capabilities-mode.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [{ name: 'accepts the host block device as a <disk type=block> (what QEMU guests use instead)', code: addDevices(SEED, "<disk type='block' device='disk'><driver name='qemu' type='raw'/><source dev='/dev/sdf1'/><target dev='vdb' bus='virtio'/></disk>") }],
  invalid: [
    {
      name: "errs on mode='capabilities' in a QEMU domain",
      code: addDevices(SEED, "<hostdev mode='capabilities' type='storage'><source><block>/dev/sdf1</block></source></hostdev>"),
      errors: [{ severity: 'error', near: "mode='|capabilities'" }],
    },
  ],
});
