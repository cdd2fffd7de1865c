import rule from '../../rules/disk-io-native-cache.js';
import { edit, ruleTester, SEED } from './helpers.js';

const DRV = "<driver name='qemu' type='qcow2' ioeventfd='on'/>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts cache='none' and cache='directsync', and io='threads' (1)", code: edit(SEED, [DRV, "<driver name='qemu' type='qcow2' io='native' cache='none'/>"]) },
    { name: "accepts cache='none' and cache='directsync', and io='threads' (2)", code: edit(SEED, [DRV, "<driver name='qemu' type='qcow2' cache='directsync' io='native'/>"]) },
    { name: "accepts cache='none' and cache='directsync', and io='threads' (3)", code: edit(SEED, [DRV, "<driver name='qemu' type='qcow2' io='threads'/>"]) },
  ],
  invalid: [
    {
      name: "errs on io='native' without cache",
      code: edit(SEED, [DRV, "<driver name='qemu' type='qcow2' io='native'/>"]),
      errors: [{ severity: 'error', near: "io='|native'" }],
    },
    {
      name: "errs on io='native' with cache='writeback'",
      code: edit(SEED, [DRV, "<driver name='qemu' type='qcow2' io='native' cache='writeback'/>"]),
      errors: [{ severity: 'error', near: "io='|native'" }],
    },
  ],
});
