import rule from '../../rules/volume-permissions-mode.js';
import { volume, volumeRuleTester, volumeWithPermissions } from './volume-helpers.js';

const backedBy = (permissions: string): string => volume(`<target>\n    <format type='qcow2'/>\n  </target>\n  <backingStore>\n    <path>/var/lib/libvirt/images/base.qcow2</path>\n    <permissions>\n      ${permissions}\n    </permissions>\n  </backingStore>`);

volumeRuleTester.run(rule, {
  valid: [
    { name: 'mode 0644', code: volumeWithPermissions('<mode>0644</mode>') },
    { name: 'mode 0777, the most libvirt takes', code: volumeWithPermissions('<mode>0777</mode>') },
    { name: 'mode 0 and owner/group', code: volumeWithPermissions('<mode>0</mode>\n      <owner>107</owner>\n      <group>-1</group>') },
    { name: 'no mode', code: volumeWithPermissions('<label>system_u:object_r:virt_image_t:s0</label>') },
    { name: "a backing store's mode 0600", code: backedBy('<mode>0600</mode>') },
  ],
  invalid: [
    {
      name: 'setuid',
      code: volumeWithPermissions('<mode>4755</mode>'),
      errors: [{ near: '<mode>|4755', message: '<mode> 4755 of the volume sets bits above 0777 (setuid, setgid or sticky): libvirt refuses it. Use a mode of at most three octal digits, such as 0755' }],
    },
    { name: 'five digits', code: volumeWithPermissions('<mode>77777</mode>'), errors: [{ near: '<mode>|77777', message: /such as 0777$/ }] },
    { name: 'sticky, after owner', code: volumeWithPermissions('<owner>107</owner>\n      <mode>1644</mode>'), errors: [{ near: '<mode>|1644', message: /such as 0644$/ }] },
    { name: "a backing store's setgid mode", code: backedBy('<mode>2750</mode>'), errors: [{ near: '<mode>|2750', message: /^<mode> 2750 of the backing store sets bits above 0777 .* such as 0750$/ }] },
  ],
});
