import rule from '../../rules/blkiotune-device-unique.js';
import { edit, ruleTester, SEED } from './helpers.js';

const blkio = (devices: string): string => edit(SEED, ['</vcpu>', `</vcpu><blkiotune><weight>500</weight>${devices}</blkiotune>`]);

ruleTester.run(rule, {
  valid: [{ name: 'accepts two devices with different paths', code: blkio('<device><path>/dev/sda</path><weight>500</weight></device><device><path>/dev/sdb</path><weight>400</weight></device>') }],
  invalid: [
    {
      name: 'errs on the second entry for one path',
      code: blkio('<device><path>/dev/sda</path><weight>500</weight></device><device><path>/dev/sdb</path><weight>300</weight></device><device><path>/dev/sda</path><weight>400</weight></device>'),
      errors: [{ severity: 'error', near: '<path>|/dev/sda', nth: 2, message: /line \d+/ }],
    },
  ],
});
