import rule from '../../rules/volume-compat-version.js';
import { volumeRuleTester, volumeWithTarget } from './volume-helpers.js';

const compat = (level: string, format = 'raw'): string => volumeWithTarget(`<format type='${format}'/>\n    <compat>${level}</compat>`);

volumeRuleTester.run(rule, {
  valid: [
    { name: '1.1', code: compat('1.1', 'qcow2') },
    { name: '0.10', code: compat('0.10', 'qcow2') },
    { name: 'a level libvirt does not know, but reads: 9.9', code: compat('9.9') },
    { name: 'both parts 4294967295', code: compat('4294967295.4294967295') },
    { name: 'leading zeros', code: compat('0000000000000000001.01') },
  ],
  invalid: [
    {
      name: 'major 4294967296',
      code: compat('4294967296.1'),
      errors: [{ near: '<compat>|4294967296.1', message: '<compat> 4294967296.1: 4294967296 is too large for a compatibility level (libvirt reads each part as a 32-bit number) and libvirt refuses the volume. qcow2 levels are 0.10 and 1.1' }],
    },
    { name: 'minor 4294967296', code: compat('1.4294967296', 'qcow2'), errors: [{ near: '<compat>|1.4294967296', message: /^<compat> 1\.4294967296: 4294967296 is too large/ }] },
    { name: 'twenty digits', code: compat('1.99999999999999999999'), errors: 1 },
  ],
});
