import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-copy-on-read';

describe(ID, () => {
  it('errs on copy_on_read for a cdrom', async () => {
    const doc = edit(SEED, ["<driver name='qemu' type='raw'/>", "<driver name='qemu' type='raw' copy_on_read='on'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "copy_on_read='|on'"))]);
  });
  it('accepts copy_on_read on a writable hard disk, and off on a cdrom', async () => {
    await expectClean(edit(SEED, ["ioeventfd='on'/>", "copy_on_read='on'/>"]), ID);
    await expectClean(edit(SEED, ["<driver name='qemu' type='raw'/>", "<driver name='qemu' type='raw' copy_on_read='off'/>"]), ID);
  });
});
