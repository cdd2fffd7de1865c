import rule from '../../rules/nvram-source-shape.js';
import { edit, Q35, ruleTester } from './helpers.js';

const TYPE = '<type arch="x86_64" machine="q35">hvm</type>';
const LOADER = "<loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>";
const withNvram = (nvram: string): string => edit(Q35, [TYPE, TYPE + LOADER + nvram]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts an NVRAM path', code: withNvram('<nvram>/var/lib/libvirt/qemu/nvram/fedora28_VARS.fd</nvram>') },
    { name: "accepts type='file' with a source", code: withNvram("<nvram type='file'><source file='/var/lib/libvirt/qemu/nvram/fedora28_VARS.fd'/></nvram>") },
    { name: "accepts type='block'", code: withNvram("<nvram type='block'><source dev='/dev/mapper/vars'/></nvram>") },
    { name: "accepts type='network' (NBD)", code: withNvram("<nvram type='network'><source protocol='nbd' name='vars'><host name='nbd.example.org' port='10809'/></source></nvram>") },
  ],
  invalid: [
    {
      name: "errs on type='dir'",
      code: withNvram("<nvram type='dir'><source dir='/var/lib/libvirt/qemu/nvram'/></nvram>"),
      errors: [{ severity: 'error', near: "<nvram type='|dir'", message: /type='dir'/ }],
    },
    {
      name: "errs on type='volume'",
      code: withNvram("<nvram type='volume'><source pool='default' volume='vars.fd'/></nvram>"),
      errors: [{ severity: 'error', near: "<nvram type='|volume'" }],
    },
    {
      name: 'errs on source slices',
      code: withNvram("<nvram type='block'><source dev='/dev/mapper/vars'><slices><slice type='storage' offset='0' size='540672'/></slices></source></nvram>"),
      errors: [{ severity: 'error', near: '<|slices>', message: /<slices>/ }],
    },
    {
      name: 'errs on source reservations',
      code: withNvram("<nvram type='file'><source file='/var/lib/libvirt/qemu/nvram/fedora28_VARS.fd'><reservations managed='yes'/></source></nvram>"),
      errors: [{ severity: 'error', near: '<|reservations', message: /<reservations>/ }],
    },
  ],
});
