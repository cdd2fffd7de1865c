import rule from '../../rules/volume-capacity-required.js';
import { volume, volumeRuleTester } from './volume-helpers.js';

volumeRuleTester.run(rule, {
  valid: [
    { name: 'a capacity', code: volume("<capacity unit='MiB'>1</capacity>\n  <allocation>0</allocation>\n  <target>\n    <format type='raw'/>\n  </target>") },
    { name: 'capacity 0', code: volume("<capacity>0</capacity>\n  <target/>") },
    { name: 'no capacity, a backing store to take it from', code: volume("<target>\n    <format type='qcow2'/>\n  </target>\n  <backingStore>\n    <path>/var/lib/libvirt/images/base.qcow2</path>\n    <format type='qcow2'/>\n  </backingStore>") },
  ],
  invalid: [
    {
      name: 'neither capacity nor backing store',
      code: volume("<allocation>0</allocation>\n  <target>\n    <format type='raw'/>\n  </target>"),
      errors: [{ near: '<|volume>', message: 'This volume has no <capacity>: libvirt needs its size to create it (only a volume with a <backingStore> may leave it out). Add e.g. <capacity unit="GiB">10</capacity>' }],
    },
    { name: 'a bare volume', code: volume('<target/>'), errors: [{ line: 1, column: 2 }] },
    { name: 'only <physical>', code: volume("<physical unit='MiB'>1</physical>\n  <target/>"), errors: 1 },
  ],
});
