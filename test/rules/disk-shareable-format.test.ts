import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-shareable-format';
const T = "<target dev='vda' bus='virtio'/>";

describe(ID, () => {
  it('errs on a shareable writable qcow2 disk', async () => {
    const doc = edit(SEED, [T, `${T}<shareable/>`]);
    await expectFindings(doc, ID, [error(pos(doc, '<|shareable/>'))]);
  });
  it('accepts shareable raw disks and read-only qcow2', async () => {
    await expectClean(edit(SEED, [T, `${T}<shareable/>`], ["type='qcow2' ioeventfd='on'", "type='raw'"]), ID);
    await expectClean(edit(SEED, [T, `${T}<shareable/><readonly/>`]), ID);
  });
});
