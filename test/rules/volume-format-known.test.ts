import rule from '../../rules/volume-format-known.js';
import { volume, volumeRuleTester, volumeWithTarget } from './volume-helpers.js';

const formatted = (type: string): string => volumeWithTarget(`<format type='${type}'/>`);
const backedBy = (type: string): string => volume(`<target>\n    <format type='qcow2'/>\n  </target>\n  <backingStore>\n    <path>/var/lib/libvirt/images/base.img</path>\n    <format type='${type}'/>\n  </backingStore>`);

volumeRuleTester.run(rule, {
  valid: [
    { name: 'raw', code: formatted('raw') },
    { name: 'qcow2', code: formatted('qcow2') },
    { name: 'vmdk', code: formatted('vmdk') },
    { name: 'dir', code: formatted('dir') },
    { name: "a disk pool's partition type: linux-lvm", code: formatted('linux-lvm') },
    { name: "a disk pool's 'none'", code: formatted('none') },
    { name: 'no format', code: volumeWithTarget('<path>/var/lib/libvirt/images/a.img</path>') },
    { name: 'a raw backing store', code: backedBy('raw') },
  ],
  invalid: [
    {
      name: 'ext4, a filesystem',
      code: formatted('ext4'),
      errors: [{ near: "type='|ext4'", message: "<format type='ext4'> is not a volume format: pools of files take image formats (raw, qcow2, …) and disk pools partition types (linux, linux-lvm, …), and libvirt refuses it in every pool that reads the format" }],
    },
    { name: 'luks', code: formatted('luks'), errors: [{ near: "type='|luks'", message: /^<format type='luks'> is not a volume format \(a LUKS volume is format 'raw' with <encryption format='luks'>\): / }] },
    { name: 'unknown', code: formatted('unknown'), errors: [{ near: "type='|unknown'" }] },
    { name: 'auto', code: formatted('auto'), errors: 1 },
    { name: 'hfs+', code: formatted('hfs+'), errors: 1 },
    { name: "a backing store's xfs", code: backedBy('xfs'), errors: [{ near: "type='|xfs'", message: /^<format type='xfs'> is not a volume format/ }] },
  ],
});
