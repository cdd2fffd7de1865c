import rule from '../../rules/disk-source-required.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts an empty cdrom', code: edit(SEED, ["<source file='/var/lib/libvirt/Fedora-14-x86_64-Live-KDE.iso'/>", '']) },
  ],
  invalid: [
    {
      name: 'errs on a hard disk without <source>',
      code: edit(SEED, ["<source file='/var/lib/libvirt/images/f14.img'/>", '']),
      errors: [{ severity: 'error', near: "<|target dev='vda'" }],
    },
  ],
});
