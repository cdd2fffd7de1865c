import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'numatune-memnode-requires-numa';
const VCPU = "<vcpu placement='static'>1</vcpu>";
const TUNE = "<numatune><memnode cellid='0' mode='strict' nodeset='0'/></numatune>";

describe(ID, () => {
  it('errs on a memnode without NUMA cells', async () => {
    const doc = edit(SEED, [VCPU, VCPU + TUNE]);
    await expectFindings(doc, ID, [error(pos(doc, '<|memnode'))]);
  });
  it('accepts a memnode for an existing cell', async () => {
    await expectClean(edit(SEED, [VCPU, VCPU + TUNE], ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu><clock offset='utc'/>"]), ID);
  });
});
