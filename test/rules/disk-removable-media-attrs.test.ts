import { addDevices, edit, error, expectClean, expectFindings, pos, SEED } from './helpers.js';

const ID = 'disk-removable-media-attrs';

describe(ID, () => {
  it('errs on tray on a hard disk and removable on IDE', async () => {
    const doc = edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda' bus='virtio' tray='open'/>"], ["<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='ide' removable='on'/>"]);
    await expectFindings(doc, ID, [error(pos(doc, "|tray='open'")), error(pos(doc, "|removable='on'"))]);
  });
  it("errs on startupPolicy='requisite' on a hard disk and any startupPolicy on a network disk", async () => {
    const doc = edit(
      addDevices(SEED, "<disk type='network' device='cdrom'><source protocol='http' name='/x.iso' startupPolicy='optional'><host name='example.org' port='80'/></source><target dev='hdd' bus='ide'/><readonly/></disk>"),
      ["<source file='/var/lib/libvirt/images/f14.img'/>", "<source file='/var/lib/libvirt/images/f14.img' startupPolicy='requisite'/>"],
    );
    await expectFindings(doc, ID, [error(pos(doc, "startupPolicy='|requisite'")), error(pos(doc, "|startupPolicy='optional'"))]);
  });
  it('accepts tray on a cdrom, removable on USB, optional startupPolicy on a file', async () => {
    const doc = edit(
      SEED,
      ["<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='ide' tray='closed'/>"],
      ["<source file='/var/lib/libvirt/images/f14.img'/>", "<source file='/var/lib/libvirt/images/f14.img' startupPolicy='optional'/>"],
    );
    await expectClean(addDevices(doc, "<disk type='file' device='disk'><source file='/u.img'/><target dev='sdb' bus='usb' removable='on'/></disk>"), ID);
  });
});
