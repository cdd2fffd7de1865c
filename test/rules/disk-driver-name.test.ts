import rule from '../../rules/disk-driver-name.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: "accepts 'qemu' and a driver without name", code: edit(SEED, ["<driver name='qemu' type='raw'/>", "<driver type='raw'/>"]) },
    { name: 'does not apply to Xen domains', code: edit(SEED, ["<domain type='qemu'>", "<domain type='xen'>"], ["<driver name='qemu' type='qcow2' ioeventfd='on'/>", "<driver name='tap' type='qcow2'/>"]) },
  ],
  invalid: [
    {
      name: "errs on driver name 'tap'",
      code: edit(SEED, ["<driver name='qemu' type='qcow2' ioeventfd='on'/>", "<driver name='tap' type='qcow2'/>"]),
      errors: [{ severity: 'error', near: "name='|tap'" }],
    },
  ],
});
