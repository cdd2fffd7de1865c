import rule from '../../rules/disk-network-auth-protocol.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

const nbd = (protocol: string): string =>
  `<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='${protocol}' name='x'><host name='example.org' port='10809'/><auth username='u'><secret type='iscsi' usage='x'/></auth></source><target dev='vdb' bus='virtio'/></disk>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts <auth> for iSCSI', code: addDevices(SEED, nbd('iscsi')) },
  ],
  invalid: [
    {
      name: 'errs on <auth> for an NBD disk',
      code: addDevices(SEED, nbd('nbd')),
      errors: [{ severity: 'error', near: '<|auth ' }],
    },
  ],
});
