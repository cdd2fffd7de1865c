import rule from '../../rules/panic-model-arch.js';
import { addDevices, ruleTester, SEED, otherArch } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: "accepts a panic without a model on s390x (libvirt makes it 's390')", code: otherArch('s390x', 's390-ccw-virtio', '<panic/>') },
    { name: "accepts model 's390' on s390x", code: otherArch('s390x', 's390-ccw-virtio', "<panic model='s390'/>") },
    { name: 'accepts isa and hyperv on x86', code: addDevices(SEED, "<panic model='isa'/><panic model='hyperv'/>") },
  ],
  invalid: [
    {
      name: "errs on a panic without a model on aarch64 and armv7l (libvirt makes it 'isa', which their QEMU lacks), at the element",
      code: otherArch('aarch64', 'virt', '<panic/>'),
      errors: [{ severity: 'error', near: '<|panic/>', message: /without a model is 'isa'.*aarch64 QEMU has none/ }],
    },
    { name: "errs on model 'isa' on riscv64 and s390x, at the model (1)", code: otherArch('riscv64', 'virt', "<panic model='isa'/>"), errors: [{ near: "model='|isa'" }] },
    { name: "errs on model 'isa' on riscv64 and s390x, at the model (2)", code: otherArch('s390x', 's390-ccw-virtio', "<panic model='isa'/>"), errors: [{ near: "model='|isa'", message: /Use model='s390'/ }] },
    { name: 'errs on a panic without a model on armv7l virt', code: otherArch('armv7l', 'virt', '<panic/>'), errors: [{ near: '<|panic/>' }] },
    {
      name: 'errs on s390 and pseries panic devices in an x86 guest',
      code: addDevices(SEED, "<panic model='s390'/><panic model='pseries'/>"),
      errors: [{ severity: 'error', near: "model='|s390'" }, { severity: 'error', near: "model='|pseries'" }],
    },
  ],
});
