import rule from '../../rules/pci-controller-options.js';
import { addDevices, edit, Q35, ruleTester, SEED } from './helpers.js';

const NUMA = "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu><clock offset='utc'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts each option on the models that take it (1)', code: Q35 },
    { name: 'accepts each option on the models that take it (2)', code: addDevices(SEED, "<controller type='pci' index='1' model='pci-bridge'><model name='pci-bridge'/><target chassisNr='1'/></controller>") },
    { name: 'accepts each option on the models that take it (3)', code: addDevices(SEED, "<controller type='pci' index='0' model='pci-root'><target hotplug='off'/></controller>") },
    { name: 'accepts each option on the models that take it (4)', code: addDevices(Q35, "<controller type='pci' index='5' model='pcie-root-port'><model name='ioh3420'/><target chassis='9' port='0x20' hotplug='off'/></controller>") },
    { name: 'accepts each option on the models that take it (5)', code: addDevices(edit(SEED, ["<clock offset='utc'/>", NUMA]), "<controller type='pci' index='1' model='pci-expander-bus'><target busNr='254'><node>0</node></target></controller>") },
  ],
  invalid: [
    {
      name: 'errs on options the model does not take, at the option (1)',
      code: addDevices(SEED, "<controller type='pci' index='1' model='pci-bridge'><target chassis='3' busNr='100' hotplug='off'/></controller>"),
      errors: [{ severity: 'error', near: "chassis='|3'" }, { severity: 'error', near: "busNr='|100'" }, { severity: 'error', near: "hotplug='|off'" }],
    },
    {
      name: 'errs on options the model does not take, at the option (2)',
      code: addDevices(Q35, "<controller type='pci' index='5' model='pcie-root-port'><target chassisNr='5'/></controller>"),
      errors: [{ severity: 'error', near: "chassisNr='|5'" }],
    },
    {
      name: 'errs on options the model does not take, at the option (3)',
      code: addDevices(SEED, "<controller type='pci' index='0' model='pci-root'><target index='0'/></controller>"),
      errors: [{ severity: 'error', near: "<target index='|0'" }],
    },
    {
      name: 'errs on hotplug on pcie-root and a NUMA node on a pci-bridge (1)',
      code: edit(Q35, ['<controller type="pci" model="pcie-root"/>', '<controller type="pci" model="pcie-root"><target hotplug="off"/></controller>']),
      errors: [{ severity: 'error', near: 'hotplug="|off"' }],
    },
    {
      name: 'errs on hotplug on pcie-root and a NUMA node on a pci-bridge (2)',
      code: addDevices(edit(SEED, ["<clock offset='utc'/>", NUMA]), "<controller type='pci' index='1' model='pci-bridge'><target><node>0</node></target></controller>"),
      errors: [{ severity: 'error', near: '<node>|0' }],
    },
    {
      name: 'errs on a <model name> of another controller',
      code: addDevices(SEED, "<controller type='pci' index='1' model='pci-bridge'><model name='i82801b11-bridge'/></controller>"),
      errors: [{ severity: 'error', near: "name='|i82801b11-bridge'" }],
    },
    {
      name: 'errs on chassisNr 0, busNr 0 and 255, a NUMA node that does not exist, and an address on pci-root (1)',
      code: addDevices(SEED, "<controller type='pci' index='1' model='pci-bridge'><target chassisNr='0'/></controller>"),
      errors: [{ severity: 'error', near: "chassisNr='|0'" }],
    },
    {
      name: 'errs on chassisNr 0, busNr 0 and 255, a NUMA node that does not exist, and an address on pci-root (2)',
      code: addDevices(SEED, `<controller type='pci' index='1' model='pci-expander-bus'><target busNr='0'/></controller>`),
      errors: [{ severity: 'error', near: `busNr='|0'` }],
    },
    {
      name: 'errs on chassisNr 0, busNr 0 and 255, a NUMA node that does not exist, and an address on pci-root (3)',
      code: addDevices(SEED, `<controller type='pci' index='1' model='pci-expander-bus'><target busNr='255'/></controller>`),
      errors: [{ severity: 'error', near: `busNr='|255'` }],
    },
    {
      name: 'errs on chassisNr 0, busNr 0 and 255, a NUMA node that does not exist, and an address on pci-root (4)',
      code: addDevices(edit(SEED, ["<clock offset='utc'/>", NUMA]), "<controller type='pci' index='1' model='pci-expander-bus'><target busNr='200'><node>1</node></target></controller>"),
      errors: [{ severity: 'error', near: '<node>|1' }],
    },
    {
      name: 'errs on chassisNr 0, busNr 0 and 255, a NUMA node that does not exist, and an address on pci-root (5)',
      code: addDevices(SEED, "<controller type='pci' index='0' model='pci-root'><address type='pci' slot='0x05'/></controller>"),
      errors: [{ severity: 'error', near: "<|address type='pci' slot='0x05'" }],
    },
  ],
});
