import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'numa-cell-ids';
const cells = (xml: string): string => edit(SEED, ["<clock offset='utc'/>", `<cpu><numa>${xml}</numa></cpu><clock offset='utc'/>`]);

describe(ID, () => {
  it('errs on a single cell numbered 1', async () => {
    const doc = cells("<cell id='1' cpus='0' memory='1048576' unit='KiB'/>");
    await expectFindings(doc, ID, [error(pos(doc, "id='|1'"))]);
  });
  it('errs on a repeated id', async () => {
    const doc = cells("<cell id='0' cpus='0' memory='524288' unit='KiB'/><cell id='0' cpus='0' memory='524288' unit='KiB'/>");
    await expectFindings(doc, ID, [error(pos(doc, "<cell id='|0'", 2))]);
  });
  it('accepts 0..n-1 in any order', async () => {
    const doc = cells("<cell id='1' cpus='1' memory='524288' unit='KiB'/><cell id='0' cpus='0' memory='524288' unit='KiB'/>");
    await expectClean(edit(doc, ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static'>2</vcpu>"]), ID);
  });
});
