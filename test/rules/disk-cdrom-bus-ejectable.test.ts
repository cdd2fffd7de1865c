import { edit, error, expectClean, expectFindings, pos, Q35, SEED } from './helpers.js';

const ID = 'disk-cdrom-bus-ejectable';
const IDE1 = "<address type='drive' controller='0' bus='1' target='0' unit='0'/>";

describe(ID, () => {
  it('errs on a virtio cdrom', async () => {
    const doc = edit(SEED, ["<target dev='hdc' bus='ide'/>", "<target dev='vdc' bus='virtio'/>"], [IDE1, '']);
    await expectFindings(doc, ID, [error(pos(doc, "<target dev='vdc' bus='|virtio'/>"))]);
  });
  it('errs on an sd cdrom', async () => {
    const doc = edit(SEED, ["<target dev='hdc' bus='ide'/>", "<target dev='sdc' bus='sd'/>"], [IDE1, '']);
    await expectFindings(doc, ID, [error(pos(doc, "bus='|sd'"))]);
  });
  it('accepts IDE, SATA and SCSI cdroms', async () => {
    await expectClean(SEED, ID);
    await expectClean(Q35, ID);
  });
});
