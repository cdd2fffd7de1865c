import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-source-required';

describe(ID, () => {
  it('errs on a hard disk without <source>', async () => {
    const doc = edit(SEED, ["<source file='/var/lib/libvirt/images/f14.img'/>", '']);
    await expectFindings(doc, ID, [error(pos(doc, "<|target dev='vda'"))]);
  });
  it('accepts an empty cdrom', async () => {
    const doc = edit(SEED, ["<source file='/var/lib/libvirt/Fedora-14-x86_64-Live-KDE.iso'/>", '']);
    await expectClean(doc, ID);
  });
});
