import rule from '../../rules/parallel-port-arch.js';
import { addDevices, otherArch, Q35, ruleTester } from './helpers.js';

const PARALLEL = "<parallel type='pty'><target port='0'/></parallel>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a parallel port on x86', code: addDevices(Q35, PARALLEL) },
    { name: 'leaves a parallel port on aarch64 alone (defined; whether it starts is a capability question)', code: otherArch('aarch64', 'virt', PARALLEL) },
    { name: 'accepts an s390x guest without one', code: otherArch('s390x', 's390-ccw-virtio', "<console type='pty'><target type='sclp' port='0'/></console>") },
  ],
  invalid: [
    {
      name: 'errs on each parallel port of an s390x guest, at the element',
      code: otherArch('s390x', 's390-ccw-virtio', `${PARALLEL}<parallel type='null'><target port='1'/></parallel>`),
      errors: [
        { severity: 'error', near: "<|parallel type='pty'", message: /an s390x guest has no parallel ports: libvirt refuses this domain/ },
        { severity: 'error', near: "<|parallel type='null'" },
      ],
    },
  ],
});
