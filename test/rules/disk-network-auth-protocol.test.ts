import { addDevices, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-network-auth-protocol';
const nbd = (protocol: string): string =>
  `<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='${protocol}' name='x'><host name='example.org' port='10809'/><auth username='u'><secret type='iscsi' usage='x'/></auth></source><target dev='vdb' bus='virtio'/></disk>`;

describe(ID, () => {
  it('errs on <auth> for an NBD disk', async () => {
    const doc = addDevices(SEED, nbd('nbd'));
    await expectFindings(doc, ID, [error(pos(doc, '<|auth '))]);
  });
  it('accepts <auth> for iSCSI', async () => {
    await expectClean(addDevices(SEED, nbd('iscsi')), ID);
  });
});
