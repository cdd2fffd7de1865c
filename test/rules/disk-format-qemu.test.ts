import rule from '../../rules/disk-format-qemu.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

const fileDisk = (format: string): string =>
  `<disk type='file' device='disk'><driver name='qemu' type='${format}'/><source file='/var/lib/libvirt/images/x.img'/><target dev='vdb' bus='virtio'/></disk>`;
const fatDisk = (readonly: boolean): string =>
  `<disk type='dir' device='disk'><driver name='qemu' type='fat'/><source dir='/tmp'/><target dev='vdb' bus='virtio'/>${readonly ? '<readonly/>' : ''}</disk>`;
const at = (format: string) => ({ severity: 'error' as const, near: `<driver name='qemu' type='|${format}'` });

ruleTester.run(rule, {
  valid: [
    { name: 'accepts formats QEMU opens (1)', code: addDevices(SEED, fileDisk('raw')) },
    { name: 'accepts formats QEMU opens (2)', code: addDevices(SEED, fileDisk('vmdk')) },
    { name: 'accepts a read-only virtual FAT disk made from a directory', code: addDevices(SEED, fatDisk(true)) },
  ],
  invalid: [
    { name: "errs on 'cow'", code: addDevices(SEED, fileDisk('cow')), errors: [{ ...at('cow'), message: /qcow2/ }] },
    { name: "errs on 'dir' and suggests <disk type='dir'>", code: addDevices(SEED, fileDisk('dir')), errors: [{ ...at('dir'), message: /<disk type='dir'>/ }] },
    { name: "errs on 'iso' and suggests raw", code: addDevices(SEED, fileDisk('iso')), errors: [{ ...at('iso'), message: /type='raw'/ }] },
    { name: 'errs on formats libvirt does not know as driver formats (1)', code: addDevices(SEED, fileDisk('luks')), errors: [at('luks')] },
    { name: 'errs on formats libvirt does not know as driver formats (2)', code: addDevices(SEED, fileDisk('none')), errors: [at('none')] },
    { name: "errs on 'fat' on a file disk", code: addDevices(SEED, fileDisk('fat')), errors: [at('fat')] },
    { name: 'errs on a writable virtual FAT disk', code: addDevices(SEED, fatDisk(false)), errors: [{ ...at('fat'), message: /<readonly\/>/ }] },
  ],
});
