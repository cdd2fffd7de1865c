import rule from '../../rules/numa-s390x.js';
import { otherArch, ruleTester } from './helpers.js';

const NUMA = "<cpu><numa><cell id='0' cpus='0' memory='262144' unit='KiB'/></numa></cpu>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts an s390x guest without NUMA cells', code: otherArch('s390x', 's390-ccw-virtio', '', "<cpu><topology sockets='1' dies='1' cores='1' threads='1'/></cpu>") },
    { name: 'accepts NUMA cells on aarch64 virt', code: otherArch('aarch64', 'virt', '', NUMA) },
  ],
  invalid: [
    { name: 'warns on a NUMA cell of an s390x guest, at the first <cell>', code: otherArch('s390x', 's390-ccw-virtio', '', NUMA), errors: [{ severity: 'warning', near: '<numa><|cell', message: /QEMU's s390x machine has no NUMA: libvirt defines this domain, QEMU refuses to start it/ }] },
  ],
});
