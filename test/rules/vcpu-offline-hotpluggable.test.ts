import rule from '../../rules/vcpu-offline-hotpluggable.js';
import { edit, ruleTester, SEED } from './helpers.js';

const VCPU = "<vcpu placement='static'>1</vcpu>";
const vcpus = (second: string): string => edit(SEED, [VCPU, `<vcpu placement='static'>4</vcpu><vcpus><vcpu id='0' enabled='yes' hotpluggable='no'/>${second}<vcpu id='2' enabled='yes' hotpluggable='yes'/><vcpu id='3' enabled='yes' hotpluggable='yes'/></vcpus>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts an offline hot-pluggable vCPU', code: vcpus("<vcpu id='1' enabled='no' hotpluggable='yes'/>") },
    { name: 'accepts an offline vCPU without hotpluggable (libvirt makes it hot-pluggable)', code: vcpus("<vcpu id='1' enabled='no'/>") },
  ],
  invalid: [{ name: 'errs on an offline vCPU that is not hot-pluggable', code: vcpus("<vcpu id='1' enabled='no' hotpluggable='no'/>"), errors: [{ severity: 'error', near: "enabled='no' hotpluggable='|no'", message: /vCPU 1/ }] }],
});
