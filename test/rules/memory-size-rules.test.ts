import { edit, error, expectClean, expectFindings, pos, SEED, warning } from './helpers.js';

const ID = 'memory-size-rules';
const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";

describe(ID, () => {
  it('errs on maxMemory below memory, and on maxMemory without slots', async () => {
    const low = edit(SEED, [CUR, `<maxMemory slots='4' unit='KiB'>524288</maxMemory>${CUR}`]);
    await expectFindings(low, ID, [error(pos(low, "unit='KiB'>|524288"))]);
    const noSlots = edit(SEED, [CUR, `<maxMemory unit='KiB'>4194304</maxMemory>${CUR}`]);
    await expectFindings(noSlots, ID, [error(pos(noSlots, '<|maxMemory'))]);
  });
  it('compares sizes across units', async () => {
    const doc = edit(SEED, [CUR, `<maxMemory slots='4' unit='MiB'>512</maxMemory>${CUR}`]);
    await expectFindings(doc, ID, [error(pos(doc, "unit='MiB'>|512"))]);
    await expectClean(edit(SEED, [CUR, `<maxMemory slots='4' unit='GiB'>1</maxMemory>${CUR}`]), ID);
  });
  it('warns on currentMemory above memory and errs on min_guarantee', async () => {
    const doc = edit(SEED, [CUR, "<currentMemory unit='GiB'>2</currentMemory><memtune><min_guarantee>1000</min_guarantee></memtune>"]);
    await expectFindings(doc, ID, [warning(pos(doc, "unit='GiB'>|2")), error(pos(doc, '<|min_guarantee>'))]);
  });
});
