import rule from '../../rules/pci-root-model.js';
import { addDevices, edit, Q35, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts the matching roots (1)', code: Q35 },
    { name: 'accepts the matching roots (2)', code: addDevices(SEED, "<controller type='pci' index='0' model='pci-root'/>") },
  ],
  invalid: [
    {
      name: 'errs on pci-root on q35',
      code: edit(Q35, ['<controller type="pci" model="pcie-root"/>', '<controller type="pci" model="pci-root"/>']),
      errors: [{ severity: 'error', near: 'model="|pci-root"' }],
    },
    {
      name: 'errs on pcie-root on i440fx',
      code: addDevices(SEED, "<controller type='pci' index='0' model='pcie-root'/>"),
      errors: [{ severity: 'error', near: "model='|pcie-root'" }],
    },
  ],
});
