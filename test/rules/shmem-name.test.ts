import rule from '../../rules/shmem-name.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

const shmem = (name: string): string => `<shmem name='${name}'><model type='ivshmem-plain'/><size unit='M'>4</size></shmem>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a plain name', code: addDevices(SEED, shmem('share1')) },
  ],
  invalid: [
    {
      name: "errs on names with '/' and on '.'",
      code: addDevices(SEED, shmem('a/b') + shmem('.')),
      errors: [{ severity: 'error', near: "name='|a/b'" }, { severity: 'error', near: "name='|.'" }],
    },
  ],
});
