import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'vcpu-current-exceeds-max';

describe(ID, () => {
  it('errs on current above the maximum', async () => {
    const doc = edit(SEED, ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static' current='2'>1</vcpu>"]);
    await expectFindings(doc, ID, [error(pos(doc, "current='|2'"))]);
  });
  it('errs on current 0', async () => {
    const doc = edit(SEED, ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static' current='0'>1</vcpu>"]);
    await expectFindings(doc, ID, [error(pos(doc, "current='|0'"))]);
  });
  it('accepts current below the maximum', async () => {
    await expectClean(edit(SEED, ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static' current='2'>4</vcpu>"]), ID);
  });
});
