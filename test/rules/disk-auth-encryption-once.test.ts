import rule from '../../rules/disk-auth-encryption-once.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

const AUTH = "<auth username='myname'><secret type='iscsi' usage='mycluster_myname'/></auth>";
const iscsi = (outer: string, inner: string): string =>
  `<disk type='network' device='disk'><driver name='qemu' type='raw'/>${outer}<source protocol='iscsi' name='iqn.2013-07.com.example:iscsi-nopool/1'><host name='example.com' port='3260'/>${inner}</source><target dev='vdb' bus='virtio'/></disk>`;
const ENC = "<encryption format='luks'><secret type='passphrase' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/></encryption>";
const encrypted = (outer: string, inner: string): string =>
  `<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/var/lib/libvirt/images/e.img'>${inner}</source>${outer}<target dev='vdb' bus='virtio'/></disk>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts <auth> once, under <source> (libvirt then looks the secret up on the host)', code: addDevices(SEED, iscsi('', AUTH)) },
    { name: 'accepts the same iSCSI disk without <auth>', code: addDevices(SEED, iscsi('', '')) },
  ],
  invalid: [
    { name: 'errs on <auth> under <disk> and under <source>', code: addDevices(SEED, iscsi(AUTH, AUTH)), errors: [{ severity: 'error', near: '<|auth username', message: /line \d+ under <source>/ }] },
    { name: 'errs on <encryption> under <disk> and under <source>', code: addDevices(SEED, encrypted(ENC, ENC)), errors: [{ severity: 'error', near: '<|encryption format', nth: 2 }] },
  ],
});
