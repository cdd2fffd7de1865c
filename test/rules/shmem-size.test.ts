import rule from '../../rules/shmem-size.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

const shmem = (model: string, inner = ''): string => `<shmem name='s0'><model type='${model}'/>${inner}</shmem>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts shmem sizes of 4 MiB, 1 GiB and 4194304 bytes (no unit: bytes)', code: addDevices(SEED, shmem('ivshmem-plain', "<size unit='M'>4</size>") + shmem('ivshmem-plain', "<size unit='G'>1</size>").replace("'s0'", "'s1'") + shmem('ivshmem-plain', '<size>4194304</size>').replace("'s0'", "'s2'")) },
    { name: 'accepts ivshmem-doorbell without a size', code: addDevices(SEED, shmem('ivshmem-doorbell', "<server path='/tmp/ivsh'/><msi vectors='32' ioeventfd='on'/>")) },
  ],
  invalid: [
    {
      name: 'errs on a size on ivshmem-doorbell, at <size>',
      code: addDevices(SEED, shmem('ivshmem-doorbell', "<size unit='M'>4</size><server path='/tmp/ivsh'/>")),
      errors: [{ severity: 'error', near: '<|size', message: /takes no <size>/ }],
    },
    {
      name: 'errs on shmem sizes that are not a power of two (3 MiB, 1000 KiB) or below 1 MiB (4 bytes without a unit)',
      code: addDevices(SEED, shmem('ivshmem-plain', "<size unit='M'>3</size>") + shmem('ivshmem-plain', "<size unit='KiB'>1000</size>").replace("'s0'", "'s1'") + shmem('ivshmem-plain', '<size>4</size>').replace("'s0'", "'s2'")),
      errors: [
        { severity: 'error', near: "<size unit='M'>|3<", message: /3145728 bytes is not a power of two/ },
        { severity: 'error', near: "<size unit='KiB'>|1000<", message: /1024000 bytes is not a power of two/ },
        { severity: 'error', near: '<size>|4<', message: /4 bytes is below QEMU's minimum of 1 MiB/ },
      ],
    },
  ],
});
