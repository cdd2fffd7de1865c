import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-vhostuser-attrs';
const SHARED = ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static'>1</vcpu><memoryBacking><access mode='shared'/></memoryBacking>"] as const;
const vu = (driver: string, bus: string, extra: string): string =>
  `<disk type='vhostuser' device='disk'><driver name='qemu' type='raw'${driver}/><source type='unix' path='/tmp/vhost-blk.sock'/><target dev='vdb' bus='${bus}'/>${extra}</disk>`;

describe(ID, () => {
  it('errs on a vhost-user disk on SCSI', async () => {
    const doc = addDevices(edit(SEED, SHARED), vu('', 'scsi', ''));
    await expectFindings(doc, ID, [error(pos(doc, "<target dev='vdb' bus='|scsi'"))]);
  });
  it('errs on cache, ioeventfd, <readonly/> and <serial>', async () => {
    const doc = addDevices(edit(SEED, SHARED), vu(" cache='none' ioeventfd='on'", 'virtio', '<readonly/><serial>abc</serial>'));
    await expectFindings(doc, ID, [error(pos(doc, "|cache='none'")), error(pos(doc, "|ioeventfd='on'/><source type='unix'")), error(pos(doc, '<|readonly/><serial>')), error(pos(doc, '<serial>|abc'))]);
  });
  it('accepts a plain vhost-user disk', async () => {
    await expectClean(addDevices(edit(SEED, SHARED), vu('', 'virtio', '')), ID);
  });
});
