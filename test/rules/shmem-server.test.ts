import rule from '../../rules/shmem-server.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

const shmem = (model: string, inner = ''): string => `<shmem name='s0'><model type='${model}'/>${inner}</shmem>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts ivshmem-plain without a server, and ivshmem-doorbell with a server and msi (1)', code: addDevices(SEED, shmem('ivshmem-plain', "<size unit='M'>4</size>")) },
    { name: 'accepts ivshmem-plain without a server, and ivshmem-doorbell with a server and msi (2)', code: addDevices(SEED, shmem('ivshmem-doorbell', "<server path='/tmp/ivsh'/><msi vectors='32' ioeventfd='on'/>")) },
    { name: 'leaves shmem sizes to shmem-size (a size on ivshmem-doorbell, 3 MiB)', code: addDevices(SEED, shmem('ivshmem-doorbell', "<size unit='M'>4</size><server path='/tmp/ivsh'/>") + shmem('ivshmem-plain', "<size unit='M'>3</size>").replace("'s0'", "'s1'")) },
  ],
  invalid: [
    {
      name: 'errs on <msi> without a server, at <msi>',
      code: addDevices(SEED, shmem('ivshmem-plain', "<msi vectors='32'/>")),
      errors: [{ severity: 'error', near: '<|msi' }],
    },
    {
      name: 'errs on ivshmem-plain with a server, at <server>',
      code: addDevices(SEED, shmem('ivshmem-plain', "<server path='/tmp/ivsh'/>")),
      errors: [{ severity: 'error', near: '<|server' }],
    },
    {
      name: 'errs on ivshmem-doorbell without a server, at the model',
      code: addDevices(SEED, shmem('ivshmem-doorbell')),
      errors: [{ severity: 'error', near: "type='|ivshmem-doorbell'" }],
    },
  ],
});
