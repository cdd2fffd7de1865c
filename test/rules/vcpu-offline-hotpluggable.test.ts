import rule from '../../rules/vcpu-offline-hotpluggable.js';
import { edit, ruleTester, SEED } from './helpers.js';

const VCPU = "<vcpu placement='static'>1</vcpu>";
const vcpus = (second: string): string => edit(SEED, [VCPU, `<vcpu placement='static'>4</vcpu><vcpus><vcpu id='0' enabled='yes' hotpluggable='no'/>${second}<vcpu id='2' enabled='yes' hotpluggable='yes'/><vcpu id='3' enabled='yes' hotpluggable='yes'/></vcpus>`]);

/** Two vCPUs: `first` for vCPU 0, then vCPU 1 (online, hot-pluggable) with `order`. */
const two = (first: string, order = ''): string => edit(SEED, [VCPU, `<vcpu placement='static'>2</vcpu><vcpus>${first}<vcpu id='1' enabled='yes' hotpluggable='yes'${order}/></vcpus>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts an offline hot-pluggable vCPU', code: vcpus("<vcpu id='1' enabled='no' hotpluggable='yes'/>") },
    { name: 'accepts an offline vCPU without hotpluggable (libvirt makes it hot-pluggable)', code: vcpus("<vcpu id='1' enabled='no'/>") },
    { name: 'accepts orders on every online vCPU, vCPU 0 first, and an order on an offline vCPU only (1)', code: two("<vcpu id='0' enabled='yes' hotpluggable='no' order='1'/>", " order='2'") },
    { name: 'accepts orders on every online vCPU, vCPU 0 first, and an order on an offline vCPU only (2)', code: edit(SEED, [VCPU, "<vcpu placement='static'>2</vcpu><vcpus><vcpu id='0' enabled='yes' hotpluggable='no'/><vcpu id='1' enabled='no' hotpluggable='yes' order='1'/></vcpus>"]) },
  ],
  invalid: [
    { name: 'errs on an offline vCPU that is not hot-pluggable', code: vcpus("<vcpu id='1' enabled='no' hotpluggable='no'/>"), errors: [{ severity: 'error', near: "enabled='no' hotpluggable='|no'", message: /vCPU 1/ }] },
    { name: 'errs on a vCPU id past the <vcpu> count', code: vcpus("<vcpu id='7' enabled='yes' hotpluggable='yes'/>"), errors: [{ severity: 'error', near: "<vcpu id='|7'", message: /4 vCPU/ }] },
    { name: 'errs on vCPU 0 offline, hot-pluggable or not first in order (1)', code: two("<vcpu id='0' enabled='no' hotpluggable='yes'/>"), errors: [{ severity: 'error', near: "<vcpu id='0' enabled='|no'" }] },
    { name: 'errs on vCPU 0 offline, hot-pluggable or not first in order (2)', code: two("<vcpu id='0' enabled='yes' hotpluggable='yes'/>"), errors: [{ severity: 'error', near: "<vcpu id='0' enabled='yes' hotpluggable='|yes'" }] },
    { name: 'errs on vCPU 0 offline, hot-pluggable or not first in order (3)', code: two("<vcpu id='0' enabled='yes' hotpluggable='no' order='2'/>", " order='1'"), errors: [{ severity: 'error', near: "order='|2'" }] },
    { name: 'errs on order= on some online vCPUs only, at the later one', code: two("<vcpu id='0' enabled='yes' hotpluggable='no'/>", " order='1'"), errors: [{ severity: 'error', near: "<|vcpu id='1'" }] },
  ],
});
