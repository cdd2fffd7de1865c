import rule from '../../rules/memory-hotplug-requires-numa.js';
import { edit, otherArch, ruleTester, SEED } from './helpers.js';

const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";
const MAX = "<maxMemory slots='4' unit='KiB'>4194304</maxMemory>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts maxMemory with a NUMA cell', code: edit(SEED, [CUR, MAX + CUR], ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu><clock offset='utc'/>"]) },
  ],
  invalid: [
    {
      name: 'errs on maxMemory without NUMA cells',
      code: edit(SEED, [CUR, MAX + CUR]),
      errors: [{ severity: 'error', near: '<|maxMemory', message: /Add <cpu><numa>/ }],
    },
    {
      name: 'errs on maxMemory without NUMA cells on s390x, advising to remove it (a cell there stops the guest from starting)',
      code: otherArch('s390x', 's390-ccw-virtio', '', MAX),
      errors: [{ severity: 'error', near: '<|maxMemory', message: /An s390x guest cannot have one \(QEMU's machine has no NUMA\): remove <maxMemory>/ }],
    },
  ],
});
