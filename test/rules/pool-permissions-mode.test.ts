import rule from '../../rules/pool-permissions-mode.js';
import { dirWithPermissions, poolRuleTester } from './pool-helpers.js';

poolRuleTester.run(rule, {
  valid: [
    { name: 'mode 0755', code: dirWithPermissions('<mode>0755</mode>') },
    { name: 'mode 0777, the most libvirt takes', code: dirWithPermissions('<mode>0777</mode>') },
    { name: 'mode 0 and owner/group', code: dirWithPermissions('<mode>0</mode>\n      <owner>107</owner>\n      <group>-1</group>') },
    { name: 'three digits', code: dirWithPermissions('<mode>711</mode>') },
    { name: 'no mode', code: dirWithPermissions('<owner>0</owner>') },
  ],
  invalid: [
    { name: 'setuid', code: dirWithPermissions('<mode>4755</mode>'), errors: [{ near: '<mode>|4755', message: "<mode> 4755 sets bits above 0777 (setuid, setgid or sticky): libvirt refuses a pool's permissions with them. Use a mode of at most three octal digits, such as 0755" }] },
    { name: 'sticky', code: dirWithPermissions('<mode>1777</mode>'), errors: [{ near: '<mode>|1777', message: /^<mode> 1777 sets bits above 0777 .* such as 0777$/ }] },
    { name: 'setgid with owner', code: dirWithPermissions('<owner>107</owner>\n      <mode>2770</mode>'), errors: [{ near: '<mode>|2770', message: /such as 0770$/ }] },
  ],
});
