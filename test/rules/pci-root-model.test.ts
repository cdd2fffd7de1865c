import rule from '../../rules/pci-root-model.js';
import { addDevices, edit, Q35, ruleTester, SEED, otherArch } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a pci-root on s390x', code: otherArch('s390x', 's390-ccw-virtio', "<controller type='pci' index='0' model='pci-root'/>") },
    { name: 'accepts the matching roots (1)', code: Q35 },
    { name: 'accepts the matching roots (2)', code: addDevices(SEED, "<controller type='pci' index='0' model='pci-root'/>") },
    { name: 'accepts an unnumbered pci-root when no index 0 is written', code: addDevices(SEED, "<controller type='pci' model='pci-root'/>") },
  ],
  invalid: [
    { name: 'errs on a pcie-root on s390x (libvirt adds a pci-root there for zPCI)', code: otherArch('s390x', 's390-ccw-virtio', "<controller type='pci' index='0' model='pcie-root'/>"), errors: [{ severity: 'error', near: "model='|pcie-root'", message: /must be model='pci-root'/ }] },
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
    {
      name: 'errs on a pci-root at index 1',
      code: addDevices(SEED, "<controller type='pci' index='1' model='pci-root'/>"),
      errors: [{ severity: 'error', near: "index='1' model='|pci-root'" }],
    },
    {
      name: 'errs on an unnumbered pcie-root when another is written with index 0',
      code: addDevices(Q35, "<controller type='pci' index='0' model='pcie-root'/>"),
      errors: [{ severity: 'error', near: '<controller type="pci" model="|pcie-root"', message: /libvirt numbers it/ }],
    },
  ],
});
