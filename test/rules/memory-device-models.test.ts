import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'memory-device-models';
const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";
const BASE = edit(
  SEED,
  [CUR, `<maxMemory slots='4' unit='KiB'>4194304</maxMemory>${CUR}`],
  ["<clock offset='utc'/>", "<cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu><clock offset='utc'/>"],
);
const target = (inner: string): string => `<target><size unit='KiB'>131072</size>${inner}</target>`;
const virtioMem = (block: string, requested: string): string =>
  `<memory model='virtio-mem'>${target(`<node>0</node><block unit='KiB'>${block}</block><requested unit='KiB'>${requested}</requested>`)}</memory>`;

describe(ID, () => {
  it('errs on nvdimm and virtio-pmem without a backing path, at the model', async () => {
    const doc = addDevices(BASE, `<memory model='nvdimm'>${target('<node>0</node>')}</memory><memory model='virtio-pmem'>${target('')}</memory>`);
    await expectFindings(doc, ID, [error(pos(doc, "model='|nvdimm'")), error(pos(doc, "model='|virtio-pmem'"))]);
  });
  it('errs on discard on an nvdimm', async () => {
    const doc = addDevices(BASE, `<memory model='nvdimm' discard='yes'><source><path>/tmp/nv</path></source>${target('<node>0</node>')}</memory>`);
    await expectFindings(doc, ID, [error(pos(doc, "discard='|yes'"))]);
  });
  it('errs on a node on virtio-pmem, a node past the cells and a missing node', async () => {
    const pmem = addDevices(BASE, `<memory model='virtio-pmem'><source><path>/tmp/pm</path></source>${target('<node>0</node>')}</memory>`);
    await expectFindings(pmem, ID, [error(pos(pmem, '<node>|0</node></target></memory>'))]);
    const past = addDevices(BASE, `<memory model='dimm'>${target('<node>1</node>')}</memory>`);
    await expectFindings(past, ID, [error(pos(past, '<node>|1'))]);
    const missing = addDevices(BASE, `<memory model='dimm'>${target('')}</memory>`);
    await expectFindings(missing, ID, [error(pos(missing, "<|target><size unit='KiB'>131072"))]);
  });
  it('errs on a virtio-mem block that is not a power of two, requested above size, requested not a multiple of block', async () => {
    const block = addDevices(BASE, virtioMem('3072', '0'));
    await expectFindings(block, ID, [error(pos(block, '>|3072<'))]);
    const above = addDevices(BASE, virtioMem('2048', '262144'));
    await expectFindings(above, ID, [error(pos(above, '>|262144<'))]);
    const odd = addDevices(BASE, virtioMem('2048', '3000'));
    await expectFindings(odd, ID, [error(pos(odd, '>|3000<'))]);
  });
  it('accepts well-formed devices of each model', async () => {
    await expectClean(addDevices(BASE, virtioMem('2048', '65536')), ID);
    await expectClean(addDevices(BASE, `<memory model='dimm'>${target('<node>0</node>')}</memory>`), ID);
    await expectClean(addDevices(BASE, `<memory model='virtio-pmem'><source><path>/tmp/pm</path></source>${target('')}</memory>`), ID);
    await expectClean(addDevices(BASE, `<memory model='nvdimm'><source><path>/tmp/nv</path></source>${target('<node>0</node>')}</memory>`), ID);
  });
});
