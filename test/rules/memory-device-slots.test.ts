import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'memory-device-slots';
const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";
const NUMA = "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu><clock offset='utc'/>";
const withMax = (slots: number): string =>
  edit(SEED, [CUR, `<maxMemory slots='${slots}' unit='KiB'>4194304</maxMemory>${CUR}`], ["<clock offset='utc'/>", NUMA]);
const dimm = (address = ''): string => `<memory model='dimm'><target><size unit='KiB'>131072</size><node>0</node></target>${address}</memory>`;
const virtioMem =
  "<memory model='virtio-mem'><target><size unit='KiB'>131072</size><node>0</node><block unit='KiB'>2048</block><requested unit='KiB'>0</requested></target></memory>";

describe(ID, () => {
  it('errs on memory devices without <maxMemory>, at the first device', async () => {
    const doc = addDevices(edit(SEED, ["<clock offset='utc'/>", NUMA]), dimm() + dimm());
    await expectFindings(doc, ID, [error(pos(doc, '<|memory model'))]);
  });
  it('errs on more memory devices than slots, at the first one that does not fit', async () => {
    const doc = addDevices(withMax(2), dimm() + virtioMem + virtioMem);
    await expectFindings(doc, ID, [error(pos(doc, "<|memory model='virtio-mem'", 2))]);
    const dimms = addDevices(withMax(2), dimm() + dimm() + dimm());
    await expectFindings(dimms, ID, [error(pos(dimms, "<|memory model='dimm'", 3))]);
  });
  it('errs on a DIMM slot past the slots and on a slot used twice', async () => {
    const past = addDevices(withMax(2), dimm("<address type='dimm' slot='2'/>"));
    await expectFindings(past, ID, [error(pos(past, "slot='|2'"))]);
    const twice = addDevices(withMax(2), dimm("<address type='dimm' slot='0'/>") + dimm("<address type='dimm' slot='0'/>"));
    await expectFindings(twice, ID, [error(pos(twice, "slot='|0'", 2))]);
  });
  it('accepts as many devices as slots, and distinct slots below the count', async () => {
    await expectClean(addDevices(withMax(2), dimm() + virtioMem), ID);
    await expectClean(addDevices(withMax(2), dimm("<address type='dimm' slot='1'/>") + dimm("<address type='dimm' slot='0'/>")), ID);
    await expectClean(withMax(2), ID);
  });
  it('errs when the NUMA cells plus the devices exceed <maxMemory>, at its value', async () => {
    const cells = edit(SEED, ["<clock offset='utc'/>", NUMA]);
    const over = addDevices(edit(cells, [CUR, `<maxMemory slots='4' unit='KiB'>1441791</maxMemory>${CUR}`]), dimm() + dimm() + dimm());
    await expectFindings(over, ID, [error(pos(over, '>|1441791<'))]);
    await expectClean(addDevices(edit(cells, [CUR, `<maxMemory slots='4' unit='KiB'>1441792</maxMemory>${CUR}`]), dimm() + dimm() + dimm()), ID);
  });
});
