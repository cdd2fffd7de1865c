import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'boot-order-unique';

describe(ID, () => {
  it('errs on two devices with boot order 1', async () => {
    const doc = edit(
      SEED,
      [`<boot dev='cdrom'/>
    <boot dev='hd'/>`, ''],
      ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><boot order='1'/>"],
      ["<model type='virtio'/>", "<model type='virtio'/><boot order='1'/>"],
    );
    await expectFindings(doc, ID, [error(pos(doc, "<boot order='|1'/>", 2))]);
  });
  it('also counts a boot order nested in a hostdev, and accepts distinct orders', async () => {
    const base = edit(SEED, [`<boot dev='cdrom'/>
    <boot dev='hd'/>`, ''], ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio'/><boot order='2'/>"]);
    const doc = addDevices(base, "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0' bus='6' slot='18' function='5'/></source><boot order='2'/></hostdev>");
    await expectFindings(doc, ID, [error(pos(doc, "<boot order='|2'/></hostdev>"))]);
    await expectClean(edit(doc, ["<boot order='2'/></hostdev>", "<boot order='3'/></hostdev>"]), ID);
  });
});
