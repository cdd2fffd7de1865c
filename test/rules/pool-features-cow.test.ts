import rule from '../../rules/pool-features-cow.js';
import { pool, poolRuleTester } from './pool-helpers.js';

const COW = "<features>\n    <cow state='yes'/>\n  </features>";
const TARGET = (p: string): string => `<target>\n    <path>${p}</path>\n  </target>`;

poolRuleTester.run(rule, {
  valid: [
    { name: 'a dir pool', code: pool('dir', `${TARGET('/var/lib/pool14')}\n  ${COW}`) },
    { name: "a dir pool, state='no'", code: pool('dir', `${TARGET('/var/lib/pool14')}\n  ${COW.replace('yes', 'no')}`) },
    { name: 'an fs pool', code: pool('fs', `<source>\n    <device path='/dev/sdz1'/>\n  </source>\n  ${TARGET('/mnt/pool14')}\n  ${COW}`) },
    { name: 'a logical pool without features', code: pool('logical', `<source>\n    <device path='/dev/sdz1'/>\n  </source>\n  ${TARGET('/dev/vg14')}`) },
  ],
  invalid: [
    {
      name: 'a logical pool',
      code: pool('logical', `<source>\n    <device path='/dev/sdz1'/>\n  </source>\n  ${TARGET('/dev/vg14')}\n  ${COW}`),
      errors: [{ near: '<|cow ', message: "<cow> in a pool of type 'logical': copy-on-write is a setting of the target directory of dir and fs pools only, and libvirt refuses it here. Remove <cow>" }],
    },
    {
      name: 'a netfs pool',
      code: pool('netfs', `<source>\n    <host name='nfs.example.com'/>\n    <dir path='/exports'/>\n  </source>\n  ${TARGET('/mnt/pool14')}\n  ${COW.replace('yes', 'no')}`),
      errors: [{ near: '<|cow ', message: /^<cow> in a pool of type 'netfs'/ }],
    },
    { name: 'a disk pool', code: pool('disk', `<source>\n    <device path='/dev/sdz'/>\n  </source>\n  ${TARGET('/dev')}\n  ${COW}`), errors: [{ near: '<|cow ', message: /^<cow> in a pool of type 'disk'/ }] },
  ],
});
