import { edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'memory-hotplug-requires-numa';
const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";
const MAX = "<maxMemory slots='4' unit='KiB'>4194304</maxMemory>";

describe(ID, () => {
  it('errs on maxMemory without NUMA cells', async () => {
    const doc = edit(SEED, [CUR, MAX + CUR]);
    await expectFindings(doc, ID, [error(pos(doc, '<|maxMemory'))]);
  });
  it('accepts maxMemory with a NUMA cell', async () => {
    await expectClean(edit(SEED, [CUR, MAX + CUR], ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu><clock offset='utc'/>"]), ID);
  });
});
