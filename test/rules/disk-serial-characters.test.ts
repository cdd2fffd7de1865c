import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-serial-characters';
const T = "<target dev='vda' bus='virtio'/>";

describe(ID, () => {
  it('errs on a slash in a serial', async () => {
    const doc = edit(SEED, [T, `${T}<serial>ab/cd</serial>`]);
    await expectFindings(doc, ID, [error(pos(doc, '<serial>|ab/cd'))]);
  });
  it('accepts letters, digits, space and _ . + -', async () => {
    await expectClean(edit(SEED, [T, `${T}<serial>WD-WX1 2_3.4+5</serial>`]), ID);
  });
});
