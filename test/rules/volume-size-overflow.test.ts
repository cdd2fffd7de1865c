import rule from '../../rules/volume-size-overflow.js';
import { volume, volumeRuleTester, volumeWithTarget } from './volume-helpers.js';

const sized = (capacity: string, rest = "<allocation>0</allocation>\n  <target>\n    <format type='raw'/>\n  </target>"): string => volume(`${capacity}\n  ${rest}`);

volumeRuleTester.run(rule, {
  valid: [
    { name: 'one MiB', code: sized("<capacity unit='MiB'>1</capacity>") },
    { name: '2^63 - 1 bytes, the most libvirt takes', code: sized('<capacity>9223372036854775807</capacity>') },
    { name: '8191 PiB (7 EiB and more, below 8 EiB)', code: sized("<capacity unit='PiB'>8191</capacity>") },
    { name: '9 EB: powers of 1000, below 2^63', code: sized("<capacity unit='EB'>9</capacity>") },
    { name: 'unit bytes in capitals', code: sized("<capacity unit='BYTES'>9223372036854775807</capacity>") },
    { name: 'allocation 7 EiB', code: sized("<capacity unit='KiB'>4</capacity>", "<allocation unit='e'>7</allocation>\n  <target/>") },
    { name: 'cluster size 15 EiB (below 2^64)', code: volumeWithTarget("<format type='raw'/>\n    <clusterSize unit='EiB'>15</clusterSize>") },
    { name: 'cluster size 2^64 - 1 bytes', code: volumeWithTarget("<format type='raw'/>\n    <clusterSize>18446744073709551615</clusterSize>") },
    { name: '<physical> is output only: libvirt does not read it', code: sized("<capacity>1</capacity>\n  <physical unit='EiB'>9</physical>") },
  ],
  invalid: [
    {
      name: '2^63 bytes',
      code: sized('<capacity>9223372036854775808</capacity>'),
      errors: [{ near: '<capacity>|9223372036854775808', message: '<capacity> 9223372036854775808 is more than 2^63 - 1 bytes (8 EiB less one byte), the largest file offset: libvirt refuses the volume. Write a smaller size or a smaller unit' }],
    },
    { name: '8 EiB', code: sized("<capacity unit='EiB'>8</capacity>"), errors: [{ near: "'EiB'>|8", message: /^<capacity> 8 EiB is more than 2\^63 - 1 bytes/ }] },
    { name: '8192 PiB', code: sized("<capacity unit='P'>8192</capacity>"), errors: [{ near: "'P'>|8192", message: /^<capacity> 8192 P is more/ }] },
    { name: '10 EB', code: sized("<capacity unit='eb'>10</capacity>"), errors: [{ near: "'eb'>|10" }] },
    { name: 'allocation 8 EiB', code: sized('<capacity>1024</capacity>', "<allocation unit='EiB'>8</allocation>\n  <target/>"), errors: [{ near: "'EiB'>|8", message: /^<allocation> 8 EiB is more/ }] },
    {
      name: 'both capacity and allocation',
      code: sized("<capacity unit='TiB'>8388608</capacity>", "<allocation unit='GiB'>8589934592</allocation>\n  <target/>"),
      errors: [{ near: "'TiB'>|8388608" }, { near: "'GiB'>|8589934592" }],
    },
    {
      name: 'cluster size 16 EiB',
      code: volumeWithTarget("<format type='raw'/>\n    <clusterSize unit='EiB'>16</clusterSize>"),
      errors: [{ near: "'EiB'>|16", message: '<clusterSize> 16 EiB is more than 2^64 - 1 bytes: libvirt refuses the volume. Write a smaller size or a smaller unit' }],
    },
  ],
});
