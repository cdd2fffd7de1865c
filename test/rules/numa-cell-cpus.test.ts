import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'numa-cell-cpus';
const cells = (xml: string, vcpus = 2): string =>
  edit(SEED, ["<clock offset='utc'/>", `<cpu><numa>${xml}</numa></cpu><clock offset='utc'/>`], ["<vcpu placement='static'>1</vcpu>", `<vcpu placement='static'>${vcpus}</vcpu>`]);

describe(ID, () => {
  it('errs on two cells sharing vCPU 0', async () => {
    const doc = cells("<cell id='0' cpus='0' memory='524288' unit='KiB'/><cell id='1' cpus='0-1' memory='524288' unit='KiB'/>");
    await expectFindings(doc, ID, [error(pos(doc, "cpus='|0-1'"))]);
  });
  it('errs on vCPUs beyond the <vcpu> count', async () => {
    const doc = cells("<cell id='0' cpus='0-3' memory='1048576' unit='KiB'/>");
    await expectFindings(doc, ID, [error(pos(doc, "cpus='|0-3'"))]);
  });
  it('accepts disjoint cells within the count', async () => {
    await expectClean(cells("<cell id='0' cpus='0' memory='524288' unit='KiB'/><cell id='1' cpus='1' memory='524288' unit='KiB'/>"), ID);
  });
});
