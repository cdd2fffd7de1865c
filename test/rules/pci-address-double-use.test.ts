import { addDevices, edit, error, expectClean, expectFindings, pos, Q35, SEED } from './helpers.js';

const ID = 'pci-address-double-use';
const VIDEO = "<address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>";

describe(ID, () => {
  it('errs on a second device at an address already taken', async () => {
    const doc = edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<|address type='pci' domain='0x0000' bus='0x00' slot='0x04'", 2))]);
  });
  it("errs on the i440fx built-in IDE function 00:01.1 and q35's SATA function 00:1f.2", async () => {
    const doc = edit(SEED, [VIDEO, "<address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x1'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "<|address type='pci' domain='0x0000' bus='0x00' slot='0x01'"))]);
    const q35 = edit(Q35, ['<model type="virtio"/>\n    </interface>', '<model type="virtio"/><address type="pci" bus="0" slot="0x1f" function="2"/>\n    </interface>']);
    await expectFindings(q35, ID, [error(pos(q35, '<|address type="pci" bus="0" slot="0x1f"'))]);
  });
  it('accepts the built-in controller written at its own address, and zero addresses (libvirt assigns)', async () => {
    const ide = addDevices(SEED, "<controller type='ide' index='0'><address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x1'/></controller>");
    await expectClean(ide, ID);
    const zeros = addDevices(SEED, "<memballoon model='virtio'><address type='pci'/></memballoon><rng model='virtio'><backend model='random'>/dev/urandom</backend><address type='pci' domain='0' bus='0' slot='0' function='0'/></rng>");
    await expectClean(zeros, ID);
  });
  it('accepts a free function of q35 slot 0x1f', async () => {
    await expectClean(edit(Q35, ['<model type="virtio"/>\n    </interface>', '<model type="virtio"/><address type="pci" bus="0" slot="0x1f" function="5"/>\n    </interface>']), ID);
  });
});
