import rule from '../../rules/volume-backing-store-format.js';
import { volume, volumeRuleTester, volumeWithTarget } from './volume-helpers.js';

const BACKING = '<backingStore>\n    <path>/var/lib/libvirt/images/base.img</path>\n  </backingStore>';
const over = (target: string): string => volume(`<target>\n    ${target}\n  </target>\n  ${BACKING}`);

volumeRuleTester.run(rule, {
  valid: [
    { name: 'qcow2 over a backing store', code: over("<format type='qcow2'/>") },
    { name: 'vmdk over a backing store', code: over("<format type='vmdk'/>") },
    { name: 'a raw volume without a backing store', code: volumeWithTarget("<format type='raw'/>") },
    { name: 'no format and no backing store', code: volumeWithTarget('') },
  ],
  invalid: [
    {
      name: 'raw over a backing store',
      code: over("<format type='raw'/>"),
      errors: [{ near: "type='|raw'", severity: 'warning', message: "This volume has a <backingStore> but is a raw file: pools of files (dir, fs, netfs) refuse to create it, as only an image format records a backing file. Give the volume a format such as <format type='qcow2'/>; a logical pool takes it as a snapshot, whatever the format" }],
    },
    { name: 'no format over a backing store', code: over('<path>/var/lib/libvirt/images/top.img</path>'), errors: [{ near: '<|backingStore>', message: /^This volume has a <backingStore> but is a raw file \(no <format> means raw\): / }] },
    { name: 'a directory over a backing store', code: over("<format type='dir'/>"), errors: [{ near: "type='|dir'", message: /^This volume has a <backingStore> but is a directory: / }] },
  ],
});
