import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-target-unique';

describe(ID, () => {
  it('errs on the second disk that reuses a target', async () => {
    const doc = edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='hdc' bus='virtio'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<target dev='|hdc' bus='ide'/>"))]);
  });
  it('reports every repeat once, in linear time over many disks', async () => {
    // vdb, vdc, … vdz, vdaa, vdab, …: distinct names libvirt can map to disk indexes.
    const name = (i: number): string => (i < 26 ? '' : String.fromCharCode(96 + Math.floor(i / 26))) + String.fromCharCode(97 + (i % 26));
    const many = Array.from({ length: 120 }, (_, i) => `<disk type='file' device='disk'><source file='/d${i}.img'/><target dev='vd${name(i + 1)}' bus='virtio'/></disk>`).join('\n');
    const doc = addDevices(SEED, many + "\n<disk type='file' device='disk'><source file='/x.img'/><target dev='vdb' bus='virtio'/></disk>");
    await expectFindings(doc, ID, [error(pos(doc, "<target dev='|vdb' bus='virtio'/></disk>", 2))]);
  });
  it('stays quiet on distinct targets', async () => {
    await expectClean(SEED, ID);
  });
});
